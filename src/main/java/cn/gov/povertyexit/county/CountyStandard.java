package cn.gov.povertyexit.county;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The county exit standard (seed 000 四(3), 004 三(三)) with the national third-party assessment (DOMAIN.md):
 * poverty incidence below the threshold, 错退率 and 漏评率 at most their maxima, 群众认可度 at least its minimum.
 * Any one failing blocks the exit. Rates are compared exactly, without rounding.
 */
public final class CountyStandard {

  /** What the assessors counted in their sample. */
  public record Sample(int sampledExitedPopulation, int wronglyExited, int sampledUnregisteredPopulation, int missed,
      int surveyedHouseholds, int approvingHouseholds) {

    public Sample {
      part(wronglyExited, sampledExitedPopulation, "错退人数", "抽查已退出人口");
      part(missed, sampledUnregisteredPopulation, "漏评人数", "抽查未识别人口");
      part(approvingHouseholds, surveyedHouseholds, "认可户数", "调查户数");
    }

    private static void part(int part, int whole, String partName, String wholeName) {
      if (whole <= 0) {
        throw new IllegalArgumentException(wholeName + "必须大于0，收到 " + whole);
      }
      if (part < 0 || part > whole) {
        throw new IllegalArgumentException(partName + "应在0到" + wholeName + whole + "之间，收到 " + part);
      }
    }
  }

  /** The thresholds of the policy. */
  public record Thresholds(BigDecimal incidence, BigDecimal maxWrongfulExitRate, BigDecimal maxMissedRate,
      BigDecimal minApprovalRate) {}

  public record Finding(String name, boolean met, String text) {}

  public record Verdict(List<Finding> findings) {
    public boolean met() {
      return findings.stream().allMatch(Finding::met);
    }

    public String failureReasons() {
      return String.join("；", findings.stream().filter(finding -> !finding.met()).map(Finding::text).toList());
    }
  }

  public Verdict assess(int poorPopulation, int ruralPopulation, Sample sample, Thresholds thresholds) {
    if (ruralPopulation <= 0 || poorPopulation < 0 || poorPopulation > ruralPopulation) {
      throw new IllegalArgumentException("贫困人口" + poorPopulation + "、农村户籍人口" + ruralPopulation + "不合理");
    }
    List<Finding> findings = new ArrayList<>();
    boolean below = lessThan(poorPopulation, ruralPopulation, thresholds.incidence());
    findings.add(new Finding("贫困发生率", below, "贫困发生率" + percent(poorPopulation, ruralPopulation)
        + (below ? "，低于" : "，未低于") + percent(thresholds.incidence())));
    boolean wrongful = !greaterThan(sample.wronglyExited(), sample.sampledExitedPopulation(), thresholds.maxWrongfulExitRate());
    findings.add(new Finding("错退率", wrongful, "错退率" + percent(sample.wronglyExited(), sample.sampledExitedPopulation())
        + (wrongful ? "，不高于" : "，高于") + percent(thresholds.maxWrongfulExitRate())));
    boolean missed = !greaterThan(sample.missed(), sample.sampledUnregisteredPopulation(), thresholds.maxMissedRate());
    findings.add(new Finding("漏评率", missed, "漏评率" + percent(sample.missed(), sample.sampledUnregisteredPopulation())
        + (missed ? "，不高于" : "，高于") + percent(thresholds.maxMissedRate())));
    boolean approval = !lessThan(sample.approvingHouseholds(), sample.surveyedHouseholds(), thresholds.minApprovalRate());
    findings.add(new Finding("群众认可度", approval, "群众认可度" + percent(sample.approvingHouseholds(), sample.surveyedHouseholds())
        + (approval ? "，不低于" : "，低于") + percent(thresholds.minApprovalRate())));
    return new Verdict(findings);
  }

  /** part / whole < rate, exactly. */
  private static boolean lessThan(int part, int whole, BigDecimal rate) {
    return BigDecimal.valueOf(part).compareTo(rate.multiply(BigDecimal.valueOf(whole))) < 0;
  }

  /** part / whole > rate, exactly. */
  private static boolean greaterThan(int part, int whole, BigDecimal rate) {
    return BigDecimal.valueOf(part).compareTo(rate.multiply(BigDecimal.valueOf(whole))) > 0;
  }

  static String percent(int part, int whole) {
    return percent(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP));
  }

  static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
