package cn.gov.povertyexit.policy;

import cn.gov.povertyexit.deployment.UsableInModels;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The due dates of a province's tasks where its seed sets dates (seed 003 四(二) 明确时间节点: 10月9日至10月28日 the
 * villages' procedure, 10月11日至28日 the marking and the township checks, by 11月15日 the filing), for
 * {@code camunda:dueDate="${procedureDeadlines.procedureDue('430000', exitYear)}"}: the end of the day in China's time,
 * so Tasklist shows the date and marks a task overdue the day after.
 */
@UsableInModels
@Component("procedureDeadlines")
public class ProcedureDeadlines {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final ExitPolicy policy;

  public ProcedureDeadlines(ExitPolicy policy) {
    this.policy = policy;
  }

  /** The last day of the procedure: villages' steps, the district's marking and the township checks. */
  public Date procedureDue(String provinceCode, Number year) {
    return due(provinceCode, year, ProvincePolicy::procedureDeadline, "procedure-deadline", "脱贫程序截止日期");
  }

  /** The last day of the filing with the district office (报区扶贫办备案). */
  public Date filingDue(String provinceCode, Number year) {
    return due(provinceCode, year, ProvincePolicy::filingDeadline, "filing-deadline", "报区备案截止日期");
  }

  private Date due(String provinceCode, Number year, Function<ProvincePolicy, String> monthDay, String property,
      String label) {
    ProvincePolicy province = policy.province(provinceCode);
    String date = monthDay.apply(province);
    if (date == null) {
      throw new PolicyNotConfiguredException("未配置" + province.name() + "的" + label + "（poverty-exit.policy.provinces."
          + provinceCode + "." + property + "）");
    }
    LocalDate day = LocalDate.parse(year.intValue() + "-" + date);
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(CHINA).toInstant());
  }
}
