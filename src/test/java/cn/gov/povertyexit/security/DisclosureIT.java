package cn.gov.povertyexit.security;

import static cn.gov.povertyexit.security.SecurityTestRegister.DUCHANG_TOWNSHIP_NAME;
import static cn.gov.povertyexit.security.SecurityTestRegister.DUCHANG_VILLAGE;
import static cn.gov.povertyexit.security.SecurityTestRegister.DUCHANG_VILLAGE_NAME;
import static cn.gov.povertyexit.security.SecurityTestRegister.EXIT_YEAR_OF_CHECKS;
import static cn.gov.povertyexit.security.SecurityTestRegister.duchangHousehold;
import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.RestApi;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A refusal tells an official nothing about places outside their jurisdiction: for a 都昌县 household, a 修水县 official
 * gets the answer a household id that does not exist gets, with no name or code of 都昌县's places in it.
 */
class DisclosureIT extends CaseIntegrityTest {

  /** A household id of 青山村's form that the register does not hold. */
  private static final String NO_SUCH_HOUSEHOLD = DUCHANG_VILLAGE + "0999";

  @Test
  @DisplayName("修水县经办人为都昌县农户启动退出：答复与不存在的户编号相同，不透露都昌县的村、乡镇和代码")
  void shouldAnswerAStartForAnotherCountysHouseholdAsForAnUnknownOne() {
    String household = duchangHousehold(3);
    RegisterEntry before = household(household);

    assertSameRefusalAsForAnUnknownHousehold(id -> restAs(XIUSHUI_OFFICE).post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(id), "exitYear", integer(YEAR)))), household);
    assertThat(household(household)).isEqualTo(before);
  }

  @Test
  @DisplayName("修水县乡镇为都昌县农户登记异议：答复与不存在的户编号相同")
  void shouldAnswerAnObjectionForAnotherCountysHouseholdAsForAnUnknownOne() {
    assertSameRefusalAsForAnUnknownHousehold(id -> restAs("township-360424101-government").post(
        "/process-definition/key/objectionRegistration/start", Map.of("variables", Map.of("householdId", string(id),
            "exitYear", integer(YEAR), "objectorName", string("村民丁"), "objectionContent", string("不符合退出条件")))),
        duchangHousehold(3));
  }

  @Test
  @DisplayName("修水县扶贫办抽查都昌县：答复与不存在的县代码相同，不透露都昌县的名称")
  void shouldAnswerASpotCheckOfAnotherCountyAsForAnUnknownCounty() {
    RestApi office = restAs(XIUSHUI_OFFICE);
    Function<String, RestApi.Response> check = county -> office.post("/process-definition/key/countyHouseholdSpotCheck/start",
        Map.of("variables", Map.of("countyCode", string(county), "exitYear", integer(EXIT_YEAR_OF_CHECKS))));

    RestApi.Response other = check.apply("360428");
    RestApi.Response unknown = check.apply("360499");
    deleteIfStarted(other);

    assertThat(other.status()).as(other.body()).isEqualTo(unknown.status()).isIn(400, 403, 404);
    String otherMessage = assertRefused(other, other.status()).replace("360428", "<县>");
    String unknownMessage = assertRefused(unknown, unknown.status()).replace("360499", "<县>");
    assertThat(otherMessage).isEqualTo(unknownMessage).doesNotContain("都昌");
  }

  private void assertSameRefusalAsForAnUnknownHousehold(Function<String, RestApi.Response> call, String household) {
    RestApi.Response forOtherCounty = call.apply(household);
    RestApi.Response forUnknown = call.apply(NO_SUCH_HOUSEHOLD);
    deleteIfStarted(forOtherCounty);

    assertThat(forOtherCounty.status()).as(forOtherCounty.body()).isEqualTo(forUnknown.status()).isIn(400, 403, 404);
    String otherMessage = assertRefused(forOtherCounty, forOtherCounty.status()).replace(household, "<户编号>");
    String unknownMessage = assertRefused(forUnknown, forUnknown.status()).replace(NO_SUCH_HOUSEHOLD, "<户编号>");
    assertThat(otherMessage).as("the refusal for a household of 都昌县").isEqualTo(unknownMessage)
        .doesNotContain(DUCHANG_VILLAGE_NAME, DUCHANG_TOWNSHIP_NAME, "都昌", DUCHANG_VILLAGE, DUCHANG_VILLAGE.substring(0, 9));
  }
}
