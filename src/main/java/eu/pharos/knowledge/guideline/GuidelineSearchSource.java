package eu.pharos.knowledge.guideline;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Describes every guideline to search again: drafts and guidelines in review for the centre's
 * members, published ones for the readers they were published for. Superseded ones are not found.
 */
@Component
class GuidelineSearchSource implements SearchSource {

  private final GuidelineRepository guidelines;
  private final Guidelines service;
  private final CentreAccess access;

  GuidelineSearchSource(GuidelineRepository guidelines, Guidelines service, CentreAccess access) {
    this.guidelines = guidelines;
    this.service = service;
    this.access = access;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KnowledgeIndex.KIND_GUIDELINE);
  }

  @Override
  @Transactional(readOnly = true)
  public void describeAll(Consumer<IndexedItem> sink) {
    Map<UUID, CentreRef> centres = new HashMap<>();
    for (Guideline guideline : guidelines.findAll()) {
      if (guideline.status() == GuidelineStatus.SUPERSEDED) {
        continue;
      }
      CentreRef centre = centres.computeIfAbsent(guideline.centreId(), access::read);
      sink.accept(service.indexed(centre, guideline));
    }
  }
}
