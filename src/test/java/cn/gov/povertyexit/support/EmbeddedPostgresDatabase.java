package cn.gov.povertyexit.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for the integration tests, started once per test JVM from the binaries on the class
 * path; no server needs to be installed. The application reaches it through the same environment variables a
 * production installation sets.
 */
public final class EmbeddedPostgresDatabase {

  public static final String DATABASE = "poverty_exit";
  private static EmbeddedPostgres server;

  private EmbeddedPostgresDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
          statement.execute("create database " + DATABASE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is ending; the data directory is temporary
        }
      }));
    }
    return server;
  }
}
