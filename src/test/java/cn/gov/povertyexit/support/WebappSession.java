package cn.gov.povertyexit.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Logs into a Camunda webapp as the login page does: session cookie, CSRF token, form post. */
public class WebappSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String baseUrl;
  private String token;

  public WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Calls the webapps' own engine API ({@code /camunda/api/engine/engine/default…}) as Tasklist does after login. */
  public RestApi.Response postToEngine(String path, String json) {
    try {
      // the login starts a new session; its CSRF token comes with the next answer, as Tasklist's first GET gets it
      client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String token = cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((a, b) -> b)
          .orElse("");
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default" + path))
              .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new RestApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return the HTTP status of the login: 200 when the user may use that app, 401/403 otherwise */
  public int login(String app, String userId, String password) {
    try {
      client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      token = cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
          .orElseThrow(() -> new IllegalStateException("the webapp set no XSRF-TOKEN cookie"));
      String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The status of "who is logged in" on a node, sending this session's cookies: 200 where the session lives, 404
   * where the node does not know it.
   */
  public int authenticationStatusOn(String nodeBaseUrl) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(nodeBaseUrl + "/camunda/api/admin/auth/user/default")).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The login starts a new session, whose CSRF token comes with the session's first request, as in Tasklist. */
  private String currentToken() throws IOException, InterruptedException {
    client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((first, last) -> last)
        .orElse(token);
  }

  /** After {@link #login}: the webapps' engine API as Tasklist calls it ({@code /camunda/api/engine/engine/default}). */
  public RestApi.Response engineApiPost(String path, Object body) {
    try {
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default" + path))
              .header("Content-Type", "application/json")
              .header("X-XSRF-TOKEN", currentToken())
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      return new RestApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One of the application's own pages ({@code /notices…}), with this session's login if there is one. */
  public RestApi.Response page(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  /** A form of the application's own pages posted with this session's cookie (and nothing else). */
  public RestApi.Response postForm(String path, String form) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private RestApi.Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new RestApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
