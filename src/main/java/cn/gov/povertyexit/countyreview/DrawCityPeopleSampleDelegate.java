package cn.gov.povertyexit.countyreview;

import static cn.gov.povertyexit.countyreview.CountyReviewVariables.*;

import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.sampling.PeopleSample;
import cn.gov.povertyexit.spotcheck.SpotCheckKind;
import cn.gov.povertyexit.spotcheck.SpotCheckRegister;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 抽取市级核查样本 (seed 003 三(四)7 "按6%—10%的比例，在贫困村和非贫困村中随机抽取标识脱贫人口"): the people the district
 * marked exited, in two strata — households of poor villages (贫困村, also those since 出列) and of non-poor villages —
 * each drawn by household until the province's rate of its people is reached. The seed is the system's own and is
 * kept with the case, with what each stratum gave.
 */
@Component
public class DrawCityPeopleSampleDelegate implements JavaDelegate {

  static final String POOR_VILLAGES = "贫困村";
  static final String OTHER_VILLAGES = "非贫困村";
  static final String SAMPLE_SUMMARY = "citySampleSummary";
  private static final int BATCH = 500;

  private final ExitPolicy policy;
  private final JdbcClient jdbc;
  private final SpotCheckRegister checks;
  private final SecureRandom seeds = new SecureRandom();

  public DrawCityPeopleSampleDelegate(ExitPolicy policy, JdbcClient jdbc, SpotCheckRegister checks) {
    this.policy = policy;
    this.jdbc = jdbc;
    this.checks = checks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewRows.Row> marked = ReviewRows.read(execution, APPROVAL_LIST);
    BigDecimal rate = policy.province(CaseVariables.text(execution, PROVINCE_CODE, "省")).citySampleRateMin();
    Map<String, List<PeopleSample.Household>> strata = strata(marked.stream().map(ReviewRows.Row::householdId).toList());
    long seed = seeds.nextLong();
    List<PeopleSample.Drawn> drawn = PeopleSample.draw(strata, rate, seed);
    Set<String> ids = drawn.stream().flatMap(stratum -> stratum.households().stream()).map(PeopleSample.Household::id)
        .collect(Collectors.toSet());
    execution.setVariable(ASSESSMENT_SEED, seed);
    List<ReviewRows.Row> sample = marked.stream().filter(row -> ids.contains(row.householdId())).toList();
    ReviewRows.write(execution, ASSESSMENT_SAMPLE, sample);
    execution.setVariable(SAMPLE_SUMMARY, summary(drawn, rate));
    checks.open(execution, SpotCheckKind.CITY_REVIEW_HOUSEHOLD, SpotCheckKind.CITY_REVIEW_HOUSEHOLD.label(),
        CaseVariables.text(execution, COUNTY_CODE, "区（县）"), CaseVariables.integer(execution, EXIT_YEAR, "年度"), seed, rate,
        marked.size(), sample.stream().map(ReviewRows.Row::householdId).toList());
  }

  /** Each marked household with its registered members, under the kind of village it belongs to. */
  private Map<String, List<PeopleSample.Household>> strata(List<String> householdIds) {
    Map<String, List<PeopleSample.Household>> strata = new LinkedHashMap<>();
    for (int from = 0; from < householdIds.size(); from += BATCH) {
      jdbc.sql("""
              select h.id, v.status, (select count(*) from household_member m where m.household_id = h.id)
              from household h join village v on v.code = h.village_code where h.id in (:ids)""")
          .param("ids", householdIds.subList(from, Math.min(householdIds.size(), from + BATCH)))
          .query((rs, n) -> strata.computeIfAbsent("NOT_POOR".equals(rs.getString(2)) ? OTHER_VILLAGES : POOR_VILLAGES,
              kind -> new ArrayList<>()).add(new PeopleSample.Household(rs.getString(1).trim(), rs.getInt(3))))
          .list();
    }
    return strata;
  }

  private static String summary(List<PeopleSample.Drawn> drawn, BigDecimal rate) {
    Map<String, String> parts = new HashMap<>();
    for (PeopleSample.Drawn stratum : drawn) {
      parts.put(stratum.stratum(), stratum.stratum() + "标识脱贫" + stratum.people() + "人，应抽" + stratum.peopleRequired()
          + "人，抽取" + stratum.households().size() + "户" + stratum.peopleDrawn() + "人");
    }
    String rateText = rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    return "按" + rateText + "抽取：" + String.join("；", List.of(POOR_VILLAGES, OTHER_VILLAGES).stream()
        .filter(parts::containsKey).map(parts::get).toList()) + "（003号文件 三(四)7）";
  }
}
