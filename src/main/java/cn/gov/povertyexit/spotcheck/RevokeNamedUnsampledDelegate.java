package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.registry.SubjectType;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核对名单并回退 (seed 000 八: 其它未被抽查的退出贫困户、贫困村，按抽查不合格比例，由县确定具体不合格名单): the county names
 * exactly the required number of its unsampled exits of the year — households, or (after a city's village check) its
 * villages; a list of another size, or with others, is refused.
 */
@Component
public class RevokeNamedUnsampledDelegate implements JavaDelegate {

  private final SpotCheckRevocations revocations;
  private final SpotCheckRegister checks;

  public RevokeNamedUnsampledDelegate(SpotCheckRevocations revocations, SpotCheckRegister checks) {
    this.revocations = revocations;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> named = new LinkedHashSet<>(ListedEntries.values(execution.getVariable(NAMED), "householdId"));
    SubjectType subject = SpotCheckRevocations.subjectOf(execution);
    boolean villages = subject == SubjectType.VILLAGE;
    int required = ((Number) execution.getVariable(TO_REVOKE)).intValue();
    Set<String> unsampled = new LinkedHashSet<>();
    ReviewRows.read(execution, UNSAMPLED).forEach(row -> unsampled.add(row.householdId()));
    // each entry is checked before the number, so that a remark typed after an id is named as what it is
    for (String id : named) {
      if (!unsampled.contains(id)) {
        if (!id.chars().allMatch(Character::isDigit)) {
          throw new CaseRefusedException("回退名单只填" + (villages ? "行政村代码" : "户编号") + "，每行一个：“" + id
              + "”不是" + (villages ? "行政村代码" : "户编号"));
        }
        throw new CaseRefusedException(villages ? "行政村 " + id + " 不是本县本年度未被抽查的出列村"
            : "户编号 " + id + " 不是本县本年度未被抽查的退出户");
      }
    }
    if (named.size() != required) {
      throw new CaseRefusedException(villages
          ? "应按抽查不合格比例回退" + required + "个未抽查的出列村，名单中为" + named.size() + "个"
          : "应按抽查不合格比例回退" + required + "户未抽查的退出户，名单中为" + named.size() + "户");
    }
    String reason = execution.getVariable(EXIT_YEAR) + "年度按" + RevokeFailedSampleDelegate.checkName(execution) + "不合格比例确定"
        + "（抽查合格率" + execution.getVariable(PASS_RATE) + "）";
    named.forEach(id -> revocations.revoke(execution, subject, id, reason));
    // the check's record names them too; a naming case opened before the checks were recorded has no check to name them on
    if (execution.getVariable(SpotCheckRegister.CURRENT_CHECK) != null) {
      checks.recordNamed(execution, SpotCheckRegister.currentCheck(execution), subject, named,
          "未被抽查，" + reason, "回退");
    }
  }
}
