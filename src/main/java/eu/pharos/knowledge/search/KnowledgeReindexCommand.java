package eu.pharos.knowledge.search;

import eu.pharos.shared.command.PharosCommand;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code command:knowledge-reindex}: makes the search of the Centres of Excellence anew. Every
 * {@link SearchSource} describes its content again into {@code knowledge_search_entry} (rows of
 * content that is gone, or of a kind no source describes any more, are deleted); then the index is
 * emptied and every row indexed, with progress lines as it goes.
 *
 * <p>Exit codes: 0 done, 1 failed (the message says where), 2 unknown arguments.
 */
@Component
class KnowledgeReindexCommand implements PharosCommand {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeReindexCommand.class);

  private final KnowledgeReindex reindex;

  KnowledgeReindexCommand(KnowledgeReindex reindex) {
    this.reindex = reindex;
  }

  @Override
  public String name() {
    return "knowledge-reindex";
  }

  @Override
  public String description() {
    return "describe every centre's content again and rebuild the knowledge search index";
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    if (!arguments.isEmpty()) {
      out.println("Unknown argument: " + arguments.get(0));
      out.println("Usage: command:" + name());
      return 2;
    }
    try {
      KnowledgeReindex.Outcome outcome = reindex.rebuild(out);
      out.printf(
          "Done: %d entries described, %d deleted, %d indexed.%n",
          outcome.described(), outcome.deleted(), outcome.indexed());
      return 0;
    } catch (RuntimeException failed) {
      log.error("Rebuilding the knowledge index failed", failed);
      out.println("FAILED: " + failed.getMessage());
      return 1;
    }
  }
}
