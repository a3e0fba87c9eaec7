package eu.pharos.platform.keys;

import eu.pharos.platform.KeyRotationStep;
import eu.pharos.platform.KeysRotated;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.platform.UnreadableValue;
import eu.pharos.platform.keys.SealedTables.SealedTable;
import eu.pharos.shared.command.PharosCommand;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code command:rotate-keys}: seals again, with the current data key, every value of every
 * module's table whose row names another key ({@link SealedTables}), then runs each module's {@link
 * KeyRotationStep} (the helpline's blind indexes, computed with the index key). It works in
 * batches, each in its own transaction, and writes its progress to {@code platform_key_rotation}: a
 * run that was stopped resumes where it was, since rows already done name the current key and are
 * not selected again. Its outcome is published as {@link KeysRotated}, which the audit trail
 * records.
 *
 * <p>Exit codes: 0 when every row names the current keys; 1 when a value does not open (the message
 * names its table, column and row, never the value); 2 for unknown arguments; 3 when {@code
 * --limit} stopped the run before the end.
 */
@Component
class KeyRotationCommand implements PharosCommand {

  static final int DEFAULT_BATCH_SIZE = 500;

  private final SealedTables sealedTables;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final PersonalDataCipher cipher;
  private final List<KeyRotationStep> steps;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  KeyRotationCommand(
      SealedTables sealedTables,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      PersonalDataCipher cipher,
      List<KeyRotationStep> steps,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sealedTables = sealedTables;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.cipher = cipher;
    this.steps = List.copyOf(steps);
    this.events = events;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "rotate-keys";
  }

  @Override
  public String description() {
    return "seal every sealed value of every module again with the current data key and"
        + " recompute the blind indexes with the current index key [--batch-size N] [--limit N]";
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    Options options;
    try {
      options = Options.parse(arguments);
    } catch (IllegalArgumentException bad) {
      out.println(bad.getMessage());
      out.println("Usage: command:" + name() + " [--batch-size N] [--limit N]");
      return 2;
    }
    String dataKey = cipher.currentKeyId();
    String indexKey = cipher.currentIndexKeyId();
    List<SealedTable> tables = sealedTables.find();

    long remaining = 0;
    for (SealedTable table : tables) {
      remaining += staleRows(table.name());
    }
    for (KeyRotationStep step : steps) {
      remaining += step.staleRows();
    }
    Run run = startOrResume(dataKey, remaining, out);
    out.printf(
        "Sealing with data key %s and index key %s: %d rows to do in %d tables.%n",
        dataKey, indexKey, remaining, tables.size());

    Progress progress = new Progress(run, options, out);
    try {
      for (SealedTable table : tables) {
        while (!progress.limitReached()) {
          int done = transactions.execute(status -> reseal(table, progress.nextBatch(), progress));
          if (done == 0) {
            break;
          }
        }
      }
      for (KeyRotationStep step : steps) {
        while (!progress.limitReached()) {
          int done =
              transactions.execute(
                  status -> {
                    int rows = step.rotateBatch(progress.nextBatch());
                    progress.batchDone(step.name(), rows);
                    return rows;
                  });
          if (done == 0) {
            break;
          }
        }
      }
    } catch (UnreadableValue unreadable) {
      out.println(
          "FAILED: the value in "
              + unreadable.where()
              + " does not open (changed, or sealed with a key that is not configured). Nothing"
              + " of its batch was changed; the rows done before stay done.");
      events.publishEvent(
          new KeysRotated(dataKey, indexKey, progress.doneThisRun, unreadable.where()));
      return 1;
    }
    if (progress.limitReached() && anythingLeft(tables)) {
      out.printf(
          "Stopped after %d rows as --limit asked; run the command again to go on.%n",
          progress.doneThisRun);
      return 3;
    }
    transactions.executeWithoutResult(
        status ->
            jdbc.update(
                "update platform_key_rotation set finished_at = ?, rows_total = rows_done"
                    + " where id = ?",
                Timestamp.from(Instant.now(clock)),
                run.id()));
    events.publishEvent(new KeysRotated(dataKey, indexKey, progress.doneThisRun, null));
    out.printf(
        "Done: every row is sealed with %s and indexed with %s (%d rows in this run).%n",
        dataKey, indexKey, progress.doneThisRun);
    return 0;
  }

  private int reseal(SealedTable table, int batchSize, Progress progress) {
    String current = cipher.currentKeyId();
    List<String> columns = table.sealedColumns();
    List<Object[]> rows =
        jdbc.query(
            "select id, "
                + String.join(", ", columns)
                + " from "
                + table.name()
                + " where key_id is null or key_id <> ? order by id limit ? for update",
            (rs, n) -> row(rs, columns),
            current,
            batchSize);
    String assignments =
        String.join(", ", columns.stream().map(c -> c + " = ?").toList()) + ", key_id = ?";
    for (Object[] row : rows) {
      Object id = row[0];
      Object[] values = new Object[columns.size() + 2];
      for (int i = 0; i < columns.size(); i++) {
        String sealed = (String) row[i + 1];
        String context = table.name() + "." + columns.get(i) + ":" + id;
        values[i] =
            sealed == null || current.equals(cipher.keyIdOf(sealed))
                ? sealed
                : cipher.seal(open(sealed, table.name(), columns.get(i), id), context);
      }
      values[columns.size()] = current;
      values[columns.size() + 1] = id;
      jdbc.update("update " + table.name() + " set " + assignments + " where id = ?", values);
    }
    progress.batchDone(table.name(), rows.size());
    return rows.size();
  }

  /** Opens a value in its context, {@code <table>.<column>:<row id>}. */
  private String open(String sealed, String table, String column, Object id) {
    try {
      return cipher.open(sealed, table + "." + column + ":" + id);
    } catch (IllegalStateException unreadable) {
      throw new UnreadableValue(table, column, id);
    }
  }

  private static Object[] row(ResultSet rs, List<String> columns) throws SQLException {
    Object[] row = new Object[columns.size() + 1];
    row[0] = rs.getObject("id");
    for (int i = 0; i < columns.size(); i++) {
      row[i + 1] = rs.getString(columns.get(i));
    }
    return row;
  }

  private long staleRows(String table) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from " + table + " where key_id is null or key_id <> ?",
            Long.class,
            cipher.currentKeyId());
    return count == null ? 0 : count;
  }

  private boolean anythingLeft(List<SealedTable> tables) {
    for (SealedTable table : tables) {
      if (staleRows(table.name()) > 0) {
        return true;
      }
    }
    return steps.stream().anyMatch(step -> step.staleRows() > 0);
  }

  /** The unfinished run towards the same key, or a new one. */
  private Run startOrResume(String dataKey, long remaining, PrintStream out) {
    return transactions.execute(
        status -> {
          List<Run> unfinished =
              jdbc.query(
                  "select id, rows_done from platform_key_rotation"
                      + " where target_key_id = ? and finished_at is null"
                      + " order by started_at desc",
                  (rs, n) -> new Run(rs.getObject("id", UUID.class), rs.getLong("rows_done")),
                  dataKey);
          if (!unfinished.isEmpty()) {
            Run resumed = unfinished.get(0);
            jdbc.update(
                "update platform_key_rotation set rows_total = ? where id = ?",
                resumed.rowsDone() + remaining,
                resumed.id());
            out.printf(
                "Resuming the rotation to %s: %d rows done before.%n", dataKey, resumed.rowsDone());
            return resumed;
          }
          Run started = new Run(UUID.randomUUID(), 0);
          jdbc.update(
              "insert into platform_key_rotation (id, target_key_id, started_at, rows_done,"
                  + " rows_total) values (?, ?, ?, 0, ?)",
              started.id(),
              dataKey,
              Timestamp.from(Instant.now(clock)),
              remaining);
          return started;
        });
  }

  /** A row of {@code platform_key_rotation}. */
  record Run(UUID id, long rowsDone) {}

  /** What has been done, printed after every batch and recorded with it. */
  private final class Progress {

    private final Run run;
    private final Options options;
    private final PrintStream out;
    private long doneThisRun;
    private long done;
    private final long total;

    Progress(Run run, Options options, PrintStream out) {
      this.run = run;
      this.options = options;
      this.out = out;
      this.done = run.rowsDone();
      this.total =
          jdbc.queryForObject(
              "select rows_total from platform_key_rotation where id = ?", Long.class, run.id());
    }

    int nextBatch() {
      long left = options.limit() == null ? Long.MAX_VALUE : options.limit() - doneThisRun;
      return (int) Math.min(options.batchSize(), left);
    }

    boolean limitReached() {
      return options.limit() != null && doneThisRun >= options.limit();
    }

    /** Within the batch's transaction, so that the record and the rows change together. */
    void batchDone(String what, int rows) {
      if (rows == 0) {
        return;
      }
      jdbc.update(
          "update platform_key_rotation set rows_done = rows_done + ? where id = ?",
          rows,
          run.id());
      doneThisRun += rows;
      done += rows;
      out.printf(
          Locale.ROOT,
          "%s: %d rows sealed again; %d / %d rows (%.1f %%)%n",
          what,
          rows,
          done,
          total,
          total == 0 ? 100.0 : 100.0 * done / total);
    }
  }

  /** The command line: {@code --batch-size N} and {@code --limit N}, as two words or with '='. */
  record Options(int batchSize, Long limit) {

    static Options parse(List<String> arguments) {
      int batchSize = DEFAULT_BATCH_SIZE;
      Long limit = null;
      for (int i = 0; i < arguments.size(); i++) {
        String argument = arguments.get(i);
        String name = argument;
        String value = null;
        int equals = argument.indexOf('=');
        if (equals > 0) {
          name = argument.substring(0, equals);
          value = argument.substring(equals + 1);
        } else if (i + 1 < arguments.size()) {
          value = arguments.get(i + 1);
        }
        switch (name) {
          case "--batch-size" -> batchSize = (int) positive(name, value, 100_000);
          case "--limit" -> limit = positive(name, value, Long.MAX_VALUE);
          default -> throw new IllegalArgumentException("Unknown argument: " + argument);
        }
        if (equals < 0) {
          i++;
        }
      }
      return new Options(batchSize, limit);
    }

    private static long positive(String name, String value, long max) {
      try {
        long number = Long.parseLong(value == null ? "" : value.strip());
        if (number < 1 || number > max) {
          throw new NumberFormatException();
        }
        return number;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            name + " takes a whole number from 1 to " + max + ", not " + value);
      }
    }
  }
}
