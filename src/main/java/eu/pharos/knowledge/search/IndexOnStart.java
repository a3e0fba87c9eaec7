package eu.pharos.knowledge.search;

import eu.pharos.shared.command.CommandRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A node that starts with an empty index while the database holds search entries (a new node, a
 * deleted index directory, an index kept in memory) indexes them once, in the background, logging
 * its progress; searches find more as it goes. Commands do not.
 */
@Component
class IndexOnStart {

  private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);

  private final KnowledgeReindex reindex;

  IndexOnStart(KnowledgeReindex reindex) {
    this.reindex = reindex;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (CommandRunner.isCommand(event.getArgs())) {
      return;
    }
    Thread thread = new Thread(this::indexIfEmpty, "knowledge-index-on-start");
    thread.setDaemon(true);
    thread.start();
  }

  void indexIfEmpty() {
    try {
      if (!reindex.indexEmptyButRows()) {
        return;
      }
      log.info("The knowledge search index is empty: indexing the search entries once.");
      reindex.indexAll(new PrintStream(new LogLines(), true, StandardCharsets.UTF_8), false);
    } catch (RuntimeException failed) {
      log.error(
          "Indexing the knowledge search entries at start failed; run command:knowledge-reindex",
          failed);
    }
  }

  /** Each line written becomes a log line. */
  private static final class LogLines extends ByteArrayOutputStream {

    @Override
    public synchronized void flush() {
      String text = toString(StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      if (end < 0) {
        return;
      }
      for (String line : text.substring(0, end).split("\n")) {
        if (!line.isBlank()) {
          log.info(line);
        }
      }
      reset();
      byte[] rest = text.substring(end + 1).getBytes(StandardCharsets.UTF_8);
      write(rest, 0, rest.length);
    }
  }
}
