package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.knowledge.search.SearchSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Describes every practice to the search index again, for a rebuild. */
@Component
class PracticeSearchSource implements SearchSource {

  private static final int BATCH = 200;

  private final PracticeRepository practices;
  private final Practices facade;
  private final CentreAccess access;

  PracticeSearchSource(PracticeRepository practices, Practices facade, CentreAccess access) {
    this.practices = practices;
    this.facade = facade;
    this.access = access;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KnowledgeIndex.KIND_PRACTICE);
  }

  @Override
  @Transactional(readOnly = true)
  public void describeAll(Consumer<IndexedItem> sink) {
    Map<UUID, CentreRef> centres = new HashMap<>();
    Pageable page = PageRequest.of(0, BATCH);
    Slice<Practice> slice;
    do {
      slice = practices.findAllByOrderById(page);
      for (Practice practice : slice) {
        CentreRef centre = centres.computeIfAbsent(practice.centreId(), access::read);
        sink.accept(facade.indexed(centre, practice));
      }
      page = slice.nextPageable();
    } while (slice.hasNext());
  }
}
