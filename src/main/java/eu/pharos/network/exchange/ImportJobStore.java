package eu.pharos.network.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs in {@code network_directory_import}. Progress is written by the worker in short
 * transactions of its own, so that any node can show it while the import runs. A job that has not
 * moved for {@code STALE_AFTER} (its node stopped) is shown as failed: its changes were never
 * committed.
 */
@Repository
class ImportJobStore {

  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Clock clock;

  ImportJobStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  UUID create(String format, String fileName, UUID userId, String userName) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.sql(
            """
            insert into network_directory_import
              (id, format, file_name, status, started_by, started_by_name, started_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, format, fileName, ImportStatus.QUEUED.name(), userId, userName, now, now)
        .update();
    return id;
  }

  void progress(UUID id, ImportStatus status, int total, int processed) {
    jdbc.sql(
            """
            update network_directory_import
               set status = ?, total_rows = ?, processed_rows = ?, updated_at = ?
             where id = ?
            """)
        .params(status.name(), total, processed, Timestamp.from(Instant.now(clock)), id)
        .update();
  }

  void finish(
      UUID id,
      ImportStatus status,
      int processed,
      int created,
      int updated,
      List<RowProblem> problems) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.sql(
            """
            update network_directory_import
               set status = ?, processed_rows = ?, created_count = ?, updated_count = ?,
                   problems = ?, updated_at = ?, finished_at = ?
             where id = ?
            """)
        .params(
            status.name(),
            processed,
            created,
            updated,
            problems.isEmpty() ? null : JSON.writeValueAsString(problems),
            now,
            now,
            id)
        .update();
  }

  Optional<ImportJob> find(UUID id) {
    return jdbc.sql("select * from network_directory_import where id = ?")
        .param(id)
        .query(this::job)
        .optional();
  }

  List<ImportJob> recent(int limit) {
    return jdbc.sql("select * from network_directory_import order by started_at desc limit ?")
        .param(limit)
        .query(this::job)
        .list();
  }

  private ImportJob job(ResultSet rs, int row) throws SQLException {
    ImportStatus status = ImportStatus.valueOf(rs.getString("status"));
    Instant updatedAt = rs.getTimestamp("updated_at").toInstant();
    if (!status.finished() && updatedAt.plus(STALE_AFTER).isBefore(Instant.now(clock))) {
      status = ImportStatus.FAILED;
    }
    String problems = rs.getString("problems");
    Timestamp finished = rs.getTimestamp("finished_at");
    return new ImportJob(
        rs.getObject("id", UUID.class),
        rs.getString("format"),
        rs.getString("file_name"),
        status,
        rs.getInt("total_rows"),
        rs.getInt("processed_rows"),
        rs.getInt("created_count"),
        rs.getInt("updated_count"),
        problems == null ? List.of() : JSON.readValue(problems, PROBLEMS),
        rs.getString("started_by_name"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
