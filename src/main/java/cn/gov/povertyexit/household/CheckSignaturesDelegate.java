package cn.gov.povertyexit.household;

import static cn.gov.povertyexit.household.HouseholdVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核验签字 (seed 003 三(四)2): the household head signs, or a household member aged 18 or more, or — with a written
 * authorisation — the person the head authorised; no one signs for another. The assigned helper signs too.
 * A signature that does not fit refuses the step: the task stays with the work team.
 */
@Component
public class CheckSignaturesDelegate implements JavaDelegate {

  public static final String SIGNER_ROLE = "signerRole";
  public static final String SIGNER_NAME = "signerName";
  public static final String AUTHORISATION_LETTER = "authorisationLetter";
  public static final String HELPER_NAME = "helperName";
  public static final String HELPER_SIGNED = "helperSigned";

  private final HouseholdRecords records;

  public CheckSignaturesDelegate(HouseholdRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String householdId = CaseVariables.text(execution, HOUSEHOLD_ID, "户编号");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "退出年度");
    String role = CaseVariables.text(execution, SIGNER_ROLE, "签字人身份");
    String signer = CaseVariables.text(execution, SIGNER_NAME, "签字人姓名");
    HouseholdRecord household = records.find(householdId, year)
        .orElseThrow(() -> new CaseRefusedException("登记册中没有户编号为 " + householdId + " 的贫困户"));
    switch (role) {
      case "HEAD" -> {
        if (!signer.equals(household.headName())) {
          throw new CaseRefusedException("签字人“" + signer + "”不是户主" + household.headName() + "本人，严禁代签");
        }
      }
      case "ADULT_MEMBER" -> {
        LocalDate signedOn = LocalDate.of(year, 12, 31);
        boolean adultMember = household.members().stream()
            .anyMatch(member -> member.name().equals(signer) && member.ageAt(signedOn) >= 18);
        if (!adultMember) {
          throw new CaseRefusedException("签字人“" + signer + "”不是本户年满18岁的家庭成员，严禁代签");
        }
      }
      case "AUTHORISED" -> {
        Object letter = execution.getVariable(AUTHORISATION_LETTER);
        if (letter == null || letter.toString().isBlank()) {
          throw new CaseRefusedException("受委托人签字须附户主的委托书，请填写委托书编号");
        }
      }
      default -> throw new CaseRefusedException("签字人身份无效：" + role);
    }
    if (!Boolean.TRUE.equals(execution.getVariable(HELPER_SIGNED))) {
      throw new CaseRefusedException("帮扶责任人须签字确认");
    }
    CaseVariables.text(execution, HELPER_NAME, "帮扶责任人姓名");
  }
}
