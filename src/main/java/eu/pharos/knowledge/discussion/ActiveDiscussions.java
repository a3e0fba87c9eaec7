package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** "Active discussions" on a centre's home: the five threads with the newest posts. */
@Component
class ActiveDiscussions implements CentreHomeSection {

  static final int SHOWN = 5;

  private final Discussions discussions;
  private final ZoneId zone;

  ActiveDiscussions(
      Discussions discussions,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.discussions = discussions;
    this.zone = zone;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String template() {
    return "knowledge/discussions/parts";
  }

  @Override
  public String fragment() {
    return "active";
  }

  @Override
  public Map<String, Object> model(CentreRef centre, Locale locale) {
    return Map.of(
        "discussionsCentre",
        centre,
        "discussionsActive",
        discussions.active(centre, SHOWN),
        "discussionsZone",
        zone);
  }
}
