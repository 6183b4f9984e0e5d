package cn.gov.povertyexit.county;

import static cn.gov.povertyexit.county.CountyExitVariables.FAILURE_REASON;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The reviews of a county's exit that may refuse it (seed 000 五(3): 设区市扶贫开发领导小组初审, 省扶贫开发领导小组核查，
 * 省扶贫开发领导小组审定): each is a required pass/return decision, and a return needs its reason. A return without a
 * reason is refused and the task stays; a return's reason becomes what the city reads in 责成设区市核查处理
 * ("对不符合条件或未完整履行退出程序的，责成相关市进行核查处理").
 */
@Component("countyReviewDecisionListener")
public class CountyReviewDecisionListener implements TaskListener {

  /** A review's decision and reason variables, and how the city is told who returned the county. */
  record Review(String decision, String decisionLabel, String reason, String reasonLabel, String returnedBy) {}

  static final Map<String, Review> REVIEWS = Map.of(
      "Activity_CityPreliminaryReview", new Review("cityReviewPassed", "初审结论", "cityReturnReason", "退回原因",
          "设区市扶贫开发领导小组初审退回"),
      "Activity_ProvinceCheck", new Review("provinceCheckPassed", "核查结论", "provinceCheckReturnReason", "退回原因",
          "省扶贫开发领导小组核查退回"),
      "Activity_ProvinceDecision", new Review("provinceDecisionPassed", "审定结论", "provinceDecisionReturnReason",
          "不同意的原因", "省扶贫开发领导小组审定不同意"));

  @Override
  public void notify(DelegateTask task) {
    Review review = REVIEWS.get(task.getTaskDefinitionKey());
    if (review == null) {
      return;
    }
    boolean passed = CaseVariables.flag(task, review.decision(), review.decisionLabel());
    if (passed) {
      return;
    }
    Object reason = task.getVariable(review.reason());
    if (reason == null || reason.toString().isBlank()) {
      throw new CaseRefusedException("退回须填写" + review.reasonLabel() + "：请写明不符合条件或未完整履行退出程序之处");
    }
    task.getExecution().setVariable(FAILURE_REASON, review.returnedBy() + "：" + reason.toString().trim());
    // kept in the history; removed from the case so that the next round's return must give its own reason
    task.getExecution().removeVariable(review.reason());
  }
}
