package eu.pharos.platform.keys;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Finds, in the database's own description of itself, every table of any module that holds sealed
 * values: a table with a {@code key_id} column, an {@code id} column, and columns ending in {@code
 * _sealed}, the convention of {@link eu.pharos.platform.PersonalDataCipher}. A table or column
 * added by a later migration, or by a new module, is found without a change here.
 */
@Component
class SealedTables {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** A table and its sealed columns, in the order the database lists them. */
  record SealedTable(String name, List<String> sealedColumns) {}

  private final DataSource dataSource;

  SealedTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  List<SealedTable> find() {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      DatabaseMetaData metadata = connection.getMetaData();
      Map<String, List<String>> columns = new TreeMap<>();
      try (ResultSet rs =
          metadata.getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (!table.startsWith("flyway_")) {
            columns
                .computeIfAbsent(table, t -> new ArrayList<>())
                .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      List<SealedTable> tables = new ArrayList<>();
      columns.forEach(
          (table, names) -> {
            List<String> sealed = names.stream().filter(c -> c.endsWith("_sealed")).toList();
            if (names.contains("key_id") && names.contains("id") && !sealed.isEmpty()) {
              checkName(table);
              sealed.forEach(SealedTables::checkName);
              tables.add(new SealedTable(table, sealed));
            }
          });
      return tables;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database's tables", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Names go into SQL text: only plain lowercase identifiers are taken. */
  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalStateException("unexpected table or column name " + name);
    }
  }
}
