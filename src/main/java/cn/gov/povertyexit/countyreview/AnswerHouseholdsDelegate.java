package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 逐户答复审批结果: each household case of the list gets the government's answer and finishes in this same transaction,
 * so the register changes for all of them, or — if any fails — for none. The government may refuse single households
 * of the list, each with its reason; every approved household is announced in its own village (在各行政村公告), and the
 * announcements are kept per village. Refusals of households the third-party assessment did not visit join its record.
 */
@Component
public class AnswerHouseholdsDelegate implements JavaDelegate {

  static final String APPROVAL_REFUSALS = "approvalRefusals";
  static final String ANNOUNCEMENTS = "villageAnnouncements";

  private final SpotCheckRegister checks;

  public AnswerHouseholdsDelegate(SpotCheckRegister checks) {
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Object announcement = execution.getVariable(ANNOUNCEMENT_NUMBER);
    Object date = execution.getVariable("announcementDate");
    List<ReviewRows.Row> approved = new ArrayList<>(ReviewRows.read(execution, APPROVAL_LIST));
    List<ReviewRows.Row> excluded = new ArrayList<>(ReviewRows.read(execution, EXCLUDED_LIST));
    Map<String, String> refusals = refusals(execution.getVariable(APPROVAL_REFUSALS));
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      ReviewRows.Row row = approved.stream().filter(candidate -> candidate.householdId().equals(refusal.getKey()))
          .findFirst().orElseThrow(() -> new CaseRefusedException("户编号 " + refusal.getKey() + " 不在批准退出名单上"));
      approved.remove(row);
      excluded.add(row.withReason(execution.getVariable(COUNTY_NAME) + "人民政府不予批准：" + refusal.getValue()));
    }
    requireRefusalsOfUnsampled(execution, refusals);
    recordRefusalsOfUnsampled(execution, refusals);
    Map<String, List<String>> byVillage = new TreeMap<>();
    for (ReviewRows.Row row : approved) {
      byVillage.computeIfAbsent(row.villageName(), village -> new ArrayList<>()).add(row.headName());
      answer(runtime, row, true, execution.getVariable(COUNTY_NAME) + "人民政府批准，在" + row.villageName() + "公告（"
          + announcement + "，" + date + "）");
    }
    for (ReviewRows.Row row : excluded) {
      answer(runtime, row, false, row.reason());
    }
    ReviewRows.write(execution, APPROVAL_LIST, approved);
    ReviewRows.write(execution, EXCLUDED_LIST, excluded);
    List<Map<String, Object>> announcements = new ArrayList<>();
    byVillage.forEach((village, heads) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("villageName", village);
      entry.put("households", heads.size());
      entry.put("heads", String.join("、", heads));
      entry.put("announcementNumber", String.valueOf(announcement));
      entry.put("announcementDate", String.valueOf(date));
      announcements.add(entry);
    });
    execution.setVariable(ANNOUNCEMENTS, org.camunda.spin.plugin.variable.SpinValues
        .jsonValue(org.camunda.spin.Spin.JSON(announcements).toString()).create());
  }

  /** After a failing third-party sample, the government names as many unsampled households as the failures stand for. */
  private static void requireRefusalsOfUnsampled(DelegateExecution execution, Map<String, String> refusals) {
    Object required = execution.getVariable(WeighAssessmentDelegate.UNSAMPLED_REFUSALS_REQUIRED);
    if (!(required instanceof Integer needed) || needed == 0) {
      return;
    }
    Set<String> unsampled = ReviewRows.read(execution, WeighAssessmentDelegate.UNSAMPLED_LIST).stream()
        .map(ReviewRows.Row::householdId).collect(Collectors.toSet());
    long named = refusals.keySet().stream().filter(unsampled::contains).count();
    if (named < needed) {
      throw new CaseRefusedException("第三方评估合格率" + execution.getVariable(WeighAssessmentDelegate.ASSESSMENT_PASS_RATE)
          + "：按不合格比例，须从未抽中的农户中确定至少" + needed + "户不予批准并写明理由，现只确定了" + named
          + "户（000号文件 八）");
    }
  }

  /** The government's refusals of households the assessment did not sample, on the assessment's record. */
  private void recordRefusalsOfUnsampled(DelegateExecution execution, Map<String, String> refusals) {
    if (execution.getVariable(SpotCheckRegister.CURRENT_CHECK) == null) {
      return;
    }
    Set<String> unsampled = ReviewRows.read(execution, WeighAssessmentDelegate.UNSAMPLED_LIST).stream()
        .map(ReviewRows.Row::householdId).collect(Collectors.toSet());
    Map<String, String> named = new LinkedHashMap<>();
    refusals.forEach((id, reason) -> {
      if (unsampled.contains(id)) {
        named.put(id, execution.getVariable(COUNTY_NAME) + "人民政府不予批准：" + reason);
      }
    });
    checks.recordNamedHouseholds(execution, SpotCheckRegister.currentCheck(execution), named, "不予批准");
  }

  private static Map<String, String> refusals(Object value) {
    Map<String, String> refusals = new LinkedHashMap<>();
    for (List<String> entry : ListedEntries.read(value, "householdId", "reason")) {
      if (entry.get(1).isBlank()) {
        throw new CaseRefusedException("请写明不予批准户编号 " + entry.get(0) + " 退出的理由（每行：户编号 理由）");
      }
      refusals.put(entry.get(0), entry.get(1));
    }
    return refusals;
  }

  private static void answer(RuntimeService runtime, ReviewRows.Row row, boolean approved, String reason) {
    runtime.createMessageCorrelation(HouseholdVariables.COUNTY_DECISION_MESSAGE)
        .processInstanceId(row.processInstanceId())
        .setVariables(Map.of(HouseholdVariables.COUNTY_APPROVED, approved, HouseholdVariables.COUNTY_DECISION_REASON, reason))
        .correlate();
  }
}
