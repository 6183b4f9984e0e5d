package cn.gov.povertyexit.production;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator endpoints answer everybody, but show details only to a caller that the servlet request knows as a user
 * in one of the configured roles ({@code management.endpoint.health.roles}). Without Spring Security (which would
 * interfere with the webapps' own login), this filter makes an official's HTTP Basic login that user, with the
 * official's groups as roles. A missing or wrong login stays anonymous: health then shows UP or DOWN only.
 */
class ActuatorLogin extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;

  ActuatorLogin(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = checkedLogin(request.getHeader("Authorization"));
    if (userId == null) {
      chain.doFilter(request, response);
      return;
    }
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public Principal getUserPrincipal() {
        return () -> userId;
      }

      @Override
      public String getRemoteUser() {
        return userId;
      }

      @Override
      public boolean isUserInRole(String role) {
        return groups.contains(role);
      }
    }, response);
  }

  private String checkedLogin(String header) {
    if (header == null || !header.startsWith(BASIC)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length())), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
  }
}
