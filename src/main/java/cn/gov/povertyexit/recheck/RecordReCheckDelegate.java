package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.household.VerificationTeamCheck;
import cn.gov.povertyexit.identification.IdentificationVariables;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.FormDates;
import cn.gov.povertyexit.procedure.ListChoices;
import cn.gov.povertyexit.procedure.ListedEntries;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.RegisterException;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * 录入核实结果: the township's verdict on each household of its part of the re-check, in the transaction of its
 * task. A household found wrongly listed is marked 已剔除 (never deleted: its record and trail stay); one that exited
 * and has fallen back gets a 返贫 case (householdIdentification) for its village to survey; the others are kept.
 * Every removal and re-listing needs its findings, and the team at least three people; otherwise the task stays.
 */
@Component
public class RecordReCheckDelegate implements JavaDelegate {

  private final ReCheckRecords records;
  private final StatusRegister register;
  private final VerificationTeamCheck team;

  public RecordReCheckDelegate(ReCheckRecords records, StatusRegister register, VerificationTeamCheck team) {
    this.records = records;
    this.register = register;
    this.team = team;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessInstanceId();
    String townshipCode = (String) execution.getVariable("townshipCode");
    team.requireFullTeam(execution);
    String typedDate = CaseVariables.text(execution, "verificationDate", "核实日期");
    LocalDate verifiedOn = FormDates.required(typedDate, "核实日期");
    Map<String, ReCheckRecords.Named> named = new LinkedHashMap<>();
    records.ofTownship(caseId, townshipCode).forEach(household -> named.put(household.householdId(), household));
    Set<String> removed = ListChoices.ids(execution.getVariable("removeHouseholds"));
    Set<String> relisted = ListChoices.ids(execution.getVariable("relistHouseholds"));
    Map<String, String> findings = new LinkedHashMap<>();
    for (List<String> line : ListedEntries.read(execution.getVariable("reCheckFindings"), "householdId", "findings")) {
      findings.put(line.get(0), line.get(1));
    }

    List<String> problems = new ArrayList<>();
    for (String id : union(removed, relisted)) {
      ReCheckRecords.Named household = named.get(id);
      if (household == null) {
        problems.add(id + " 不在本乡镇的再次核实名单中");
      } else if (removed.contains(id) && relisted.contains(id)) {
        problems.add(household.headName() + "（" + id + "）不能既剔除又转返贫识别");
      } else if (removed.contains(id) && HouseholdStatus.EXITED.name().equals(household.status())) {
        problems.add(household.headName() + "（" + id + "）已脱贫，不能剔除：识别不准的已脱贫户按回退或返贫办理");
      } else if (relisted.contains(id) && !HouseholdStatus.EXITED.name().equals(household.status())) {
        problems.add(household.headName() + "（" + id + "）不是已脱贫户，不能转返贫识别");
      } else if (findings.getOrDefault(id, "").isBlank()) {
        problems.add("请写明" + household.headName() + "（" + id + "）的核实情况（每行一户：户编号 核实情况）");
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseRefusedException("核实结果有误：" + String.join("；", problems));
    }

    String verifiers = ListedEntries.read(execution.getVariable("verifiers"), "name", "position").stream()
        .map(columns -> String.join(" ", columns).trim()).collect(Collectors.joining("、"));
    String actor = CurrentActor.of(execution);
    for (ReCheckRecords.Named household : named.values()) {
      String id = household.householdId();
      ReCheckOutcome outcome = removed.contains(id) ? ReCheckOutcome.REMOVED
          : relisted.contains(id) ? ReCheckOutcome.RELISTED : ReCheckOutcome.KEPT;
      String found = findings.getOrDefault(id, "").isBlank() ? "核实无误" : findings.get(id);
      records.decide(caseId, id, outcome, found, verifiers, verifiedOn);
      if (outcome == ReCheckOutcome.REMOVED) {
        try {
          register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.REMOVED, new ChangeContext(actor, caseId,
              "疑似问题再次核实，识别不准，剔除：" + household.suspectedProblem() + "；核实情况：" + found
                  + "（核实人员：" + verifiers + "，" + verifiedOn + "）"));
        } catch (RegisterException refused) {
          throw new CaseRefusedException(refused.getMessage());
        }
      } else if (outcome == ReCheckOutcome.RELISTED) {
        startReturn(execution, id, CaseVariables.integer(execution, "checkYear", "核实年度"));
      }
    }
  }

  /**
   * The 返贫 case is the village's to walk from its survey on; the township starts it here, which its role could not
   * through REST: the identification's start accepts it only for a household this re-check found fallen back.
   */
  private static void startReturn(DelegateExecution execution, String householdId, int year) {
    CommandContext command = Context.getCommandContext();
    boolean authorizationCheck = command.isAuthorizationCheckEnabled();
    command.disableAuthorizationCheck();
    try {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(IdentificationVariables.PROCESS_KEY,
          Map.of(IdentificationVariables.INCLUSION_KIND, "RETURN", IdentificationVariables.HOUSEHOLD_ID, householdId,
              IdentificationVariables.APPLICATION_SOURCE, "SCREENING", IdentificationVariables.APPLICATION_YEAR, year,
              "reCheckCase", execution.getProcessInstanceId()));
    } finally {
      if (authorizationCheck) {
        command.enableAuthorizationCheck();
      }
    }
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new java.util.LinkedHashSet<>(first);
    all.addAll(second);
    return all;
  }
}
