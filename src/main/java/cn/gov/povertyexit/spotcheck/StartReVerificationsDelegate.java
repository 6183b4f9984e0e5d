package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.registry.HouseholdPlaces;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 全部退出户重新核查，记入实绩考核 (seed 000 八: 合格率低于90%（含90%），则当年退出的所有贫困户须重新进行核查，并在实绩考核中予以扣分):
 * one re-verification case per exit of the year, and a mark in the county's performance assessment.
 */
@Component
public class StartReVerificationsDelegate implements JavaDelegate {

  private final JdbcClient jdbc;
  private final HouseholdPlaces places;

  public StartReVerificationsDelegate(JdbcClient jdbc, HouseholdPlaces places) {
    this.jdbc = jdbc;
    this.places = places;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object year = execution.getVariable(EXIT_YEAR);
    List<ReviewRows.Row> exits = ReviewRows.read(execution, EXITS);
    Map<String, String> townships = places.townshipsOf(exits.stream().map(ReviewRows.Row::householdId).toList());
    for (ReviewRows.Row row : exits) {
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(RE_VERIFICATION_KEY,
          row.householdId() + "-" + year + "-reverification",
          Map.of("householdId", row.householdId(), "assessedHouseholdId", row.householdId(),
              "assessedHeadName", row.headName(), "exitYear", year, "countyCode", execution.getVariable(COUNTY_CODE),
              "townshipCode", townships.get(row.householdId()), "provinceCode", execution.getVariable("provinceCode"),
              "checkName", "重新核查", "spotCheckInstanceId", execution.getProcessInstanceId()));
    }
    jdbc.sql("""
            insert into performance_mark (county_code, mark_year, mark, process_instance_id, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(execution.getVariable(COUNTY_CODE), year,
            "县级抽查合格率" + execution.getVariable(PASS_RATE) + "，未高于90%：当年退出户全部重新核查，实绩考核扣分",
            execution.getProcessInstanceId(), Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .update();
  }
}
