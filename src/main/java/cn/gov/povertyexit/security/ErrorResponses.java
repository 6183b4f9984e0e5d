package cn.gov.povertyexit.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Refusals in the shape Camunda's REST API uses for its own errors ({@code type}, {@code message}), so Tasklist shows them. */
final class ErrorResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponses() {}

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String type = status == 403 ? "AuthorizationException" : "InvalidRequestException";
    response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", type, "message", message)));
  }
}
