package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application, with the webapps and the REST API on a random port, on real PostgreSQL with the demo
 * jurisdiction: as a production installation runs, with the demo switched on. Subclasses share one context. The
 * flows their cases take count towards the models' coverage, as those of the process tests do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(ProcessEngineTest.CoverageRecording.class)
public abstract class PostgresApplicationTest {

  public static final String DEMO_PASSWORD = "demo";
  /** Not a default: the postgres profile refuses to start with one. */
  public static final String ADMIN_PASSWORD = "postgres-tests-admin";

  @LocalServerPort
  protected int port;

  @Autowired
  private JdbcClient planFixture;

  /** The register's counties have approved exit plans listing what the tests start cases for (see {@link TestPlans}). */
  @BeforeEach
  void planTheRegister() {
    TestPlans.planEverything(planFixture);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("POVERTY_EXIT_DB_HOST", () -> "localhost");
    registry.add("POVERTY_EXIT_DB_PORT", () -> EmbeddedPostgresDatabase.server().getPort());
    registry.add("POVERTY_EXIT_DB_NAME", () -> EmbeddedPostgresDatabase.DATABASE);
    registry.add("POVERTY_EXIT_DB_USER", () -> "postgres");
    registry.add("POVERTY_EXIT_DB_PASSWORD", () -> "postgres");
    registry.add("POVERTY_EXIT_DEMO", () -> "true");
    registry.add("POVERTY_EXIT_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
  }

  protected RestApi restAs(String userId) {
    return restAs(userId, DEMO_PASSWORD);
  }

  protected RestApi restAs(String userId, String password) {
    return new RestApi("http://localhost:" + port, userId, password);
  }

  protected RestApi anonymousRest() {
    return new RestApi("http://localhost:" + port, null, null);
  }

  /** The official sees exactly one task of the instance (waiting for the job executor if need be) and completes it. */
  protected void completeOnlyTask(RestApi official, String processInstanceId, Map<String, Object> variables) {
    JsonNode tasks = waitForTasks(official, processInstanceId);
    assertThat(tasks).as("tasks of " + processInstanceId).hasSize(1);
    RestApi.Response completed = official.post("/task/" + tasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
  }

  protected JsonNode waitForTasks(RestApi official, String processInstanceId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode tasks = official.get("/task?processInstanceId=" + processInstanceId).json();
    while (tasks.size() == 0 && Instant.now().isBefore(deadline)) {
      pause(250);
      tasks = official.get("/task?processInstanceId=" + processInstanceId).json();
    }
    return tasks;
  }

  protected static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@code camundaFormRef.key} of the task, as the official reads it over REST: which form Tasklist shows. */
  protected String formKeyOfTask(String official, String taskId) {
    RestApi.Response task = restAs(official).get("/task/" + taskId);
    assertThat(task.status()).as(task.body()).isEqualTo(200);
    return task.json().path("camundaFormRef").path("key").asText();
  }

  /** The start form's {@code camundaFormRef.key} of the process's latest version, as the official reads it. */
  protected String startFormKey(String official, String processKey) {
    RestApi.Response form = restAs(official).get("/process-definition/key/" + processKey + "/startForm");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    return form.json().path("camundaFormRef").path("key").asText();
  }

  /** One of the application's own pages (公示栏, 建档立卡查询…) as the official's browser gets it, with the Basic login. */
  protected RestApi.Response pageAs(String userId, String path) {
    return pageWithAuthorization("Basic " + java.util.Base64.getEncoder().encodeToString(
        (userId + ":" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)), path);
  }

  protected RestApi.Response pageWithAuthorization(String authorization, String path) {
    try {
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
              .header("Authorization", authorization).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      return new RestApi.Response(response.statusCode(), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected WebappSession webapp() {
    return new WebappSession("http://localhost:" + port);
  }
}
