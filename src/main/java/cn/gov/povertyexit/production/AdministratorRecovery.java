package cn.gov.povertyexit.production;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The operator's way back in: every start lifts a login delay of the administrator left by wrong passwords, so
 * restarting a node always lets {@code admin} log in again. The administrator lifts other officials' delays in
 * Admin (用户 → 账户 → 解锁).
 */
@Component
class AdministratorRecovery {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorRecovery.class);

  private final IdentityService identityService;
  private final String adminId;

  AdministratorRecovery(IdentityService identityService, @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
    this.identityService = identityService;
    this.adminId = adminId;
  }

  @EventListener(PostDeployEvent.class)
  public void unlockAdministrator() {
    if (identityService.createUserQuery().userId(adminId).count() > 0) {
      identityService.unlockUser(adminId);
      LOG.info("Login delay of {} lifted at start-up", adminId);
    }
  }
}
