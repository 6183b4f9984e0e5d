package cn.gov.povertyexit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST authentication deliberately lets the list of engine names ({@code GET /engine-rest/engine})
 * through without a login; this system answers no anonymous request, so that one path checks the login too.
 */
class EngineListAuthenticationFilter extends OncePerRequestFilter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;

  EngineListAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasValidLogin(request.getHeader("Authorization"))) {
      chain.doFilter(request, response);
    } else {
      response.setHeader("WWW-Authenticate", "Basic realm=\"poverty-exit\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }

  private boolean hasValidLogin(String header) {
    if (header == null || !header.startsWith(BASIC)) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length())), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 && identityService.checkPassword(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
