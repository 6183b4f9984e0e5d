package cn.gov.povertyexit.production;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.EmbeddedPostgresDatabase;
import cn.gov.povertyexit.support.PackagedApplication;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged application under the postgres profile (production) refuses to start with unsafe settings, and
 * its log says which variable to set. Each start is a process of its own, as an operator starts it.
 */
class UnsafeSettingsRefusalIT {

  @Test
  void shouldRefuseToStartWithTheDefaultAdminPassword() {
    String database = EmbeddedPostgresDatabase.createDatabase("poverty_exit_default_password");
    try (PackagedApplication node = PackagedApplication.start("refusal-default-password", database,
        Map.of("POVERTY_EXIT_ADMIN_PASSWORD", "demo"))) {

      assertThat(node.awaitExit(Duration.ofMinutes(3))).as("exit code").isNotZero();
      assertThat(node.log()).contains("POVERTY_EXIT_ADMIN_PASSWORD").contains("拒绝启动");
    }
    assertThat(administrators(JdbcClient.create(dataSource(database))))
        .as("no administrator created with the default password").isZero();
  }

  @Test
  void shouldRefuseTheDemoOnARegisterWithRealData() {
    String database = EmbeddedPostgresDatabase.createDatabase("poverty_exit_real_register");
    DataSource dataSource = dataSource(database);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("insert into province (code, name) values ('360000', '江西省')").update();

    try (PackagedApplication node = PackagedApplication.start("refusal-demo-on-real-register", database,
        Map.of("POVERTY_EXIT_ADMIN_PASSWORD", "a-real-admin-password", "POVERTY_EXIT_DEMO", "true"))) {

      assertThat(node.awaitExit(Duration.ofMinutes(3))).as("exit code").isNotZero();
      assertThat(node.log()).contains("POVERTY_EXIT_DEMO=false").contains("拒绝启动");
    }
    assertThat(jdbc.sql("select count(*) from county").query(Integer.class).single())
        .as("no demo county mixed into the real register").isZero();
    assertThat(jdbc.sql("select count(*) from act_id_user where id_ like 'county-%'").query(Integer.class).single())
        .as("no demo officials").isZero();
  }

  /** Administrators in the database; none when the engine stopped before creating its tables. */
  private static int administrators(JdbcClient jdbc) {
    boolean engineTables = jdbc.sql("select count(*) from pg_tables where tablename = 'act_id_user'")
        .query(Integer.class).single() > 0;
    return engineTables ? jdbc.sql("select count(*) from act_id_user").query(Integer.class).single() : 0;
  }

  private static DataSource dataSource(String database) {
    return EmbeddedPostgresDatabase.server().getDatabase("postgres", database);
  }
}
