package cn.gov.povertyexit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The jar built by {@code mvn package}, started with {@code java -jar} under the postgres profile as its own
 * process, on a database of the embedded PostgreSQL server: the artifact an operator deploys, not the test
 * class path. Its output goes to {@code target/<name>.log}.
 */
public final class PackagedApplication implements AutoCloseable {

  public static final String DEMO_PASSWORD = "demo";

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private PackagedApplication(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** Starts the jar on the database with these environment variables added to the database's. */
  public static PackagedApplication start(String name, String database, Map<String, String> settings) {
    Path jar = Path.of(System.getProperty("packagedJar", "target/poverty-exit-1.0.0-SNAPSHOT.jar"));
    assertThat(jar).as("the jar built by mvn package").exists();
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar.toString(), "--spring.profiles.active=postgres");
    Map<String, String> environment = builder.environment();
    Map<String, String> all = new HashMap<>();
    all.put("PORT", String.valueOf(port));
    all.put("POVERTY_EXIT_DB_HOST", "localhost");
    all.put("POVERTY_EXIT_DB_PORT", String.valueOf(EmbeddedPostgresDatabase.server().getPort()));
    all.put("POVERTY_EXIT_DB_NAME", database);
    all.put("POVERTY_EXIT_DB_USER", "postgres");
    all.put("POVERTY_EXIT_DB_PASSWORD", "postgres");
    all.putAll(settings);
    environment.putAll(all);
    Path log = Path.of("target", name + ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      return new PackagedApplication(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until health answers UP; fails at once if the process ends first. */
  public PackagedApplication awaitUp(Duration atMost) {
    await(name + " to report UP (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofSeconds(1))
        .failFast(name + " stopped (log: " + log + ")", () -> !process.isAlive())
        .until(() -> healthStatus() == 200);
    return this;
  }

  /** Waits until the process ends by itself and returns its exit code. */
  public int awaitExit(Duration atMost) {
    await(name + " to stop by itself (log: " + log + ")").atMost(atMost).pollInterval(Duration.ofMillis(500))
        .until(() -> !process.isAlive());
    return process.exitValue();
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public RestApi restAs(String userId, String password) {
    return new RestApi(baseUrl(), userId, password);
  }

  public HttpResponse<String> get(String path) throws IOException {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private int healthStatus() {
    try {
      return get("/actuator/health").statusCode();
    } catch (IOException notYetListening) {
      return -1;
    }
  }

  /** Stops the node as an operator does (SIGTERM, graceful shutdown). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
