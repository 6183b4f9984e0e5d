package cn.gov.povertyexit.identification;

import static cn.gov.povertyexit.identification.IdentificationVariables.*;

import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HouseholdFactsForm;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 对照识别标准评定: reads the survey (for a new household, its members line by line) and applies
 * {@link InclusionStandard}. The verdict, its category and reasons go to the case for the committee, the notice and
 * the county to read; an impossible figure refuses the survey's completion and the task stays.
 */
@Component
public class ApplyInclusionStandardDelegate implements JavaDelegate {

  private final IdentificationPolicy policy;
  private final InclusionRegister register;

  public ApplyInclusionStandardDelegate(IdentificationPolicy policy, InclusionRegister register) {
    this.policy = policy;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InclusionKind kind = CaseVariables.choice(execution, INCLUSION_KIND, "纳入类型", InclusionKind.class);
    DibaoCategory dibao = CaseVariables.choice(execution, DIBAO_CATEGORY, "低保类别", DibaoCategory.class);
    List<MemberLine> members = List.of();
    boolean membersLabour;
    if (kind == InclusionKind.NEW) {
      members = MemberLines.read((String) execution.getVariable(MEMBER_LINES));
      String head = members.stream().filter(member -> "HEAD".equals(member.relation())).findFirst().orElseThrow().name();
      String applied = CaseVariables.text(execution, HEAD_NAME, "户主姓名");
      if (!head.equals(applied)) {
        throw new CaseRefusedException("家庭成员中的户主「" + head + "」与申请登记的户主「" + applied + "」不一致，请核对");
      }
      List<String> registered = register.alreadyRegistered(members);
      if (!registered.isEmpty()) {
        throw new CaseRefusedException("家庭成员已在建档立卡登记册中，不能重复识别：" + String.join("；", registered));
      }
      membersLabour = members.stream().anyMatch(MemberLine::healthyWorker);
      execution.setVariables(Map.of(HouseholdVariables.MEMBER_COUNT, members.size(),
          HouseholdVariables.CHILDREN_OUT_OF_SCHOOL, (int) members.stream().filter(MemberLine::unexcusedDropout).count()));
    } else {
      membersLabour = CaseVariables.flag(execution, "membersLabour", "家庭有健康劳动力");
    }
    execution.setVariable(HouseholdVariables.DIBAO, dibao.registerValue().name());
    HouseholdFacts facts = HouseholdFactsForm.read(execution);
    InclusionFacts household = new InclusionFacts(kind, facts,
        CaseVariables.decimal(execution, "povertyLine", "贫困标准"), dibao,
        CaseVariables.flag(execution, DISABILITY_AID, "享受残疾人补助"), membersLabour,
        CaseVariables.flag(execution, ILLNESS_CAUSES_POVERTY, "因病致贫"),
        CaseVariables.flag(execution, VILLAGE_CADRE, "家中有现任村干部"),
        CaseVariables.flag(execution, ASSETS_CONCEALED, "隐瞒或转移收入财产"), members);
    InclusionVerdict verdict = InclusionStandard.judge(household, policy.stableIncomeThreshold());
    execution.setVariable(INCLUSION_OUTCOME, verdict.outcome().name());
    execution.setVariable("inclusionOutcomeLabel", verdict.outcome().label());
    execution.setVariable(INCLUSION_CATEGORY, verdict.category());
    execution.setVariable(INCLUSION_REASON, verdict.reasonText());
    execution.setVariable(SECTOR_ITEMS, String.join("；", verdict.sectorItems()));
    execution.setVariable("perCapitaIncome", facts.disposableIncome()
        .divide(BigDecimal.valueOf(facts.memberCount()), 2, RoundingMode.HALF_UP).doubleValue());
  }
}
