package eu.pharos.knowledge.document;

import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.knowledge.search.SearchSource;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The documents as search finds them: one entry per language version, with the text kept from its
 * current version, so that a rebuild needs no file to be read again.
 */
@Component
class DocumentSearchSource implements SearchSource {

  private final Documents documents;

  DocumentSearchSource(Documents documents) {
    this.documents = documents;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KnowledgeIndex.KIND_DOCUMENT);
  }

  @Override
  public void describeAll(Consumer<IndexedItem> sink) {
    documents.describeAll(sink);
  }
}
