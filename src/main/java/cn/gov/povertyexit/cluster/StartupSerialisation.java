package cn.gov.povertyexit.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes of one cluster that start at the same moment take their turn on PostgreSQL: the first node to reach the
 * database holds a session-level advisory lock from the moment its data source exists until it is ready, so
 * Flyway's migrations, Camunda's schema creation, the deployment of the models and the start-up setup (demo
 * register, officials, filters) of one node never overlap another's. The next node then finds everything in
 * place and changes nothing. Should a node die while starting, PostgreSQL ends its session and the lock with it.
 *
 * <p>Serialising the whole start-up, rather than creating Camunda's schema from its SQL scripts through Flyway,
 * keeps Camunda's own schema creation and upgrade, and also covers the setup steps, which are idempotent but not
 * safe to run twice at the same time (two nodes creating the same official).
 */
@Component
class StartupSerialisation implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(StartupSerialisation.class);
  /** Any constant shared by the nodes of this system: "povertyx" in ASCII. */
  static final long LOCK_KEY = 0x706f766572747978L;

  private Connection lockConnection;
  private boolean attempted;

  @Override
  public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !attempted) {
      attempted = true;
      lock(dataSource);
    }
    return bean;
  }

  private void lock(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set lock_timeout = '15min'");
      }
      if (!tryLock(connection)) {
        LOG.info("Another node is starting on this database; waiting for it to finish its start-up");
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
          statement.setLong(1, LOCK_KEY);
          statement.execute();
        }
      }
      LOG.info("Start-up lock taken: schema, deployment and setup of this node run alone");
      lockConnection = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("The start-up lock on PostgreSQL could not be taken", e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, LOCK_KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
      release();
    }
  }

  private synchronized void release() {
    if (lockConnection == null) {
      return;
    }
    try (Connection connection = lockConnection;
         PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      statement.setLong(1, LOCK_KEY);
      statement.execute();
      try (Statement reset = connection.createStatement()) {
        reset.execute("reset lock_timeout");
      }
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      LOG.warn("The start-up lock could not be released cleanly; it ends with the connection", e);
    } finally {
      lockConnection = null;
    }
  }
}
