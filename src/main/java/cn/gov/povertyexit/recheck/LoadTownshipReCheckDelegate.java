package cn.gov.povertyexit.recheck;

import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.jurisdiction.Place;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.tasklist.CaseSubjectListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * 载入本乡镇核实名单: the township's part of the re-check, for its one verification task — the households with their
 * register status and the suspected problem, and the choices of the form's lists (a household that exited may be
 * found fallen back; one not exited may be found wrongly listed).
 */
@Component
public class LoadTownshipReCheckDelegate implements JavaDelegate {

  static final String[] TEXT_ANSWERS = {"reCheckFindings", "verifiers", "verificationDate"};

  private final ReCheckRecords records;
  private final JurisdictionRepository jurisdictions;

  public LoadTownshipReCheckDelegate(ReCheckRecords records, JurisdictionRepository jurisdictions) {
    this.records = records;
    this.jurisdictions = jurisdictions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String townshipCode = (String) execution.getVariable("townshipCode");
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> removable = new ArrayList<>();
    List<Map<String, Object>> exited = new ArrayList<>();
    for (ReCheckRecords.Named household : records.ofTownship(execution.getProcessInstanceId(), townshipCode)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("householdId", household.householdId());
      row.put("headName", household.headName());
      row.put("villageName", household.villageName());
      row.put("status", HouseholdStatus.valueOf(household.status()).label());
      row.put("problem", household.suspectedProblem());
      rows.add(row);
      Map<String, Object> option = Map.of("label", household.headName() + "（" + household.householdId() + "）",
          "value", household.householdId());
      (HouseholdStatus.EXITED.name().equals(household.status()) ? exited : removable).add(option);
    }
    String townshipName = jurisdictions.townships().stream().filter(place -> place.code().equals(townshipCode))
        .map(Place::name).findFirst().orElse(townshipCode);
    // the township's answers stay with its own part: a completion writes into variables that exist in its scope
    // (typed as the form submits them: lists as JSON, the rest as text)
    execution.setVariableLocal("removeHouseholds", json(List.of()));
    execution.setVariableLocal("relistHouseholds", json(List.of()));
    for (String answer : TEXT_ANSWERS) {
      execution.setVariableLocal(answer, "");
    }
    execution.setVariableLocal("reCheckList", json(rows));
    execution.setVariableLocal("removableHouseholds", json(removable));
    execution.setVariableLocal("exitedHouseholds", json(exited));
    execution.setVariableLocal("townshipName", townshipName);
    execution.setVariableLocal(CaseSubjectListener.PLACE_SUBJECT, townshipName + "（" + townshipCode + "）· "
        + execution.getVariable("countyName") + " · 再次核实" + rows.size() + "户");
  }

  private static Object json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value).toString()).create();
  }
}
