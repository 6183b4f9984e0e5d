package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.registry.SubjectType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 回退抽查不合格户／村 (seed 000 八): every sampled exit found failing goes back on the register for rectification. */
@Component
public class RevokeFailedSampleDelegate implements JavaDelegate {

  private final SpotCheckRevocations revocations;

  static String checkName(DelegateExecution execution) {
    Object name = execution.getVariable(CHECK_NAME);
    return name == null ? "县级抽查" : name.toString();
  }

  public RevokeFailedSampleDelegate(SpotCheckRevocations revocations) {
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubjectType subject = SpotCheckRevocations.subjectOf(execution);
    String check = subject == SubjectType.VILLAGE ? "年度市级抽查不合格：" : "年度" + checkName(execution) + "不合格：";
    for (ReviewRows.Row row : ReviewRows.read(execution, FAILED)) {
      revocations.revoke(execution, subject, row.householdId(), execution.getVariable(EXIT_YEAR) + check + row.reason());
    }
  }
}
