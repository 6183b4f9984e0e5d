package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.CurrentActor;
import cn.gov.povertyexit.procedure.ListChoices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 村提出本村贫困户退出计划 (seed 000 五(1) "根据本县、乡、村贫困户退出规划及年度计划"; seed 001 "不得向贫困村分配脱贫名额"):
 * the plan's households are listed from below, one by one, by each village's committee — no number is handed down.
 * On creation the task shows (in the village's own execution of the multi-instance) the village's poor households, ticked where the version already plans them for the year;
 * on completion what the committee ticked replaces the village's households of the year in the version, in the same
 * transaction, and anything not a poor household of this village refuses the completion.
 */
@Component
public class VillagePlanProposalListener implements TaskListener {

  private final JdbcClient jdbc;
  private final ExitPlans plans;

  VillagePlanProposalListener(JdbcClient jdbc, ExitPlans plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateTask task) {
    String village = CaseVariables.text(task, PROPOSING_VILLAGE, "行政村");
    long planId = ((Number) task.getVariable(PLAN_ID)).longValue();
    int year = CaseVariables.integer(task, PLAN_YEAR, "计划年度");
    Map<String, String> candidates = candidates(village);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal(PROPOSING_VILLAGE_NAME, jdbc.sql("""
              select t.name || ' ' || v.name from village v join township t on t.code = v.township_code where v.code = ?""")
          .param(village).query(String.class).single());
      List<Map<String, String>> options = new ArrayList<>();
      candidates.forEach((id, label) -> options.add(Map.of("value", id, "label", label)));
      task.getExecution().setVariableLocal(HOUSEHOLD_CANDIDATES, PlanCaseData.json(options));
      List<String> planned = plans.subjects(planId, "HOUSEHOLD", year).stream().filter(candidates::containsKey).toList();
      task.getExecution().setVariableLocal(PLANNED_HOUSEHOLDS, PlanCaseData.json(planned));
      return;
    }
    // the completion's variables land on the village's own execution, where the ticks were put on creation
    Set<String> ticked = ListChoices.ids(task.getExecution().getVariableLocal(PLANNED_HOUSEHOLDS));
    for (String id : ticked) {
      if (!candidates.containsKey(id)) {
        throw new CaseRefusedException("户编号 " + id + " 不是本村未脱贫的建档立卡贫困户，不能列入本村退出计划");
      }
    }
    plans.replaceVillageProposal(planId, village, year, ticked, CurrentActor.of(task.getExecution()));
  }

  /** The village's households still poor on the register, head's name and size as the committee knows them. */
  private Map<String, String> candidates(String village) {
    Map<String, String> candidates = new LinkedHashMap<>();
    jdbc.sql("""
            select h.id, h.head_name, (select count(*) from household_member m where m.household_id = h.id) as members,
                   h.status from household h
             where h.village_code = ? and h.status in ('POOR', 'RETURNED', 'REVOKED') order by h.id""")
        .param(village)
        .query((row, n) -> candidates.put(row.getString("id").trim(), row.getString("head_name") + "（"
            + row.getString("id").trim() + "，" + row.getInt("members") + "人" + ("POOR".equals(row.getString("status")) ? ""
            : "，" + ("RETURNED".equals(row.getString("status")) ? "返贫" : "回退")) + "）"))
        .list();
    return candidates;
  }
}
