package cn.gov.povertyexit.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a province decides for itself: its procedure, its own dates where its seed sets them (seed 003 四(二): the
 * procedure 10月9日–10月28日, the filing by 11月15日), its own poverty line where it has one (seed 004 has a
 * provincial standard), whether drinking water is a household criterion, its village standard, and whether a
 * household under 低保/五保 counts as above the line where the local standard exceeds it (seed 000 四(1) — Jiangxi's
 * rule; seeds 003 and 004 have no such rule), with the province's 特困/五保 support standard of a year where one is
 * configured.
 */
public record ProvincePolicy(
    @NotBlank String name,
    @NotNull ProcedureVariant procedureVariant,
    boolean drinkingWaterRequired,
    Map<Integer, @NotNull @Positive BigDecimal> provincialPovertyLine,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal villageIncidenceThreshold,
    List<@Valid ChecklistItem> villageChecklist,
    @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal citySampleRateMin,
    @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal citySampleRateMax,
    boolean dibaoCountsAboveLine,
    Map<Integer, @NotNull @Positive BigDecimal> wubaoStandard,
    @Pattern(regexp = MONTH_DAY, message = "年终摸底开始日期格式应为 MM-dd") String yearEndSurveyStarts,
    @Pattern(regexp = MONTH_DAY, message = "脱贫程序截止日期格式应为 MM-dd") String procedureDeadline,
    @Pattern(regexp = MONTH_DAY, message = "报区备案截止日期格式应为 MM-dd") String filingDeadline) {

  static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";

  public ProvincePolicy {
    provincialPovertyLine = provincialPovertyLine == null ? Map.of() : Map.copyOf(provincialPovertyLine);
    wubaoStandard = wubaoStandard == null ? Map.of() : Map.copyOf(wubaoStandard);
    villageChecklist = villageChecklist == null ? List.of() : List.copyOf(villageChecklist);
    // seed 003 三(四)7: Hunan's city check takes 6%–10% of the people marked exited; a range outside it stops start-up
    if (procedureVariant == ProcedureVariant.HUNAN && (citySampleRateMin == null || citySampleRateMax == null
        || citySampleRateMin.compareTo(HUNAN_CITY_RATE_FLOOR) < 0 || citySampleRateMax.compareTo(HUNAN_CITY_RATE_CEILING) > 0
        || citySampleRateMin.compareTo(citySampleRateMax) > 0)) {
      throw new IllegalArgumentException(name + "的市级核查比例应在6%至10%之间，且下限不高于上限（003号文件 三(四)7）：city-sample-rate-min="
          + citySampleRateMin + "，city-sample-rate-max=" + citySampleRateMax);
    }
  }

  private static final BigDecimal HUNAN_CITY_RATE_FLOOR = new BigDecimal("0.06");
  private static final BigDecimal HUNAN_CITY_RATE_CEILING = new BigDecimal("0.10");

  public Optional<BigDecimal> provincialPovertyLine(int year) {
    return Optional.ofNullable(provincialPovertyLine.get(year));
  }

  /**
   * The province's own start of the year-end survey (MM-dd), where it has one: Hunan's procedure runs 10月9日–10月28日
   * (seed 003 四(二)), before the national 11-01.
   */
  public Optional<String> ownYearEndSurveyStart() {
    return Optional.ofNullable(yearEndSurveyStarts);
  }

  /** The province's 特困人员（五保）供养标准 of a year, yuan per person per year, where one is configured. */
  public Optional<BigDecimal> wubaoStandard(int year) {
    return Optional.ofNullable(wubaoStandard.get(year));
  }
}
