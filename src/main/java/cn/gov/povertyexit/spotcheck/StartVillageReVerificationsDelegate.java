package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.EXITS;
import static cn.gov.povertyexit.spotcheck.VillageSpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.village.VillageExitStandard;
import cn.gov.povertyexit.village.VillageRecords;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 全部出列村重新核查，记入实绩考核 (seed 000 八, 合格率低于90%（含90%）): one re-verification case per village that exited
 * in the year, for its county government, and a performance mark for every county of those villages.
 */
@Component
public class StartVillageReVerificationsDelegate implements JavaDelegate {

  private final JdbcClient jdbc;
  private final VillageExitStandard standard;
  private final VillageRecords villages;

  public StartVillageReVerificationsDelegate(JdbcClient jdbc, VillageExitStandard standard, VillageRecords villages) {
    this.jdbc = jdbc;
    this.standard = standard;
    this.villages = villages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable("exitYear");
    Set<String> counties = new LinkedHashSet<>();
    for (ReviewRows.Row village : ReviewRows.read(execution, EXITS)) {
      String county = village.householdId().substring(0, 6);
      counties.add(county);
      Map<String, Object> variables = new HashMap<>(Map.of("villageCode", village.householdId(),
          "villageName", village.villageName(), "countyCode", county, "countyName", village.headName(), "exitYear", year,
          "villageCheckInstanceId", execution.getProcessInstanceId(),
          "checklistCodes", SpinValues.jsonValue(Spin.JSON(standard.checklistCodes(village.householdId())).toString()).create()));
      // the investigation form shows the village's township and population, as in the exit itself
      villages.find(village.householdId()).ifPresent(found -> {
        variables.put("townshipName", found.townshipName());
        variables.put("ruralPopulation", found.ruralPopulation());
      });
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(RE_VERIFICATION_KEY,
          village.householdId() + "-" + year + "-reverification", variables);
    }
    for (String county : counties) {
      jdbc.sql("""
              insert into performance_mark (county_code, mark_year, mark, process_instance_id, recorded_at)
              values (?, ?, ?, ?, ?)""")
          .params(county, year, "市级出列村抽查合格率" + execution.getVariable("passRatePercent")
                  + "，未高于90%：当年出列村全部重新核查，实绩考核扣分",
              execution.getProcessInstanceId(), Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
          .update();
    }
  }
}
