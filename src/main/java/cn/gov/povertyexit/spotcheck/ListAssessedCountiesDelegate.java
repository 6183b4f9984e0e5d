package cn.gov.povertyexit.spotcheck;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.OneCasePerKey;
import cn.gov.povertyexit.procedure.CaseVariables;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 列出有退出户的县和有出列村的设区市 (seed 000 八: 省扶贫开发领导小组…对当年退出的贫困户…组织开展第三方评估，…抽取部分退出的
 * 贫困户、贫困村进行核查): the province's counties with exits in the year, each assessed like the county's own check, and
 * its cities with exited villages, each checked like the city's village check — both by the assessors.
 */
@Component
public class ListAssessedCountiesDelegate implements JavaDelegate {

  private final JdbcClient jdbc;
  private final ExitPolicy policy;

  public ListAssessedCountiesDelegate(JdbcClient jdbc, ExitPolicy policy) {
    this.jdbc = jdbc;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String provinceCode = CaseVariables.text(execution, "provinceCode", "省级行政区划代码");
    int year = CaseVariables.integer(execution, "exitYear", "评估年度");
    JurisdictionGuard.requirePlace(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        provinceCode, Set.of(OfficialRole.LEADING_GROUP), "组织该省的第三方评估");
    // in the rows, the id column holds the county's code and the head-name column its name
    List<ReviewRows.Row> counties = jdbc.sql("""
            select distinct c.code, c.name from household h join village v on v.code = h.village_code
            join township t on t.code = v.township_code join county c on c.code = t.county_code
            join city ci on ci.code = c.city_code
            where ci.province_code = ? and h.status = 'EXITED' and h.exit_year = ? order by c.code""")
        .params(provinceCode, year)
        .query((rs, n) -> new ReviewRows.Row(rs.getString(1).trim(), rs.getString(2), null, null, null))
        .list();
    // 抽取部分退出的…贫困村进行核查: the cities whose villages exited in the year (id column: the city's code, head-name
    // column: its name); each is checked as the city checks its villages, by the assessors
    List<ReviewRows.Row> cities = jdbc.sql("""
            select distinct ci.code, ci.name from village v join township t on t.code = v.township_code
            join county c on c.code = t.county_code join city ci on ci.code = c.city_code
            where ci.province_code = ? and v.status = 'EXITED' and v.exit_year = ? order by ci.code""")
        .params(provinceCode, year)
        .query((rs, n) -> new ReviewRows.Row(rs.getString(1).trim(), rs.getString(2), null, null, null))
        .list();
    if (counties.isEmpty() && cities.isEmpty()) {
      throw new CaseRefusedException("省 " + provinceCode + " " + year + "年度没有已脱贫的退出户或已出列的贫困村可评估核查");
    }
    OneCasePerKey.claim(execution, "provinceExitAssessment", provinceCode + "-" + year + "-assessment",
        "省 " + provinceCode + " " + year + "年度的第三方评估已经开展，不能重复评估");
    execution.setVariable("exitYear", year);
    ReviewRows.write(execution, "assessedCounties", counties);
    ReviewRows.write(execution, "checkedCities", cities);
    // 000 八 gives the province no village rate of its own: the city's (不少于20%) is the least it draws
    execution.setVariable("villageCheckRate", policy.sampling().cityVillageRate().toPlainString());
    execution.setVariable("assessmentRate", policy.sampling().assessmentHouseholdRate().max(policy.sampling().countyHouseholdRate()).toPlainString());
  }
}
