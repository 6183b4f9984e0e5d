package cn.gov.povertyexit.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks, when a task is completed, every date its form submits: it must be a date (see {@link FormDates}), not in
 * the future, and not before the case's year (its exit year, or an identification's application year); the
 * appraisal and the home visits happen within that year. A date that passes is kept as yyyy-MM-dd, one spelling for
 * every later reader; one that fails refuses the completion with the field's Chinese name.
 */
@Component
public class FormDateCheck implements TaskListener {

  /** Officials date their work in China's time, whatever the server's zone. */
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Each date field of the forms, with its label; true where the date must lie within the case's year. */
  static final Map<String, DateField> FIELDS = Map.ofEntries(
      Map.entry("appraisalDate", new DateField("评议日期", true)),
      Map.entry("verificationDate", new DateField("核实日期", true)),
      Map.entry("investigationDate", new DateField("核实日期", false)),
      Map.entry("reviewDate", new DateField("审核日期", false)),
      Map.entry("reVerificationDate", new DateField("重新核查日期", false)),
      Map.entry("announcementDate", new DateField("公告日期", false)),
      Map.entry("cityFilingDate", new DateField("备案日期", false)),
      Map.entry("provinceFilingDate", new DateField("备案日期", false)),
      Map.entry("villageCityFilingDate", new DateField("备案日期", false)),
      Map.entry("villageProvinceFilingDate", new DateField("备案日期", false)),
      Map.entry("markingDate", new DateField("标识日期", false)),
      Map.entry("townshipNoticeDate", new DateField("公示日期", false)),
      Map.entry("approvalDate", new DateField("批准日期", false)),
      Map.entry("rectificationDate", new DateField("整改完成日期", false)));

  record DateField(String label, boolean withinCaseYear) {}

  @Override
  public void notify(DelegateTask task) {
    // the year of an exit case, or of an identification case (新识别, 返贫)
    Integer year = caseYear(task.getVariable("exitYear") != null ? task.getVariable("exitYear")
        : task.getVariable("applicationYear"));
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(CHINA).toLocalDate();
    for (Map.Entry<String, DateField> field : FIELDS.entrySet()) {
      Object value = task.getVariable(field.getKey());
      if (value instanceof String typed && !typed.isBlank()) {
        LocalDate date = check(typed, field.getValue(), year, today);
        task.setVariable(field.getKey(), date.toString());
      }
    }
  }

  static LocalDate check(String typed, DateField field, Integer year, LocalDate today) {
    LocalDate date = FormDates.required(typed, field.label());
    if (date.isAfter(today)) {
      throw new CaseRefusedException(field.label() + "不能晚于今天（" + date + "）");
    }
    if (year != null && date.getYear() < year) {
      throw new CaseRefusedException(field.label() + "不能早于" + year + "年（" + date + "）");
    }
    if (year != null && field.withinCaseYear() && date.getYear() > year) {
      throw new CaseRefusedException(field.label() + "应在" + year + "年内（" + date + "）");
    }
    return date;
  }

  private static Integer caseYear(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
