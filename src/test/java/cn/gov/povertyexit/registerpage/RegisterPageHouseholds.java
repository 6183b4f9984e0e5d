package cn.gov.povertyexit.registerpage;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.household.DibaoStatus;
import cn.gov.povertyexit.household.HouseholdFacts;
import cn.gov.povertyexit.household.HousingRating;
import cn.gov.povertyexit.registerdata.VerifiedFacts;
import cn.gov.povertyexit.registry.ChangeContext;
import cn.gov.povertyexit.registry.HouseholdStatus;
import cn.gov.povertyexit.registry.StatusRegister;
import cn.gov.povertyexit.registry.SubjectType;
import cn.gov.povertyexit.support.RestApi;
import cn.gov.povertyexit.support.TestHouseholds;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register page tests' own households: 60 in 东岭村 (0501–0560), so that the village has a second page, and one
 * of them (0501) with a 2019 exit case started by its township and a verified fact written back in that case — a
 * trail with a status change and a data change of one case; the last two (0559, 0560) exited in 2017. The other
 * tests' households are only read.
 */
final class RegisterPageHouseholds {

  static final String VILLAGE = "360424100201";
  static final int FIRST = 501;
  static final int COUNT = 60;
  static final int CASE_YEAR = 2019;
  static final int EXIT_YEAR = 2017;
  static final String TOWNSHIP_GOVERNMENT = "township-360424100-government";

  private static String caseId;

  private RegisterPageHouseholds() {}

  static String household(int number) {
    return TestHouseholds.id(VILLAGE, number);
  }

  static String withCase() {
    return household(FIRST);
  }

  static List<String> exited() {
    return List.of(household(FIRST + COUNT - 2), household(FIRST + COUNT - 1));
  }

  /** @return the case of household 0501 */
  static synchronized String ensure(JdbcClient jdbc, Function<String, RestApi> restAs, VerifiedFacts verifiedFacts,
      StatusRegister register) {
    if (caseId != null) {
      return caseId;
    }
    TestHouseholds.ensure(jdbc, VILLAGE, FIRST, COUNT);
    RestApi.Response started = restAs.apply(TOWNSHIP_GOVERNMENT).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(withCase()), "exitYear", integer(CASE_YEAR))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    caseId = started.json().get("id").asText();
    // what the township's own home verification writes when it finds the house rated B
    verifiedFacts.record(withCase(), CASE_YEAR, new HouseholdFacts(2, new BigDecimal("9000"), new BigDecimal("2000"),
            new BigDecimal("500"), BigDecimal.ZERO, new BigDecimal("800"), DibaoStatus.NONE, true, 0, 0, 0,
            HousingRating.B, true), TOWNSHIP_GOVERNMENT, caseId, "乡镇单独入户核实");
    for (String id : exited()) {
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.PRE_EXIT,
          new ChangeContext("county-360424-office", null, EXIT_YEAR + "年度预退出（测试准备）"));
      register.changeStatus(SubjectType.HOUSEHOLD, id, HouseholdStatus.EXITED,
          new ChangeContext("county-360424-government", null, EXIT_YEAR + "年度脱贫退出（测试准备）"));
      jdbc.sql("update household set exit_year = ? where id = ?").params(EXIT_YEAR, id).update();
    }
    return caseId;
  }
}
