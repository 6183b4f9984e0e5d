package cn.gov.povertyexit.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application, with the webapps and the REST API on a random port, on real PostgreSQL with the demo
 * jurisdiction: as a production installation runs, with the demo switched on. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class PostgresApplicationTest {

  public static final String DEMO_PASSWORD = "demo";

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("POVERTY_EXIT_DB_HOST", () -> "localhost");
    registry.add("POVERTY_EXIT_DB_PORT", () -> EmbeddedPostgresDatabase.server().getPort());
    registry.add("POVERTY_EXIT_DB_NAME", () -> EmbeddedPostgresDatabase.DATABASE);
    registry.add("POVERTY_EXIT_DB_USER", () -> "postgres");
    registry.add("POVERTY_EXIT_DB_PASSWORD", () -> "postgres");
    registry.add("POVERTY_EXIT_DEMO", () -> "true");
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

  protected WebappSession webapp() {
    return new WebappSession("http://localhost:" + port);
  }
}
