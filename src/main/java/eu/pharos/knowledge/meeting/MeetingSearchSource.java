package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.knowledge.search.SearchSource;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Describes every meeting (title, description, agenda) and its minutes (text, decisions). */
@Component
class MeetingSearchSource implements SearchSource {

  private final Meetings meetings;

  MeetingSearchSource(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KnowledgeIndex.KIND_MEETING, KnowledgeIndex.KIND_MINUTES);
  }

  @Override
  public void describeAll(Consumer<IndexedItem> sink) {
    meetings.describeAll(sink);
  }
}
