package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the status REMOVED (已剔除) to households: a person found not poor when the register is re-checked (001 二 四,
 * (四)1 非贫困人口及时退出) is marked, never deleted. V1 wrote the status check inline, so each database named it
 * itself (PostgreSQL household_status_check, H2 CONSTRAINT_…): it is found by what it checks, replaced by a named one.
 */
public class V10__household_removed_status extends BaseJavaMigration {

  private static final String STATUSES = "'POOR', 'PRE_EXIT', 'EXITED', 'RETURNED', 'REVOKED', 'REMOVED'";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<String> statusChecks = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
            select c.constraint_name, c.check_clause
            from information_schema.check_constraints c
            join information_schema.table_constraints t
              on t.constraint_name = c.constraint_name and t.constraint_schema = c.constraint_schema
            where lower(t.table_name) = 'household' and t.constraint_type = 'CHECK'""");
        ResultSet found = query.executeQuery()) {
      while (found.next()) {
        String clause = found.getString(2);
        if (clause != null && clause.contains("PRE_EXIT") && clause.contains("REVOKED")) {
          statusChecks.add(found.getString(1));
        }
      }
    }
    if (statusChecks.size() != 1) {
      throw new IllegalStateException("expected one status check on table household, found " + statusChecks);
    }
    try (Statement change = connection.createStatement()) {
      change.execute("alter table household drop constraint \"" + statusChecks.get(0) + "\"");
      change.execute("alter table household add constraint household_status_known check (status in (" + STATUSES + "))");
    }
  }
}
