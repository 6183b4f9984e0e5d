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
import java.sql.Connection;
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
  void shouldReportDatabaseInHealth() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode health = new ObjectMapper().readTree(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("components").path("db").path("details").path("database").asText()).isEqualTo("PostgreSQL");
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
    assertThat(restAs("admin").get("/engine").status()).isEqualTo(200);
  }
}
