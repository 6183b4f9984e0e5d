package cn.gov.povertyexit.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.SpringApplication;

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
        server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
          statement.execute("create database " + DATABASE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      // Stopped after Spring has closed every application context of the JVM (a JVM shutdown hook of its own
      // would race that close, and the engine would then wait for connections to a stopped server).
      SpringApplication.getShutdownHandlers().add(EmbeddedPostgresDatabase::stop);
    }
    return server;
  }

  /** A further, empty database on the same server, for a test that needs a database of its own. */
  public static synchronized String createDatabase(String name) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  private static void stop() {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is ending; the data directory is temporary
    }
  }
}
