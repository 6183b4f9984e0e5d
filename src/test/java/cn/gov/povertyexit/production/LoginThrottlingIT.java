package cn.gov.povertyexit.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.povertyexit.support.PostgresApplicationTest;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wrong passwords slow an account's logins down for a while; they never lock it for good. */
class LoginThrottlingIT extends PostgresApplicationTest {

  static final String USER = "throttle-probe";
  static final String PASSWORD = "throttle-probe-password";

  @Autowired IdentityService identityService;
  @Autowired AdministratorRecovery administratorRecovery;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void createOfficial() {
    User user = identityService.newUser(USER);
    user.setFirstName("测试");
    user.setLastName("限速");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  @AfterEach
  void deleteOfficial() {
    identityService.deleteUser(USER);
  }

  @Test
  void shouldDelayLoginsAfterTenWrongPasswordsAndAcceptTheRightOneAfterTheDelay() {
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(restAs(USER, "wrong-" + attempt).get("/task").status()).isEqualTo(401);
    }
    assertThat(restAs(USER, PASSWORD).get("/task").status()).as("the right password, during the delay").isEqualTo(401);

    await("the right password after the delay").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(2))
        .until(() -> restAs(USER, PASSWORD).get("/task").status() == 200);
    assertThat(webapp().login("tasklist", USER, PASSWORD)).as("the webapps' login too").isIn(200, 403);
    assertThat(identityService.createUserQuery().userId(USER).singleResult()).isNotNull();
  }

  @Test
  void shouldNeverLockAnAccountForGood() {
    // fifty wrong passwords counted already: Camunda's default would lock the account for good after ten
    jdbc.sql("update act_id_user set attempts_ = 50 where id_ = ?").param(USER).update();
    assertThat(restAs(USER, "wrong").get("/task").status()).isEqualTo(401);

    await("the right password after the longest delay").atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(2))
        .until(() -> restAs(USER, PASSWORD).get("/task").status() == 200);
  }

  @Test
  void shouldLiftTheAdministratorsDelayAtStartUp() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(restAs("admin", "wrong-" + attempt).get("/task").status()).isEqualTo(401);
    }
    assertThat(restAs("admin", ADMIN_PASSWORD).get("/task").status()).as("during the delay").isEqualTo(401);

    administratorRecovery.unlockAdministrator();

    assertThat(restAs("admin", ADMIN_PASSWORD).get("/task").status()).isEqualTo(200);
  }
}
