package cn.gov.povertyexit.village;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The village exit standard (seed 000 四(2), 004 三(二)): poverty incidence — registered poor population divided
 * by rural registered population — below the province's threshold (2% by default), and every item of the
 * province's checklist met.
 */
public final class VillageStandard {

  /** One checklist item's outcome. */
  public record ItemResult(String code, String label, boolean met) {}

  /** One criterion as the forms and the register's trail show it. */
  public record Finding(boolean met, String text) {}

  /** The incidence (a fraction, to four decimals for display) and every criterion with its reason. */
  public record Verdict(BigDecimal incidence, boolean incidenceBelowThreshold, List<ItemResult> items, List<Finding> findings) {

    public boolean met() {
      return incidenceBelowThreshold && items.stream().allMatch(ItemResult::met);
    }

    public List<String> reasons() {
      return findings.stream().map(Finding::text).toList();
    }

    public String failureReasons() {
      return String.join("；", findings.stream().filter(finding -> !finding.met()).map(Finding::text).toList());
    }
  }

  public Verdict assess(int poorPopulation, int ruralPopulation, BigDecimal threshold, Map<String, String> checklist,
      Map<String, Boolean> found) {
    if (ruralPopulation <= 0) {
      throw new IllegalArgumentException("农村户籍人口必须大于0，收到 " + ruralPopulation);
    }
    if (poorPopulation < 0 || poorPopulation > ruralPopulation) {
      throw new IllegalArgumentException("贫困人口应在0到农村户籍人口" + ruralPopulation + "之间，收到 " + poorPopulation);
    }
    // "低于2%": strictly below, compared without rounding (poor < threshold × rural)
    boolean below = BigDecimal.valueOf(poorPopulation).compareTo(threshold.multiply(BigDecimal.valueOf(ruralPopulation))) < 0;
    BigDecimal incidence = BigDecimal.valueOf(poorPopulation).divide(BigDecimal.valueOf(ruralPopulation), 4, RoundingMode.HALF_UP);
    List<Finding> findings = new ArrayList<>();
    String figure = "贫困发生率" + percent(incidence) + "（贫困人口" + poorPopulation + "人／农村户籍人口" + ruralPopulation + "人）";
    findings.add(new Finding(below, below ? figure + "，低于" + percent(threshold) : figure + "，未低于" + percent(threshold)));
    List<ItemResult> items = new ArrayList<>();
    checklist.forEach((code, label) -> {
      boolean met = Boolean.TRUE.equals(found.get(code));
      items.add(new ItemResult(code, label, met));
      findings.add(new Finding(met, met ? label + "：已达到" : label + "：未达到"));
    });
    return new Verdict(incidence, below, items, findings);
  }

  static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
