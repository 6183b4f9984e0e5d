package cn.gov.povertyexit.plan;

import cn.gov.povertyexit.deployment.UsableInModels;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which villages of a county propose their households for the plan: every village with households still poor (未脱贫, 返贫, 回退) on the
 * register. Read-only, for the model's multi-instance: each such village's committee gets one task.
 */
@Component
@UsableInModels
public class PlanProposals {

  private final JdbcClient jdbc;

  public PlanProposals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> villages(String countyCode) {
    return jdbc.sql("""
            select distinct v.code from village v join township t on t.code = v.township_code
              join household h on h.village_code = v.code
             where t.county_code = ? and h.status in ('POOR', 'RETURNED', 'REVOKED') order by v.code""")
        .param(countyCode).query(String.class).list().stream().map(String::trim).toList();
  }
}
