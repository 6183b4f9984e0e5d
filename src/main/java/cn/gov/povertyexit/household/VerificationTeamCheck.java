package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.VERIFIERS;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 乡（镇）人民政府组织相关人员（不得少于3人）逐户核实 (seed 000 五(1)): the form asks for one verifier a line, and this check
 * refuses a completion — from Tasklist or REST — whose team has fewer than three different people.
 */
@Component
public class VerificationTeamCheck {

  static final int MINIMUM_TEAM = 3;

  public void requireFullTeam(VariableScope scope) {
    Set<String> names = new LinkedHashSet<>();
    for (List<String> verifier : ListedEntries.read(scope.getVariable(VERIFIERS), "name", "position")) {
      if (!verifier.get(0).isEmpty()) {
        names.add(verifier.get(0));
      }
    }
    if (names.size() < MINIMUM_TEAM) {
      throw new CaseRefusedException("入户核实人员不得少于3人（000号文件 五(1)），当前为" + names.size() + "人");
    }
  }
}
