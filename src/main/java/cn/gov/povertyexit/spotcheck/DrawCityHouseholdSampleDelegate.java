package cn.gov.povertyexit.spotcheck;

import static cn.gov.povertyexit.spotcheck.SpotCheckVariables.*;

import cn.gov.povertyexit.countyreview.ReviewRows;
import cn.gov.povertyexit.jurisdiction.AdministrativeLevel;
import cn.gov.povertyexit.jurisdiction.JurisdictionGuard;
import cn.gov.povertyexit.jurisdiction.JurisdictionRepository;
import cn.gov.povertyexit.jurisdiction.OfficialGroup;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.jurisdiction.Place;
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
import org.springframework.stereotype.Component;

/**
 * 按行政村分层抽取全市样本 (seed 000 八: 设区市要切实履行监督责任，对退出的贫困村、贫困户进行抽查; 以设区市、县为单位): one sample
 * of the exits of the year of every county of the city, at least the county rate of every village, rounded up, so that
 * the city's pass rate is computed over the city as a whole; seed and list are kept with the case.
 */
@Component
public class DrawCityHouseholdSampleDelegate implements JavaDelegate {

  static final String CITY_PROCESS_KEY = "cityHouseholdSpotCheck";

  private final SpotCheckRecords records;
  private final SpotCheckRegister checks;
  private final JurisdictionRepository jurisdictions;
  private final ExitPolicy policy;
  private final SecureRandom seeds = new SecureRandom();

  public DrawCityHouseholdSampleDelegate(SpotCheckRecords records, SpotCheckRegister checks,
      JurisdictionRepository jurisdictions, ExitPolicy policy) {
    this.records = records;
    this.checks = checks;
    this.jurisdictions = jurisdictions;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cityCode = CaseVariables.text(execution, VillageSpotCheckVariables.CITY_CODE, "设区市行政区划代码");
    int year = CaseVariables.integer(execution, EXIT_YEAR, "抽查年度");
    Place city = JurisdictionGuard.findWithin(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication(),
        jurisdictions.cities().stream().filter(place -> place.code().equals(cityCode)).findFirst(), Place::code,
        Set.of(OfficialRole.LEADING_GROUP), "您的辖区内没有代码为 " + cityCode + " 的设区市");
    BigDecimal minimum = policy.sampling().countyHouseholdRate();
    BigDecimal rate = execution.getVariable(SAMPLE_RATE) == null ? minimum : CaseVariables.decimal(execution, SAMPLE_RATE, "抽查比例");
    if (rate.compareTo(minimum) < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new CaseRefusedException("抽查比例不得低于" + minimum.movePointRight(2).stripTrailingZeros().toPlainString() + "%，也不得高于100%");
    }
    List<ReviewRows.Row> exits = records.exitsOfCity(cityCode, year);
    if (exits.isEmpty()) {
      throw new CaseRefusedException(city.name() + year + "年度没有已脱贫的退出户可抽查");
    }
    // the seed is the system's own, never a client's: nobody can choose or foresee the sample
    long seed = seeds.nextLong();
    List<String> drawn = StratifiedSample.draw(SpotCheckRecords.byVillage(exits), rate, seed);
    OneCasePerKey.claim(execution, CITY_PROCESS_KEY, cityCode + "-" + year + "-spotcheck-city",
        city.name() + year + "年度的市级退出户抽查已经开展，不能重复抽查");
    execution.setVariable(EXIT_YEAR, year);
    execution.setVariable(SAMPLE_RATE, rate.toPlainString());
    execution.setVariable(SEED, seed);
    execution.setVariable("cityName", city.name());
    execution.setVariable("provinceCode", city.parentCode());
    execution.setVariable(CHECKER_GROUP, OfficialGroup.idOf(AdministrativeLevel.CITY, cityCode, OfficialRole.LEADING_GROUP));
    execution.setVariable(CHECK_NAME, "市级抽查");
    ReviewRows.write(execution, EXITS, exits);
    List<ReviewRows.Row> sample = exits.stream().filter(row -> drawn.contains(row.householdId())).toList();
    ReviewRows.write(execution, SAMPLE, sample);
    checks.open(execution, SpotCheckKind.CITY_HOUSEHOLD, "市级抽查", cityCode, year, seed, rate, exits.size(),
        sample.stream().map(ReviewRows.Row::householdId).toList());
  }
}
