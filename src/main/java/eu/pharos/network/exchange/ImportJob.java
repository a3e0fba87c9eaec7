package eu.pharos.network.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One import of the directory as its progress page shows it. */
public record ImportJob(
    UUID id,
    String format,
    String fileName,
    ImportStatus status,
    int totalRows,
    int processedRows,
    int created,
    int updated,
    List<RowProblem> problems,
    String startedByName,
    Instant startedAt,
    Instant finishedAt) {

  /** Percentage of rows read, 0 to 100. */
  public int percent() {
    if (status.finished()) {
      return 100;
    }
    return totalRows == 0 ? 0 : Math.min(100, processedRows * 100 / totalRows);
  }
}
