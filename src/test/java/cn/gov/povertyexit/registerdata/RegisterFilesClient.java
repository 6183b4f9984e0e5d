package cn.gov.povertyexit.registerdata;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The import pages as a script calls them, with the REST API's HTTP Basic login of one official. */
final class RegisterFilesClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;
  private final String authorization;

  record Answer(int status, String location, String body, byte[] bytes) {}

  RegisterFilesClient(int port, String userId, String password) {
    this.baseUrl = "http://localhost:" + port;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Uploads a workbook; the answer redirects to the import's page. */
  Answer upload(byte[] file, String fileName, boolean dryRun) {
    String boundary = "----" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "Content-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n");
    part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n");
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/register/imports"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Uploads and waits for the import to finish; returns its figures. */
  JsonNode importAndWait(byte[] file, String fileName, boolean dryRun, Duration atMost) {
    Answer answer = upload(file, fileName, dryRun);
    if (answer.status() != 303 && answer.status() != 302) {
      throw new AssertionError("upload refused with " + answer.status() + ": " + answer.body());
    }
    return waitFor(idOf(answer), atMost);
  }

  JsonNode waitFor(String importId, Duration atMost) {
    JsonNode[] last = {null};
    await().atMost(atMost).pollInterval(Duration.ofMillis(300)).until(() -> {
      last[0] = status(importId);
      String state = last[0].path("state").asText();
      return !state.equals("QUEUED") && !state.equals("RUNNING");
    });
    return last[0];
  }

  JsonNode status(String importId) {
    Answer answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/register/imports/" + importId))
        .header("Accept", "application/json").GET());
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer commit(String importId) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + "/register/imports/" + importId + "/commit"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  static String idOf(Answer redirect) {
    return redirect.location().substring(redirect.location().lastIndexOf('/') + 1);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = client.send(request.header("Authorization", authorization).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void part(ByteArrayOutputStream body, String boundary, String headerAndValue) {
    body.writeBytes(("--" + boundary + "\r\n" + headerAndValue).getBytes(StandardCharsets.UTF_8));
  }
}
