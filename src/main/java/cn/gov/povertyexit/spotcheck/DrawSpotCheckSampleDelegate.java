package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.OfficialGroup;
import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
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
 * 抽取抽查样本 (seed 000 八: 县对当年退出的贫困户，抽查覆盖率不少于10%): a sample of the county's exits of the year,
 * stratified by village, at the configured rate or a higher one the county chooses; seed and list are kept.
 */
@Component
public class DrawSpotCheckSampleDelegate implements JavaDelegate {

  private final SpotCheckRecords records;
  private final SpotCheckRegister checks;
  private final JurisdictionRepository jurisdictions;
  private final ExitPolicy policy;
  private final SecureRandom seeds = new SecureRandom();

  public DrawSpotCheckSampleDelegate(SpotCheckRecords records, SpotCheckRegister checks, JurisdictionRepository jurisdictions,
      ExitPolicy policy) {
    this.records = records;
    this.checks = checks;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
  }

  private static boolean isCalled(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() != null;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String countyCode = CaseVariables.text(execution, COUNTY_CODE, "县级行政区划代码");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "抽查年度");
    JurisdictionRepository.County county = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        jurisdictions.county(countyCode), found -> countyCode, Set.of(OfficialRole.POVERTY_OFFICE, OfficialRole.LEADING_GROUP),
        "您的辖区内没有代码为 " + countyCode + " 的县");
    BigDecimal minimum = policy.sampling().countyHouseholdRate();
    BigDecimal rate = execution.getVariable(SAMPLE_RATE) == null ? minimum : CaseVariables.decimal(execution, SAMPLE_RATE, "抽查比例");
    if (rate.compareTo(minimum) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new CaseRefusedException("抽查比例不得低于" + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%，也不得高于100%");
    }
    List<ReviewRows.Row> exits = records.exitsOf(countyCode, year);
    if (exits.isEmpty()) {
      throw new CaseRefusedException(county.name() + year + "年度没有已脱贫的退出户可抽查");
    }
    // the seed is the system's own, never a client's: nobody can choose or foresee the sample
    long seed = seeds.nextLong();
    List<String> drawn = StratifiedSample.draw(records.exitsByVillage(countyCode, year), rate, seed);
    // the county's own check by its leading group; the province's assessment, which calls this model, passes its
    // assessors — only a calling procedure may name the checkers. (The city checks its households over the whole city,
    // with cityHouseholdSpotCheck: 以设区市为单位.)
    String level;
    if (isCalled(execution)) {
      level = "province";
    } else {
      level = "county";
      execution.setVariable(CHECKER_GROUP, OfficialGroup.idOf(AdministrativeLevel.COUNTY, countyCode, OfficialRole.LEADING_GROUP));
      execution.setVariable(CHECK_NAME, "县级抽查");
    }
    OneCasePerKey.claim(execution, PROCESS_KEY, countyCode + "-" + year + "-spotcheck-" + level,
        county.name() + year + "年度的" + execution.getVariable(CHECK_NAME) + "已经开展，不能重复抽查");
    execution.setVariable(EXIT_YEAR, year);
    execution.setVariable(SAMPLE_RATE, rate.toPlainString());
    execution.setVariable(SEED, seed);
    execution.setVariable("countyName", county.name());
    execution.setVariable("provinceCode", county.provinceCode());
    ReviewRows.write(execution, EXITS, exits);
    List<ReviewRows.Row> sample = exits.stream().filter(row -> drawn.contains(row.householdId())).toList();
    ReviewRows.write(execution, SAMPLE, sample);
    checks.open(execution, isCalled(execution) ? SpotCheckKind.PROVINCE_HOUSEHOLD : SpotCheckKind.COUNTY_HOUSEHOLD,
        String.valueOf(execution.getVariable(CHECK_NAME)), countyCode, year, seed, rate, exits.size(),
        sample.stream().map(ReviewRows.Row::householdId).toList());
  }
}
