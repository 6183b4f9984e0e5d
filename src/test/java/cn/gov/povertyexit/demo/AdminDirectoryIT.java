package cn.gov.povertyexit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.ChineseBrowser;
import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo officials as Camunda Admin shows them: each person by a real name alone, the unit as the group, the
 * groups' types in Chinese — not "王伟 修水县义宁镇东岭村村两委" or "camunda BPM Administrators".
 */
class AdminDirectoryIT extends PostgresApplicationTest {

  private static final String CHINESE = ".*\\p{IsHan}.*";
  private static final String COMMITTEE = "village-360424100201-committee";

  @Test
  void shouldShowOfficialsByNameWithTheirUnitAsGroupAndChineseGroupTypes() {
    RestApi admin = restAs("admin", ADMIN_PASSWORD);

    // when
    JsonNode members = admin.get("/user?memberOfGroup=" + COMMITTEE).json();
    JsonNode committee = admin.get("/group/" + COMMITTEE).json();
    JsonNode administrators = admin.get("/group/camunda-admin").json();
    JsonNode groups = admin.get("/group?maxResults=500").json();

    // then
    assertThat(members).isNotEmpty();
    for (JsonNode member : members) {
      assertThat(member.get("firstName").asText()).matches("\\p{IsHan}{2,3}");
      assertThat(member.get("lastName").asText("")).doesNotContain("村", "镇", "县", "两委");
    }
    assertThat(committee.get("name").asText()).isEqualTo("修水县义宁镇东岭村村两委");
    assertThat(committee.get("type").asText()).isEqualTo("村级");
    assertThat(administrators.get("name").asText()).isEqualTo("系统管理员");
    assertThat(groups).filteredOn(group -> group.get("id").asText()
            .matches("(village|township|county|city|province|national)-\\d+-\\w+")).isNotEmpty().allSatisfy(group -> {
      assertThat(group.get("name").asText()).as(group.get("id").asText()).matches(CHINESE);
      assertThat(group.get("type").asText()).as(group.get("id").asText()).matches(CHINESE);
    });
  }

  @Test
  void shouldListTheCommitteesMemberInAdminByNameAlone() {
    String name = restAs("admin", ADMIN_PASSWORD).get("/user?id=" + COMMITTEE).json().get(0).get("firstName").asText();

    try (ChineseBrowser browser = new ChineseBrowser(port)) {
      // when: the administrator opens the committee's group in Admin
      browser.logIntoTasklist("admin", ADMIN_PASSWORD);
      browser.driver().get("http://localhost:" + port + "/camunda/app/admin/default/#/groups/" + COMMITTEE + "?tab=users");
      browser.waitForText(By.cssSelector("body"), name);
      browser.screenshot("admin-group-members");
      String page = browser.pageText();

      // then
      assertThat(page).contains("修水县义宁镇东岭村村两委", name).doesNotContain(name + " 修水县");
    }
  }
}
