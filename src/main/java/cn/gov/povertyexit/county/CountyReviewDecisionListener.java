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
 * ("对不符合条件或未完整履行退出程序的，责成相关市进行核查处理"). 黑龙江省's 市级初审, 省级核查 and 审定 (seed 004 四(三)2, 3,
 * 5) decide the same way; its 省级核查 also names where the list is posted (省级主流媒体或政府门户网站, 四(三)4), which
 * becomes the notice's place.
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
      "Activity_ProvincialCheck", new Review("provinceCheckPassed", "核查结论", "provinceCheckReturnReason", "退回原因",
          "省扶贫开发领导小组核查退回"),
      "Activity_ProvinceDecision", new Review("provinceDecisionPassed", "审定结论", "provinceDecisionReturnReason",
          "不同意的原因", "省扶贫开发领导小组审定不同意"));

  static final String NOTICE_MEDIUM = "noticeMedium";
  static final String NOTICE_OUTLET = "noticeOutlet";
  static final String NOTICE_PLACE = "noticePlace";

  @Override
  public void notify(DelegateTask task) {
    Review review = REVIEWS.get(task.getTaskDefinitionKey());
    if (review == null) {
      return;
    }
    boolean passed = CaseVariables.flag(task, review.decision(), review.decisionLabel());
    if (passed) {
      if (task.getTaskDefinitionKey().equals("Activity_ProvincialCheck")) {
        String medium = CaseVariables.text(task, NOTICE_MEDIUM, "公示媒体");
        if (!medium.equals("省级主流媒体") && !medium.equals("政府门户网站")) {
          throw new CaseRefusedException("公示媒体应为省级主流媒体或政府门户网站，收到 " + medium);
        }
        task.getExecution().setVariable(NOTICE_PLACE, medium + "：" + CaseVariables.text(task, NOTICE_OUTLET, "媒体或网站名称"));
      }
      return;
    }
    Object reason = task.getVariable(review.reason());
    if (reason == null || reason.toString().isBlank()) {
      throw new CaseRefusedException("退回须填写" + review.reasonLabel() + "：请写明不符合条件或未完整履行退出程序之处");
    }
    // 黑龙江省 calls its cities 市（地） (seed 004 四(三)2)
    String returnedBy = task.getProcessDefinitionId().startsWith("countyExitHeilongjiang:")
        ? review.returnedBy().replace("设区市", "市（地）") : review.returnedBy();
    task.getExecution().setVariable(FAILURE_REASON, returnedBy + "：" + reason.toString().trim());
    // kept in the history; removed from the case so that the next round's return must give its own reason
    task.getExecution().removeVariable(review.reason());
  }
}
