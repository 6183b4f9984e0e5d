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

  /** 县级抽查, 市级抽查, 省级抽查 or 省级第三方评估: the check as the register's trail and the ledger name it. */
  static String checkName(DelegateExecution execution) {
    Object name = execution.getVariable(CHECK_NAME);
    if (name != null) {
      return name.toString();
    }
    return SpotCheckRevocations.subjectOf(execution) == SubjectType.VILLAGE ? "市级抽查" : "县级抽查";
  }

  /** The village check as the ledger names it: 市级出列村抽查 or 省级出列村抽查. */
  static String villageCheckTitle(DelegateExecution execution) {
    return checkName(execution).replace("抽查", "") + "出列村抽查";
  }

  public RevokeFailedSampleDelegate(SpotCheckRevocations revocations) {
    this.revocations = revocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SubjectType subject = SpotCheckRevocations.subjectOf(execution);
    String check = "年度" + checkName(execution) + "不合格：";
    for (ReviewRows.Row row : ReviewRows.read(execution, FAILED)) {
      revocations.revoke(execution, subject, row.householdId(), execution.getVariable(EXIT_YEAR) + check + row.reason());
    }
  }
}
