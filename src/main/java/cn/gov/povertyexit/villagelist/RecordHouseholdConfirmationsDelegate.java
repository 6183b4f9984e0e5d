package cn.gov.povertyexit.villagelist;

import cn.gov.povertyexit.procedure.ListChoices;
import static cn.gov.povertyexit.villagelist.VillageListVariables.*;

import cn.gov.povertyexit.household.CheckSignaturesDelegate;
import cn.gov.povertyexit.household.HouseholdVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.ListedEntries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 贫困户签字认可，帮扶责任人签字确认 (seed 003 三(四)2): the work team's one task for the households the meeting agreed
 * to. Each household signed — by its head (a tick), a member aged 18 or more, or a person the head authorised in
 * writing (a line each) — or did not, with the reason; each one that signed names its helper, who signs too. Every
 * answer is checked by the household's own 核验签字 in this transaction: a signature that does not fit refuses the
 * whole task, naming the household, and nothing is answered.
 */
@Component
public class RecordHouseholdConfirmationsDelegate implements JavaDelegate {

  private static final String HEAD = "HEAD";
  private static final String ADULT_MEMBER = "ADULT_MEMBER";
  private static final String AUTHORISED = "AUTHORISED";

  @Override
  public void execute(DelegateExecution list) {
    List<ListMember> members = ListMembers.read(list.getVariable(NOTICE_LIST));
    Map<String, ListMember> listed = new LinkedHashMap<>();
    members.forEach(member -> listed.put(member.householdId(), member));
    Map<String, Map<String, Object>> signatures = new LinkedHashMap<>();
    for (String id : ListChoices.ids(list.getVariable(SIGNED_BY_HEAD))) {
      ListMember member = onList(listed, id, "户主签字");
      put(signatures, listed, id, signature(HEAD, member.headName(), null));
    }
    for (List<String> line : ListedEntries.read(list.getVariable(MEMBER_SIGNATURES), "householdId", "signerName")) {
      onList(listed, line.get(0), "家庭成员签字");
      require(line.get(1), "请写明户编号 " + line.get(0) + " 签字的家庭成员姓名（每行：户编号 签字人）");
      put(signatures, listed, line.get(0), signature(ADULT_MEMBER, line.get(1), null));
    }
    for (List<String> line : ListedEntries.read(list.getVariable(ENTRUSTED_SIGNATURES),
        "householdId", "signerName", "authorisationLetter")) {
      onList(listed, line.get(0), "委托签字");
      require(line.get(1), "请写明户编号 " + line.get(0) + " 的受委托人姓名（每行：户编号 受委托人 委托书编号）");
      put(signatures, listed, line.get(0), signature(AUTHORISED, line.get(1), line.get(2)));
    }
    Map<String, String> unsigned = new LinkedHashMap<>();
    for (List<String> line : ListedEntries.read(list.getVariable(UNSIGNED_HOUSEHOLDS), "householdId", "reason")) {
      ListMember member = onList(listed, line.get(0), "未签字认可");
      require(line.get(1), "请写明" + member.label() + "未签字认可的理由（每行：户编号 理由）");
      if (signatures.containsKey(line.get(0)) || unsigned.put(line.get(0), line.get(1)) != null) {
        throw new CaseRefusedException(member.label() + "填写了两次，请每户只填一处（签字或未签字）");
      }
    }
    Map<String, String> helpers = helpers(list, listed, signatures.keySet());
    List<String> undecided = members.stream()
        .filter(member -> !signatures.containsKey(member.householdId()) && !unsigned.containsKey(member.householdId()))
        .map(ListMember::label).toList();
    if (!undecided.isEmpty()) {
      throw new CaseRefusedException("以下农户尚未确认（户主签字的勾选，其他签字或未签字的逐行填写）：" + String.join("、", undecided));
    }

    RuntimeService runtime = list.getProcessEngineServices().getRuntimeService();
    List<ListMember> signed = new ArrayList<>();
    List<ListMember> decided = new ArrayList<>();
    for (ListMember member : members) {
      String id = member.householdId();
      Map<String, Object> answer = new HashMap<>();
      if (signatures.containsKey(id)) {
        answer.putAll(signatures.get(id));
        answer.put(CheckSignaturesDelegate.HELPER_NAME, helpers.get(id));
        answer.put(CheckSignaturesDelegate.HELPER_SIGNED, true);
        signed.add(member);
      } else {
        answer.put(HouseholdVariables.HOUSEHOLD_AGREES, false);
        answer.put(HouseholdVariables.SIGNATURE_REFUSAL, unsigned.get(id));
      }
      try {
        ListAnswers.answer(runtime, member, CONFIRMED_MESSAGE, answer);
      } catch (CaseRefusedException refused) {
        throw new CaseRefusedException(member.label() + "：" + refused.getMessage());
      }
      decided.add(member.withDecision(signatures.containsKey(id) ? "已签字认可" : "未签字认可：" + unsigned.get(id)));
    }
    list.setVariable(CONFIRMATION_LIST, ListMembers.rows(decided));
    list.setVariable(NOTICE_LIST, ListMembers.rows(signed));
    list.setVariable(SIGNED_COUNT, signed.size());
    list.setVariable(LIST_SIZE, signed.size());
  }

  private static Map<String, Object> signature(String role, String signer, String letter) {
    Map<String, Object> signature = new HashMap<>();
    signature.put(HouseholdVariables.HOUSEHOLD_AGREES, true);
    signature.put(CheckSignaturesDelegate.SIGNER_ROLE, role);
    signature.put(CheckSignaturesDelegate.SIGNER_NAME, signer);
    signature.put(CheckSignaturesDelegate.AUTHORISATION_LETTER, letter == null || letter.isBlank() ? null : letter);
    return signature;
  }

  /** 帮扶责任人签字确认: one line for each household that signed, and only for those. */
  private static Map<String, String> helpers(DelegateExecution list, Map<String, ListMember> listed, Set<String> signed) {
    Map<String, String> helpers = new LinkedHashMap<>();
    for (List<String> line : ListedEntries.read(list.getVariable(HELPER_SIGNATURES), "householdId", "helperName")) {
      ListMember member = onList(listed, line.get(0), "帮扶责任人签字");
      require(line.get(1), "请写明" + member.label() + "的帮扶责任人姓名（每行：户编号 帮扶责任人）");
      if (!signed.contains(line.get(0))) {
        throw new CaseRefusedException(member.label() + "未签字认可，帮扶责任人不能为其签字确认");
      }
      if (helpers.put(line.get(0), line.get(1)) != null) {
        throw new CaseRefusedException("帮扶责任人签字中" + member.label() + "填写了两次");
      }
    }
    List<String> missing = signed.stream().filter(id -> !helpers.containsKey(id)).map(id -> listed.get(id).label()).toList();
    if (!missing.isEmpty()) {
      throw new CaseRefusedException("帮扶责任人须签字确认，以下农户未填写帮扶责任人：" + String.join("、", missing));
    }
    return helpers;
  }

  private static ListMember onList(Map<String, ListMember> listed, String id, String field) {
    ListMember member = listed.get(id);
    if (member == null) {
      throw new CaseRefusedException(field + "中户编号 " + id + " 不在本批拟脱贫户名单上");
    }
    return member;
  }

  private static void put(Map<String, Map<String, Object>> signatures, Map<String, ListMember> listed, String id,
      Map<String, Object> signature) {
    if (signatures.put(id, signature) != null) {
      throw new CaseRefusedException(listed.get(id).label() + "填写了两次，请每户只填一处（户主签字、家庭成员签字或委托签字）");
    }
  }

  private static void require(String value, String message) {
    if (value.isBlank()) {
      throw new CaseRefusedException(message);
    }
  }
}
