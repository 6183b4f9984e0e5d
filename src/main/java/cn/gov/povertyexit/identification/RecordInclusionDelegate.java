package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.identification.IdentificationVariables.*;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.RegisterException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * 纳入建档立卡，录入信息档案: after the county's approval and announcement the household is on the register — a new
 * one as 未脱贫 with its members and income, a fallen-back one as 返贫 — in the same transaction as the approval.
 */
@Component
public class RecordInclusionDelegate implements JavaDelegate {

  private final InclusionRegister register;
  private final HouseholdApplications applications;

  public RecordInclusionDelegate(InclusionRegister register, HouseholdApplications applications) {
    this.register = register;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InclusionKind kind = CaseVariables.choice(execution, INCLUSION_KIND, "纳入类型", InclusionKind.class);
    String householdId = CaseVariables.text(execution, HOUSEHOLD_ID, "户编号");
    int year = CaseVariables.integer(execution, APPLICATION_YEAR, "年度");
    String approvalNumber = CaseVariables.text(execution, APPROVAL_NUMBER, "审定文号");
    HouseholdFacts facts = HouseholdFactsForm.read(execution);
    String reason = kind.label() + "纳入建档立卡（县审定，" + approvalNumber + "）："
        + CaseVariables.text(execution, INCLUSION_REASON, "识别结论");
    ChangeContext context = new ChangeContext(CurrentActor.of(execution), execution.getProcessInstanceId(), reason);
    try {
      if (kind == InclusionKind.NEW) {
        List<MemberLine> members = MemberLines.read((String) execution.getVariable(MEMBER_LINES));
        register.registerNew(householdId, CaseVariables.text(execution, VILLAGE_CODE, "行政村代码"),
            CaseVariables.text(execution, HEAD_NAME, "户主姓名"), year, facts, members, context);
      } else {
        register.registerReturn(householdId, year, facts, context);
      }
    } catch (RegisterException refused) {
      throw new CaseRefusedException(refused.getMessage());
    } catch (DuplicateKeyException registeredMeanwhile) {
      // another case registered one of the members after this survey: the county's task stays for a correction
      throw new CaseRefusedException("该户有家庭成员的身份证号在入户调查后已登记在其他户中，不能纳入：请审定不予纳入并说明原因");
    }
    applications.decide(householdId, year, "INCLUDED", reason);
  }
}
