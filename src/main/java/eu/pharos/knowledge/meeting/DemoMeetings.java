package eu.pharos.knowledge.meeting;

import eu.pharos.identity.ActAs;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.command.CommandRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The meetings of the demo centres, made through the services as their organisers would: the
 * meeting on European helplines APAV hosted in Lisbon on 19 and 20 October 2017 with the members
 * running a 116 006 line, with its final minutes; the "Supporting at a distance" workshop Victim
 * Support Europe and Weisser Ring Germany organised in Mainz in September 2017, with its six
 * workgroups; and an online meeting coming up in each of the two centres. Only when the demo
 * network and its centres are seeded, once.
 */
@Component
@Order(94)
class DemoMeetings implements ApplicationRunner {

  static final String HELPLINES = "european-helplines";
  static final String DISTANT_SUPPORT = "distant-support";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

  private final Meetings meetings;
  private final CentreAccess access;
  private final Organisations organisations;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;
  private final boolean enabled;

  DemoMeetings(
      Meetings meetings,
      CentreAccess access,
      Organisations organisations,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone,
      @Value("${pharos.demo}") boolean enabled) {
    this.meetings = meetings;
    this.access = access;
    this.organisations = organisations;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from knowledge_meeting", Integer.class);
    Integer centres =
        jdbc.queryForObject(
            "select count(*) from knowledge_centre where slug in (?, ?)",
            Integer.class,
            HELPLINES,
            DISTANT_SUPPORT);
    if ((existing != null && existing > 0) || centres == null || centres < 2) {
      return;
    }
    lisbon();
    mainz();
    upcoming();
    log.info("Demo meetings: Lisbon 2017, Mainz 2017 and two upcoming online meetings");
  }

  /** The meeting on European helplines in Lisbon, 19–20 October 2017, hosted by APAV. */
  private void lisbon() {
    ZoneId lisbon = ZoneId.of("Europe/Lisbon");
    MeetingView meeting =
        actAs.user(
            APAV_ADMIN,
            () ->
                meetings.create(
                    HELPLINES,
                    new MeetingDetails(
                        MeetingKind.MEETING,
                        "Meeting on European helplines for victims of crime",
                        "Two days on running a helpline for victims of crime, most of them on the"
                            + " EU-wide 116 006 number: the technical, organisational and policy"
                            + " issues of each line, what the lines have in common and where they"
                            + " differ, and common recommendations and goals.",
                        LocalDateTime.of(2017, 10, 19, 9, 30).atZone(lisbon).toInstant(),
                        LocalDateTime.of(2017, 10, 20, 17, 0).atZone(lisbon).toInstant(),
                        "APAV",
                        null,
                        "Lisbon",
                        null,
                        organisation("APAV"),
                        Visibility.PUBLIC)));
    UUID id = meeting.id();
    actAs.user(
        APAV_ADMIN,
        () -> {
          LocalDate first = LocalDate.of(2017, 10, 19);
          LocalDate second = LocalDate.of(2017, 10, 20);
          meetings.addAgendaItem(
              HELPLINES,
              id,
              "Welcome and round of the helplines",
              at(first, 9, 30, lisbon),
              "APAV");
          meetings.addAgendaItem(
              HELPLINES,
              id,
              "Technical issues: numbers, call routing, recording and statistics",
              at(first, 11, 0, lisbon),
              null);
          meetings.addAgendaItem(
              HELPLINES,
              id,
              "Organisational issues: opening hours, volunteers and staff, referral to support",
              at(first, 14, 30, lisbon),
              null);
          meetings.addAgendaItem(
              HELPLINES,
              id,
              "Policy issues: 116 006 in the EU and national funding",
              at(second, 9, 30, lisbon),
              "Victim Support Europe");
          meetings.addAgendaItem(
              HELPLINES,
              id,
              "Commonalities and differences; common recommendations and goals",
              at(second, 14, 0, lisbon),
              "APAV");
          for (String email :
              List.of(
                  APAV_ADMIN,
                  "advisor.apav@pharos.test",
                  WR_DE_ADVISOR,
                  "evaluator.wr-at@pharos.test",
                  "quality.hr-vwss@pharos.test")) {
            UUID person = userId(email);
            if (person != null) {
              meetings.invite(HELPLINES, id, person, AttendanceMode.IN_PERSON);
            }
          }
          meetings.addGuest(
              HELPLINES,
              id,
              "Helpline coordinator",
              "Crime Victims Helpline (IE)",
              AttendanceMode.IN_PERSON);
          meetings.addGuest(
              HELPLINES,
              id,
              "Helpline manager",
              "Bílý Kruh Bezpečí (CZ)",
              AttendanceMode.IN_PERSON);
          meetings.addGuest(
              HELPLINES,
              id,
              "Helpline coordinator",
              "Offerrådgivningen (DK)",
              AttendanceMode.IN_PERSON);
          meetings.addGuest(
              HELPLINES, id, "Helpline manager", "RIKU (FI)", AttendanceMode.IN_PERSON);
          meetings.recordMinutes(
              HELPLINES,
              id,
              "APAV welcomed Weisser Ring (DE), Weisser Ring (AT), the Croatian Victim and Witness"
                  + " Support Service, Crime Victims Helpline (IE), Bílý Kruh Bezpečí (CZ),"
                  + " Offerrådgivningen (DK) and RIKU (FI). Each helpline presented how it runs"
                  + " its line. The participants discussed the technical issues (numbers, routing"
                  + " of calls, statistics), the organisational issues (opening hours, volunteers"
                  + " and staff, referral to local support) and the policy issues of the 116 006"
                  + " lines, and found many commonalities and some differences.",
              true,
              meetings.view(HELPLINES, id).version(),
              List.of(
                  "The members will draft common recommendations and goals for helplines for"
                      + " victims of crime on 116 006.",
                  "The helplines will exchange their yearly statistics in a common format."),
              List.of(
                  new NewAction(
                      "Circulate a first draft of the common recommendations to the members",
                      userId(APAV_ADMIN),
                      null,
                      LocalDate.of(2017, 12, 15))));
          return null;
        });
  }

  /** The "Supporting at a distance" workshop in Mainz, September 2017, hosted by WR-DE. */
  private void mainz() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    MeetingView workshop =
        actAs.user(
            WR_DE_ADVISOR,
            () ->
                meetings.create(
                    DISTANT_SUPPORT,
                    new MeetingDetails(
                        MeetingKind.WORKSHOP,
                        "Supporting at a distance",
                        "A workshop organised by Victim Support Europe and Weisser Ring Germany"
                            + " on supporting victims online: members exchange views, knowledge"
                            + " and networks in six workgroups.",
                        LocalDateTime.of(2017, 9, 14, 9, 0).atZone(berlin).toInstant(),
                        LocalDateTime.of(2017, 9, 15, 16, 0).atZone(berlin).toInstant(),
                        "Weisser Ring",
                        null,
                        "Mainz",
                        null,
                        organisation("WR-DE"),
                        Visibility.NETWORK)));
    UUID id = workshop.id();
    actAs.user(
        WR_DE_ADVISOR,
        () -> {
          LocalDate day = LocalDate.of(2017, 9, 14);
          meetings.addAgendaItem(
              DISTANT_SUPPORT,
              id,
              "Welcome and aims of the workshop",
              at(day, 9, 0, berlin),
              "Weisser Ring Germany");
          meetings.addAgendaItem(
              DISTANT_SUPPORT, id, "Work in six workgroups", at(day, 10, 0, berlin), null);
          meetings.addAgendaItem(
              DISTANT_SUPPORT,
              id,
              "Report back from the workgroups and next steps",
              at(day.plusDays(1), 13, 30, berlin),
              "Victim Support Europe");
          for (String email :
              List.of(WR_DE_ADVISOR, "advisor.apav@pharos.test", "advisor.saw@pharos.test")) {
            UUID person = userId(email);
            if (person != null) {
              meetings.invite(DISTANT_SUPPORT, id, person, AttendanceMode.IN_PERSON);
            }
          }
          meetings.addGuest(
              DISTANT_SUPPORT,
              id,
              "Policy officer",
              "Victim Support Europe",
              AttendanceMode.IN_PERSON);
          meetings.addGuest(
              DISTANT_SUPPORT,
              id,
              "Online counsellor",
              "Slachtofferhulp Nederland",
              AttendanceMode.ONLINE);
          List<UUID> people =
              meetings.view(DISTANT_SUPPORT, id).participants().stream()
                  .map(MeetingView.ParticipantView::id)
                  .toList();
          List<String[]> groups =
              List.of(
                  new String[] {
                    "Technical implementation of online advice",
                    "Platforms, chat and secure mail; hosting and availability"
                  },
                  new String[] {"Quality assurance", "Standards and supervision of online advice"},
                  new String[] {
                    "Selection and training of advisors",
                    "Who counsels in writing, and how to train"
                  },
                  new String[] {
                    "Blended counselling", "Combining online, telephone and face-to-face support"
                  },
                  new String[] {
                    "Social media", "The growing importance of social media for reaching victims"
                  },
                  new String[] {
                    "Data protection and anonymity", "Keeping victims safe and anonymous online"
                  });
          for (int i = 0; i < groups.size(); i++) {
            List<UUID> members =
                people.isEmpty() ? List.of() : List.of(people.get(i % people.size()));
            meetings.addWorkgroup(DISTANT_SUPPORT, id, groups.get(i)[0], groups.get(i)[1], members);
          }
          meetings.recordMinutes(
              DISTANT_SUPPORT,
              id,
              "Each workgroup reported back on its theme. Members agreed that online advice needs"
                  + " the same quality standards as other support, that advisors writing to"
                  + " victims need their own selection and training, and that blended counselling"
                  + " and social media will matter more in the coming years.",
              false,
              meetings.view(DISTANT_SUPPORT, id).version(),
              List.of("The centre will collect the members' quality standards for online advice."),
              List.of(
                  new NewAction(
                      "Share the training curriculum for online advisors",
                      userId(WR_DE_ADVISOR),
                      null,
                      LocalDate.of(2017, 11, 30))));
          return null;
        });
  }

  /** An online meeting coming up in each centre, so that their homes show what is next. */
  private void upcoming() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    actAs.user(
        APAV_ADMIN,
        () ->
            meetings.create(
                HELPLINES,
                new MeetingDetails(
                    MeetingKind.MEETING,
                    "Helplines call: common recommendations, next steps",
                    "An online call of the helplines on the draft common recommendations.",
                    today.plusDays(20).atTime(10, 0).atZone(zone).toInstant(),
                    today.plusDays(20).atTime(11, 30).atZone(zone).toInstant(),
                    null,
                    null,
                    null,
                    "https://meet.pharos.test/european-helplines",
                    organisation("APAV"),
                    Visibility.CENTRE)));
    actAs.user(
        WR_DE_ADVISOR,
        () ->
            meetings.create(
                DISTANT_SUPPORT,
                new MeetingDetails(
                    MeetingKind.MEETING,
                    "Online exchange: chat counselling in practice",
                    "Members show how they run chat counselling and what they learnt.",
                    today.plusDays(27).atTime(14, 0).atZone(zone).toInstant(),
                    today.plusDays(27).atTime(15, 30).atZone(zone).toInstant(),
                    null,
                    null,
                    null,
                    "https://meet.pharos.test/distant-support",
                    organisation("WR-DE"),
                    Visibility.CENTRE)));
  }

  private static java.time.Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
  }

  private UUID userId(String email) {
    try {
      return actAs.user(email, access::currentUserId);
    } catch (RuntimeException unknown) {
      return null;
    }
  }

  private UUID organisation(String shortName) {
    return organisations.findByShortName(shortName).map(o -> o.id()).orElse(null);
  }
}
