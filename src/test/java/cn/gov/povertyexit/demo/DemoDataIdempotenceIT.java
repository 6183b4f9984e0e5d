package cn.gov.povertyexit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.PovertyExitApplication;
import cn.gov.povertyexit.support.ProjectModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-setup default: the embedded H2 file database. Starts the application twice on the same files, as
 * a newcomer would, and checks that the second start deploys nothing new and adds no data.
 */
class DemoDataIdempotenceIT {

  @Test
  void shouldStartOnTheEmbeddedDatabaseAndAddNothingOnASecondStart() throws Exception {
    Path dataDirectory = Files.createTempDirectory("poverty-exit-h2");
    String url = "jdbc:h2:file:" + dataDirectory.resolve("poverty-exit") + ";DB_CLOSE_ON_EXIT=FALSE";

    Map<String, Long> afterFirstStart;
    try (ConfigurableApplicationContext first = start(url)) {
      afterFirstStart = counts(first);
      ProjectModels.assertAllDeployedWithResolvableForms(first.getBean(RepositoryService.class));
      assertThat(first.getBean(JdbcClient.class).sql("select count(*) from province").query(Long.class).single()).isEqualTo(1);
    }
    Map<String, Long> afterSecondStart;
    try (ConfigurableApplicationContext second = start(url)) {
      afterSecondStart = counts(second);
    }

    assertThat(afterFirstStart.get("households")).isEqualTo(184);
    // one official per demo group (39, the two counties' sector departments included) and admin
    assertThat(afterFirstStart.get("users")).isEqualTo(40);
    assertThat(afterSecondStart).isEqualTo(afterFirstStart);
  }

  private static ConfigurableApplicationContext start(String url) {
    // as command-line arguments, which outrank application.yaml (default properties would not)
    return new SpringApplicationBuilder(PovertyExitApplication.class)
        .run("--spring.datasource.url=" + url, "--server.port=0", "--poverty-exit.demo.enabled=true",
            // no second set of Camunda webapps in this JVM: they would take over the webapps' static state that the
            // PostgreSQL context's Tasklist relies on, and leave it pointing to this engine once it closes
            "--camunda.bpm.webapp.enabled=false",
            // engines register by name JVM-wide: keep clear of the "default" engine other tests' webapps use
            "--camunda.bpm.process-engine-name=idempotenceCheck",
            // process applications too: the PostgreSQL context's is "poverty-exit"
            "--camunda.bpm.generate-unique-process-application-name=true");
  }

  private static Map<String, Long> counts(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : new String[] {"province", "city", "county", "township", "village", "household",
        "household_member", "household_income", "dibao_standard", "status_change"}) {
      counts.put(table.equals("household") ? "households" : table,
          jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    counts.put("users", engine.getIdentityService().createUserQuery().count());
    counts.put("groups", engine.getIdentityService().createGroupQuery().count());
    counts.put("tenants", engine.getIdentityService().createTenantQuery().count());
    counts.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
    counts.put("filters", engine.getFilterService().createFilterQuery().count());
    counts.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
    counts.put("process definitions", engine.getRepositoryService().createProcessDefinitionQuery().count());
    return counts;
  }
}
