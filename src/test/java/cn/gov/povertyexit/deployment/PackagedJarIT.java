package cn.gov.povertyexit.deployment;

import static cn.gov.povertyexit.support.RestValues.integer;
import static cn.gov.povertyexit.support.RestValues.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.povertyexit.support.EmbeddedPostgresDatabase;
import cn.gov.povertyexit.support.PackagedApplication;
import cn.gov.povertyexit.support.ProjectModels;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The artifact that is deployed, not the test class path: the jar built by {@code package} is started with
 * {@code java -jar} as its own process, on a database of its own in the embedded PostgreSQL, as the README starts it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedJarIT {

  static final String ADMIN_PASSWORD = "packaged-jar-admin";
  static final String HOUSEHOLD = "3604241002010001";
  static final String VILLAGE = "360424100201";

  static PackagedApplication application;

  @BeforeAll
  static void startPackagedJar() {
    application = PackagedApplication.start("packaged-jar", EmbeddedPostgresDatabase.createDatabase("poverty_exit_packaged"),
        Map.of("POVERTY_EXIT_ADMIN_PASSWORD", ADMIN_PASSWORD, "POVERTY_EXIT_DEMO", "true"))
        .awaitUp(Duration.ofMinutes(4));
  }

  @AfterAll
  static void stopPackagedJar() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void shouldReportHealthUp() throws Exception {
    HttpResponse<String> health = application.get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(health.body()).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void shouldDeployEveryModelAndFormUnderItsFileName() {
    RestApi admin = application.restAs("admin", ADMIN_PASSWORD);
    RestApi.Response deploymentQuery = admin.get("/deployment?name=poverty-exit");
    assertThat(deploymentQuery.status()).as(deploymentQuery.body()).isEqualTo(200);
    JsonNode deployments = deploymentQuery.json();
    assertThat(deployments).as("deployments named poverty-exit: " + deploymentQuery.body()).hasSize(1);

    List<String> resources = new ArrayList<>();
    admin.get("/deployment/" + deployments.get(0).get("id").asText() + "/resources").json()
        .forEach(resource -> resources.add(resource.get("name").asText()));
    List<String> files = Stream.concat(ProjectModels.files("bpmn", ".bpmn").stream(),
            ProjectModels.files("forms", ".form").stream())
        .map(file -> file.getFileName().toString()).toList();

    assertThat(resources).containsExactlyInAnyOrderElementsOf(files);
    assertThat(admin.get("/process-definition/count?latestVersion=true").json().get("count").asInt())
        .isEqualTo(ProjectModels.files("bpmn", ".bpmn").size());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void shouldAcceptTheAdministratorsPasswordAndRefuseAWrongOne() {
    assertThat(application.restAs("admin", ADMIN_PASSWORD).get("/engine").status()).isEqualTo(200);
    assertThat(application.restAs("admin", "demo").get("/engine").status()).isEqualTo(401);
    assertThat(application.restAs(null, null).get("/task").status()).isEqualTo(401);
  }

  @Test
  void shouldOpenTheYearEndSurveyOfAStartedHouseholdCaseToTheVillageWorkTeam() {
    RestApi office = application.restAs("county-360424-office", "demo");
    RestApi workTeam = application.restAs("village-" + VILLAGE + "-workteam", "demo");

    RestApi.Response started = office.post("/process-definition/key/householdExit/start",
        Map.of("variables", Map.of("householdId", string(HOUSEHOLD), "exitYear", integer(2020))));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseId = started.json().get("id").asText();

    JsonNode tasks = await("the year-end survey").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> workTeam.get("/task?processInstanceId=" + caseId).json(), found -> found.size() == 1);
    assertThat(tasks.get(0).get("name").asText()).isEqualTo("年终摸底调查");
    assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Activity_YearEndSurvey");
  }
}
