package cn.gov.povertyexit.plan;

import static cn.gov.povertyexit.plan.PlanVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the plan's forms show of the version being drafted or reviewed, read from the plan tables. */
@Component
class PlanCaseData {

  private final JdbcClient jdbc;
  private final ExitPlans plans;

  PlanCaseData(JdbcClient jdbc, ExitPlans plans) {
    this.jdbc = jdbc;
    this.plans = plans;
  }

  void loadVersion(VariableScope scope, ExitPlans.Version version) {
    scope.setVariable(PLAN_ID, version.id());
    scope.setVariable(PLAN_VERSION, version.version());
    if (version.situation() != null) {
      scope.setVariable(SITUATION, version.situation());
    }
    if (version.measures() != null) {
      scope.setVariable(MEASURES, version.measures());
    }
    if (version.countyExitYear() != null) {
      scope.setVariable(COUNTY_EXIT_YEAR, version.countyExitYear());
    }
    List<Map<String, String>> villages = jdbc.sql("""
            select v.code, v.name, t.name as township from village v join township t on t.code = v.township_code
             where t.county_code = ? and v.status = 'POOR_VILLAGE' order by v.code""")
        .param(version.placeCode())
        .query((row, n) -> Map.of("value", row.getString("code").trim(),
            "label", row.getString("township") + " " + row.getString("name") + "（" + row.getString("code").trim() + "）"))
        .list();
    scope.setVariable(VILLAGE_CANDIDATES, json(villages));
    scope.setVariable(PLANNED_VILLAGES, json(plans.subjects(version.id(), "VILLAGE", version.planYear())));
    scope.setVariable(PLAN_SUMMARY, summary(version));
  }

  /** Totals of the version as the county, the city and the province read them: no figure per village. */
  String summary(ExitPlans.Version version) {
    int year = version.planYear();
    int households = plans.subjectCount(version.id(), "HOUSEHOLD", year);
    int carried = jdbc.sql("""
            select count(*) from exit_plan_subject s join household h on h.id = s.subject_id
             where s.plan_id = ? and s.subject_type = 'HOUSEHOLD' and s.planned_year < ? and h.status <> 'EXITED'""")
        .params(version.id(), year).query(Integer.class).single();
    List<String> proposing = jdbc.sql("""
            select distinct v.name, v.code from exit_plan_subject s join household h on h.id = s.subject_id
              join village v on v.code = h.village_code
             where s.plan_id = ? and s.subject_type = 'HOUSEHOLD' and s.planned_year = ? order by v.code""")
        .params(version.id(), year).query((row, n) -> row.getString("name")).list();
    return "第" + version.version() + "版 · " + year + "年度计划退出贫困户 " + households + " 户（由各村逐户提出"
        + (proposing.isEmpty() ? "" : "：" + String.join("、", proposing)) + "）；以前年度列入、尚未退出的 " + carried
        + " 户结转本年度";
  }

  static Object json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value).toString()).create();
  }
}
