package cn.gov.povertyexit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.jurisdiction.OfficialDirectory;
import cn.gov.povertyexit.jurisdiction.OfficialGroup;
import cn.gov.povertyexit.jurisdiction.OfficialRole;
import cn.gov.povertyexit.plan.AnnualCaseStartIT;
import cn.gov.povertyexit.support.CountyExitTestCounties;
import cn.gov.povertyexit.support.IdentificationTestCounty;
import cn.gov.povertyexit.support.ImportTestCounty;
import cn.gov.povertyexit.support.OtherProvinceRegister;
import cn.gov.povertyexit.support.PlanTestCounty;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.SpotCheckTestCities;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** Runs the failed login last: after one, the engine delays that user's next attempt by a few seconds. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOfficialsLoginIT extends PostgresApplicationTest {

  @Autowired OfficialDirectory directory;
  @Autowired IdentityService identityService;

  @Test
  void shouldHaveAnOfficialForEveryRoleAtEveryLevelOfTheDemoJurisdiction() {
    List<OfficialGroup> groups = directory.groups();

    assertThat(groups).extracting(OfficialGroup::id).contains(
        "village-360424100201-committee", "village-360424100201-workteam", "township-360424100-government",
        "county-360424-office", "county-360424-sector", "county-360424-leadinggroup", "county-360424-government", "county-360424-supervisor",
        "county-360428-office", "city-360400-leadinggroup", "city-360400-supervisor",
        "province-360000-leadinggroup", "province-360000-government", "province-360000-assessor",
        "province-360000-supervisor", "province-360000-analyst", "national-100000-leadinggroup",
        "national-100000-supervisor");
    // 8 villages x 2 + 4 townships + 2 counties x 5 + city 2 + province 5 + State Council 2 (other tests may add
    // places to the shared register, with their officials: other provinces', a village of 修水县 and the import tests'
    // counties 永修县 and 瑞昌市, the identification tests' 武宁县, the county exit tests' 赣州市, the spot check tests' 吉安市 and 抚州市, the plan tests' 湖口县 and 彭泽县)
    assertThat(groups).filteredOn(group -> (group.id().contains("-36") || group.id().startsWith("national-"))
        && !group.id().contains(OtherProvinceRegister.EXTRA_JIANGXI_VILLAGE)
        && !group.id().contains("-" + ImportTestCounty.COUNTY) && !group.id().contains("-" + ImportTestCounty.LARGE_COUNTY)
        && !group.id().contains("-" + IdentificationTestCounty.COUNTY)
        // 赣州市 and its counties (codes 3607…): the county exit tests' places
        && !group.id().contains("-" + CountyExitTestCounties.GANZHOU.substring(0, 4))
        // 吉安市 and 抚州市 (3608…, 3610…): the spot check tests' places
        && !group.id().contains("-" + SpotCheckTestCities.JIAN.substring(0, 4))
        && !group.id().contains("-" + SpotCheckTestCities.FUZHOU.substring(0, 4))
        // 湖口县 and 彭泽县: the plan tests' and the annual bulk start's counties
        && !group.id().contains("-" + PlanTestCounty.COUNTY) && !group.id().contains("-" + AnnualCaseStartIT.COUNTY))
        .hasSize(39);
    for (OfficialGroup group : groups) {
      assertThat(identityService.createUserQuery().memberOfGroup(group.id()).count()).as(group.id()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void shouldLetEveryDemoOfficialLogIntoTheirApplication() {
    for (OfficialGroup group : directory.groups()) {
      String app = group.role().kind() == OfficialRole.Kind.TASKS ? "tasklist" : "cockpit";
      assertThat(webapp().login(app, group.id(), DEMO_PASSWORD)).as(group.id() + " → " + app).isEqualTo(200);
    }
    assertThat(webapp().login("admin", "admin", ADMIN_PASSWORD)).isEqualTo(200);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void shouldRefuseWrongPasswordsAndApplicationsOutsideTheRole() {
    assertThat(webapp().login("tasklist", "village-360428101202-workteam", "wrong")).isEqualTo(401);
    assertThat(webapp().login("cockpit", "village-360424100201-committee", DEMO_PASSWORD)).isEqualTo(403);
    assertThat(webapp().login("admin", "county-360424-supervisor", DEMO_PASSWORD)).isEqualTo(403);
  }
}
