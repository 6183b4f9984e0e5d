package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.EXITS;
import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.SAMPLE;
import static cn.gov.povertyexit.spotcheck.VillageSpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.policy.ExitPolicy;
import cn.gov.povertyexit.procedure.CaseRefusedException;
import cn.gov.povertyexit.procedure.CaseVariables;
import cn.gov.povertyexit.procedure.OneCasePerKey;
import cn.gov.povertyexit.sampling.StratifiedSample;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 按县分层抽取出列村 (seed 000 八: 对当年退出的贫困村，抽查不少于20%): a sample of the city's villages that exited in the
 * year, at least the configured rate of every county, rounded up; seed and list are kept with the case. The province's
 * check of exited villages calls the same model per city with its assessors as checkers.
 */
@Component
public class DrawVillageSampleDelegate implements JavaDelegate {

  private final SpotCheckRecords records;
  private final SpotCheckRegister checks;
  private final ExitPolicy policy;
  private final SecureRandom seeds = new SecureRandom();

  public DrawVillageSampleDelegate(SpotCheckRecords records, SpotCheckRegister checks, ExitPolicy policy) {
    this.records = records;
    this.checks = checks;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cityCode = CaseVariables.text(execution, CITY_CODE, "设区市行政区划代码");
    int year = CaseVariables.integer(execution, "exitYear", "抽查年度");
    JurisdictionGuard.requirePlace(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        cityCode, Set.of(OfficialRole.LEADING_GROUP), "抽查该市的出列村");
    BigDecimal minimum = policy.sampling().cityVillageRate();
    BigDecimal rate = execution.getVariable("sampleRate") == null ? minimum : CaseVariables.decimal(execution, "sampleRate", "抽查比例");
    if (rate.compareTo(minimum) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new CaseRefusedException("抽查比例不得低于" + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%，也不得高于100%");
    }
    List<ReviewRows.Row> exits = records.villageExitsOf(cityCode, year);
    if (exits.isEmpty()) {
      throw new CaseRefusedException("设区市 " + cityCode + " " + year + "年度没有已出列的贫困村可抽查");
    }
    long seed = seeds.nextLong();
    List<String> drawn = StratifiedSample.draw(SpotCheckRecords.byCounty(exits), rate, seed);
    // the city's own check by its leading group (设区市…对退出的贫困村…进行抽查); the province's check of the city's
    // villages (省扶贫开发领导小组…抽取部分退出的…贫困村进行核查), which calls this model, passes its assessors — only a
    // calling procedure may name the checkers
    boolean byProvince = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() != null;
    if (!byProvince) {
      execution.setVariable(SpotCheckVariables.CHECKER_GROUP, "city-" + cityCode + "-leadinggroup");
      execution.setVariable(SpotCheckVariables.CHECK_NAME, "市级抽查");
    }
    OneCasePerKey.claim(execution, "cityVillageSpotCheck", cityCode + "-" + year + "-villagecheck" + (byProvince ? "-province" : ""),
        "设区市 " + cityCode + " " + year + "年度的" + (byProvince ? "省级出列村抽查" : "出列村抽查") + "已经开展，不能重复抽查");
    execution.setVariable("exitYear", year);
    execution.setVariable("sampleRate", rate.toPlainString());
    execution.setVariable("spotCheckSeed", seed);
    ReviewRows.write(execution, EXITS, exits);
    List<ReviewRows.Row> sample = exits.stream().filter(row -> drawn.contains(row.householdId())).toList();
    ReviewRows.write(execution, SAMPLE, sample);
    checks.open(execution, byProvince ? SpotCheckKind.PROVINCE_VILLAGE : SpotCheckKind.CITY_VILLAGE,
        RevokeFailedSampleDelegate.villageCheckTitle(execution), cityCode, year, seed, rate, exits.size(),
        sample.stream().map(ReviewRows.Row::householdId).toList());
  }
}
