package cn.gov.povertyexit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.PostgresApplicationTest;
import cn.gov.povertyexit.support.ProjectModels;
import cn.gov.povertyexit.support.RestApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlatformStartupIT extends PostgresApplicationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRunOnPostgresqlWithRegisterAndEngineSchemas() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
    }
    assertThat(jdbc.sql("select success from flyway_schema_history where version = '1'").query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name like 'act_%'").query(Integer.class).single())
        .isGreaterThanOrEqualTo(40);
  }

  @Test
  void shouldDeployEveryModelAndFormTogether() {
    ProjectModels.assertAllDeployedWithResolvableForms(repositoryService);
  }

  @Test
  void shouldShowHealthAnonymouslyAsUpOnlyAndItsDetailsToTheAdministrator() throws Exception {
    HttpResponse<String> anonymous = health(null);
    JsonNode publicHealth = new ObjectMapper().readTree(anonymous.body());
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(publicHealth.path("status").asText()).isEqualTo("UP");
    assertThat(publicHealth.has("components")).as(anonymous.body()).isFalse();
    assertThat(anonymous.body()).doesNotContain("PostgreSQL", "diskSpace", "path");

    HttpResponse<String> wrongLogin = health(basic("no-such-official", "wrong-password"));
    assertThat(new ObjectMapper().readTree(wrongLogin.body()).has("components")).isFalse();

    HttpResponse<String> administrator = health(basic("admin", ADMIN_PASSWORD));
    JsonNode details = new ObjectMapper().readTree(administrator.body());
    assertThat(details.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
  }

  @Test
  void shouldSendSecurityHeadersWithRestAndActuatorAnswers() throws Exception {
    for (HttpResponse<String> response : List.of(health(null), send("/engine-rest/task", basic("admin", ADMIN_PASSWORD)),
        send("/engine-rest/task", null))) {
      assertThat(response.headers().firstValue("X-Content-Type-Options")).as(response.uri().toString()).contains("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(response.uri().toString()).contains("DENY");
      assertThat(response.headers().firstValue("Content-Security-Policy")).contains("frame-ancestors 'none'");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }
  }

  private HttpResponse<String> health(String authorization) throws Exception {
    return send("/actuator/health", authorization);
  }

  private HttpResponse<String> send(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldRefuseAnonymousAndWrongLoginsOnTheRestApi() {
    RestApi anonymous = anonymousRest();
    assertThat(anonymous.get("/engine").status()).isEqualTo(401);
    assertThat(anonymous.get("/task").status()).isEqualTo(401);
    assertThat(anonymous.get("/process-definition").status()).isEqualTo(401);
    // an unknown login: a wrong password for a real official would delay that official's next logins (engine policy)
    assertThat(restAs("no-such-official", "wrong-password").get("/engine").status()).isEqualTo(401);
    assertThat(restAs("no-such-official", "wrong-password").get("/task").status()).isEqualTo(401);
    assertThat(restAs("admin", ADMIN_PASSWORD).get("/engine").status()).isEqualTo(200);
  }
}
