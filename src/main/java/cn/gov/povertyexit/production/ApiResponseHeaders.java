package cn.gov.povertyexit.production;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the API answers (REST, the webapps' API, actuator): no content sniffing, never framed, no
 * referrer, never cached (answers carry officials' case data). The webapps' pages have Camunda's own headers.
 */
class ApiResponseHeaders extends OncePerRequestFilter {

  private static final String CACHE_CONTROL = "Cache-Control";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(CACHE_CONTROL, "no-store");
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      // Camunda's own filters would weaken it to no-cache
      @Override
      public void setHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
