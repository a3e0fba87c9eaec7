package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** "Upcoming meetings" on a centre's home: the next three the caller may see. */
@Component
class UpcomingMeetingsSection implements CentreHomeSection {

  static final int SHOWN = 3;

  private final Meetings meetings;
  private final java.time.ZoneId zone;

  UpcomingMeetingsSection(
      Meetings meetings,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") java.time.ZoneId zone) {
    this.meetings = meetings;
    this.zone = zone;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String template() {
    return "knowledge/meetings/parts";
  }

  @Override
  public String fragment() {
    return "upcoming";
  }

  @Override
  public Map<String, Object> model(CentreRef centre, Locale locale) {
    return Map.of(
        "upcomingMeetings",
        meetings.upcoming(centre, SHOWN),
        "meetingCentre",
        centre,
        "meetingZone",
        zone);
  }
}
