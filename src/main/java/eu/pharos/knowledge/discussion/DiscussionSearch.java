package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.knowledge.search.SearchSource;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Describes every discussion post to search again: one entry per post, titled by its thread. */
@Component
class DiscussionSearch implements SearchSource {

  private final Discussions discussions;

  DiscussionSearch(Discussions discussions) {
    this.discussions = discussions;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KnowledgeIndex.KIND_DISCUSSION);
  }

  @Override
  public void describeAll(Consumer<IndexedItem> sink) {
    discussions.describeAll(sink);
  }
}
