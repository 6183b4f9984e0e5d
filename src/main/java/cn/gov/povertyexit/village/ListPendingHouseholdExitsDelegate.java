package cn.gov.povertyexit.village;

import static cn.gov.povertyexit.village.VillageVariables.*;

import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 列出本村退出尚未审批的贫困户: the investigators see, before they investigate, which households' exits are still
 * awaiting the county — their members count as poor until then, so investigating now may fail a village that
 * would pass a few weeks later.
 */
@Component
public class ListPendingHouseholdExitsDelegate implements JavaDelegate {

  private final VillageRecords villages;

  public ListPendingHouseholdExitsDelegate(VillageRecords villages) {
    this.villages = villages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CaseVariables.text(execution, VILLAGE_CODE, "行政村代码");
    List<VillageRecords.PendingExit> pending = villages.pendingExits(code);
    List<Map<String, Object>> rows = pending.stream().map(household -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("householdId", household.householdId());
      row.put("headName", household.headName());
      row.put("members", household.members());
      return row;
    }).toList();
    execution.setVariable(PENDING_HOUSEHOLD_EXITS, SpinValues.jsonValue(Spin.JSON(rows).toString()).create());
    execution.setVariable(PENDING_HOUSEHOLD_EXITS_NOTE, note(pending));
  }

  /** The sentence the investigation form shows above the table. */
  static String note(List<VillageRecords.PendingExit> pending) {
    if (pending.isEmpty()) {
      return "本村没有退出尚未审批的贫困户。";
    }
    int members = pending.stream().mapToInt(VillageRecords.PendingExit::members).sum();
    return "本村有" + pending.size() + "户（" + members + "人）贫困户的退出尚未经县审批，其人口在审批前仍计入贫困发生率。"
        + "如现在调查核实未达到出列标准，本村本年度出列案件结束后，县可在这些农户审批后重新发起本年度出列。";
  }
}
