package cn.gov.povertyexit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The official logged into Camunda's webapps in this browser session: the application's own pages use the same
 * login as Tasklist, and see the official with the groups and tenants the engine applies to them.
 */
public final class WebappLogin {

  private static final String ENGINE = "default";

  private WebappLogin() {}

  public static Optional<Authentication> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
    if (logins == null || !(logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    return Optional.of(new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
  }
}
