package eu.pharos.knowledge.guideline;

import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Open drafts" on a centre's home: drafts and guidelines in review, for its members. */
@Component
class OpenDraftsSection implements CentreHomeSection {

  private final Guidelines guidelines;

  OpenDraftsSection(Guidelines guidelines) {
    this.guidelines = guidelines;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public String template() {
    return "knowledge/guidelines/parts";
  }

  @Override
  public String fragment() {
    return "open-drafts";
  }

  @Override
  public Map<String, Object> model(CentreRef centre, Locale locale) {
    return Map.of("centre", centre, "openDrafts", guidelines.openDrafts(centre));
  }
}
