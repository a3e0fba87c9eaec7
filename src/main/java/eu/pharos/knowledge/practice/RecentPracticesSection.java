package eu.pharos.knowledge.practice;

import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Recent good practices" on a centre's home: the three newest the caller may see. */
@Component
class RecentPracticesSection implements CentreHomeSection {

  static final int SHOWN = 3;

  private final Practices practices;

  RecentPracticesSection(Practices practices) {
    this.practices = practices;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String template() {
    return "knowledge/practices/parts";
  }

  @Override
  public String fragment() {
    return "recent";
  }

  @Override
  public Map<String, Object> model(CentreRef centre, Locale locale) {
    return Map.of(
        "recentPractices",
        practices.recent(centre, SHOWN, locale.getLanguage()),
        "practicesCentre",
        centre);
  }
}
