package cn.gov.povertyexit.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The exit standards and procedure parameters, read from {@code poverty-exit.policy} and validated at start-up:
 * a wrong value stops the application with the property's name and the reason.
 */
@Validated
@ConfigurationProperties("poverty-exit.policy")
public record ExitPolicy(
    @NotNull @MinimumDuration(days = 7, message = "公示期不得少于7天（不少于7天，见000号文件 五(1)）") Duration noticePeriod,
    @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])", message = "年终摸底开始日期格式应为 MM-dd") String yearEndSurveyStarts,
    @NotEmpty Map<Integer, @NotNull @Positive BigDecimal> nationalPovertyLine,
    @NotEmpty Map<@Pattern(regexp = "\\d{2}0000", message = "省级行政区划代码应为6位、以0000结尾") String, @NotNull @Valid ProvincePolicy> provinces,
    @NotNull @DecimalMin("0.0") @DecimalMax("1.0") BigDecimal countyIncidenceThreshold,
    @NotNull @Valid AssessmentThresholds assessment,
    @NotNull @Valid SamplingRates sampling) {

  /** The national poverty line of a year; a year without one is a configuration gap, named in the error. */
  public BigDecimal nationalPovertyLine(int year) {
    BigDecimal line = nationalPovertyLine.get(year);
    if (line == null) {
      throw new PolicyNotConfiguredException("未配置" + year + "年国家贫困标准（poverty-exit.policy.national-poverty-line）");
    }
    return line;
  }

  public ProvincePolicy province(String provinceCode) {
    ProvincePolicy province = provinces.get(provinceCode);
    if (province == null) {
      throw new PolicyNotConfiguredException("未配置省份 " + provinceCode + " 的退出政策（poverty-exit.policy.provinces）");
    }
    return province;
  }

  /** When the year-end survey of an exit year starts (年终进行摸底调查), as an ISO date-time in China's time zone. */
  public String yearEndSurveyStart(int year) {
    return year + "-" + yearEndSurveyStarts + "T00:00:00+08:00";
  }

  /**
   * When the survey of a household of the province starts: the province's own date where it has one (Hunan 10-09,
   * seed 003 四(二)), else the national one.
   */
  public String yearEndSurveyStart(int year, String provinceCode) {
    return year + "-" + province(provinceCode).ownYearEndSurveyStart().orElse(yearEndSurveyStarts) + "T00:00:00+08:00";
  }

  /** The notice period as the ISO-8601 text a BPMN timer takes ({@code P7D} reads as {@code PT168H}). */
  public String noticePeriodIso() {
    return noticePeriod.toString();
  }
}
