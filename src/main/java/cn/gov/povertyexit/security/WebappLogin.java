package cn.gov.povertyexit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The official logged into Camunda's webapps in this browser session: the application's own pages use the same
 * login as Tasklist, and see the official with the groups and tenants the engine applies to them. Scripts that have
 * no session send the REST API's HTTP Basic login instead.
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

  /** The session's official, or else the official of a valid HTTP Basic login. */
  public static Optional<Authentication> of(HttpServletRequest request, IdentityService identityService) {
    Optional<Authentication> session = of(request);
    if (session.isPresent()) {
      return session;
    }
    return basicLogin(request.getHeader("Authorization")).filter(login -> identityService.checkPassword(login[0], login[1]))
        .map(login -> new Authentication(login[0],
            identityService.createGroupQuery().groupMember(login[0]).list().stream().map(Group::getId).toList(),
            identityService.createTenantQuery().userMember(login[0]).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList()));
  }

  /** Whether the request came with HTTP Basic rather than a browser session (no form, so no CSRF token to check). */
  public static boolean isBasicLogin(HttpServletRequest request) {
    return of(request).isEmpty() && basicLogin(request.getHeader("Authorization")).isPresent();
  }

  private static Optional<String[]> basicLogin(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)})
          : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
