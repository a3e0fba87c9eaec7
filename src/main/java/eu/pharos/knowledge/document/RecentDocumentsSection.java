package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Recently updated documents" on a centre's home, as far as the reader may see them. */
@Component
class RecentDocumentsSection implements CentreHomeSection {

  static final int SHOWN = 5;

  private final Documents documents;

  RecentDocumentsSection(Documents documents) {
    this.documents = documents;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String template() {
    return "knowledge/documents/parts";
  }

  @Override
  public String fragment() {
    return "recent";
  }

  @Override
  public Map<String, Object> model(CentreRef centre, Locale locale) {
    return Map.of("recentDocuments", documents.recent(centre, SHOWN), "documentsCentre", centre);
  }
}
