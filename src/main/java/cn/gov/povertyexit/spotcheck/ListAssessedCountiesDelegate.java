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
 * 列出有退出户的县 (seed 000 八: 省扶贫开发领导小组对当年退出的贫困户组织开展第三方评估): the province's counties with exits
 * in the year; each is assessed like the county's own check, by the assessors, at the assessment rate.
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
    if (counties.isEmpty()) {
      throw new CaseRefusedException("省 " + provinceCode + " " + year + "年度没有已脱贫的退出户可评估");
    }
    OneCasePerKey.claim(execution, "provinceExitAssessment", provinceCode + "-" + year + "-assessment",
        "省 " + provinceCode + " " + year + "年度的第三方评估已经开展，不能重复评估");
    execution.setVariable("exitYear", year);
    ReviewRows.write(execution, "assessedCounties", counties);
    execution.setVariable("assessmentRate", policy.sampling().assessmentHouseholdRate().max(policy.sampling().countyHouseholdRate()).toPlainString());
  }
}
