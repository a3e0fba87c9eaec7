package eu.pharos.knowledge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Meetings of the demo centres: who may see and change them through the pages, the API and the
 * public page, each refused input with its message, the iCalendar file, and the notices to invitees
 * and action owners.
 */
@PharosTest
class MeetingsTest {

  static final String HELPLINES = "european-helplines";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String WR_DE = "advisor.wr-de@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";
  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String TITLE = "Test meeting of the helplines";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Meetings meetings;
  @Autowired CentreAccess access;
  @Autowired JdbcTemplate jdbc;
  @Autowired UpcomingMeetingsSection upcomingSection;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @AfterEach
  void tearDown() {
    List<UUID> ids =
        jdbc.queryForList("select id from knowledge_meeting where title like 'Test %'", UUID.class);
    for (UUID id : ids) {
      jdbc.update("delete from knowledge_search_entry where ref_id = ?", id);
      jdbc.update("delete from knowledge_meeting where id = ?", id);
    }
  }

  // --- permissions

  @Test
  void aCentreMeetingIsNotFoundForNonMembersByPageAndApiAndAPublicOneIsReadWithoutSignIn()
      throws Exception {
    UUID centreOnly = demoMeeting("Helplines call: common recommendations, next steps");
    UUID lisbon = demoMeeting("Meeting on European helplines for victims of crime");
    String page = "/app/centres/" + HELPLINES + "/meetings/" + centreOnly;
    String api = "/api/v1/centres/" + HELPLINES + "/meetings/" + centreOnly;

    assertThat(status(get(page).with(tenancy.as(WR_DE)))).isEqualTo(200);
    assertThat(status(get(api).with(tenancy.as(WR_DE)))).isEqualTo(200);
    assertThat(status(get(page).with(tenancy.as(OUTSIDER)))).isEqualTo(404);
    assertThat(status(get(api).with(tenancy.as(OUTSIDER)))).isEqualTo(404);
    assertThat(status(get(page + "/calendar.ics").with(tenancy.as(OUTSIDER)))).isEqualTo(404);
    String list = text(get("/app/centres/" + HELPLINES + "/meetings").with(tenancy.as(OUTSIDER)));
    assertThat(list)
        .contains("Meeting on European helplines for victims of crime")
        .doesNotContain("Helplines call: common recommendations");

    // without sign-in: only public meetings, and never who takes part
    assertThat(status(get("/centres/" + HELPLINES + "/meetings/" + centreOnly))).isEqualTo(404);
    MockHttpServletResponse open =
        mvc.perform(get("/centres/" + HELPLINES + "/meetings/" + lisbon)).andReturn().getResponse();
    assertThat(open.getStatus()).isEqualTo(200);
    String body = open.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .contains("Meeting on European helplines for victims of crime")
        .contains("draft common recommendations")
        .doesNotContain("Crime Victims Helpline (IE)</span>")
        .doesNotContain("id=\"participants\"")
        .doesNotContain("Helpline coordinator");
    // signed in, the public address still shows public meetings only
    assertThat(
            status(
                get("/centres/" + HELPLINES + "/meetings/" + centreOnly).with(tenancy.as(WR_DE))))
        .isEqualTo(404);
    // the staff pages need a sign-in
    assertThat(status(get(page))).isEqualTo(302);
    assertThat(
            tenancy.asUser(
                OUTSIDER,
                () ->
                    catching(() -> meetings.view(HELPLINES, centreOnly))
                        .getClass()
                        .getSimpleName()))
        .isEqualTo("MeetingNotFound");
  }

  @Test
  void onlyMembersPlanMeetingsAndOnlyTheOrganiserOrModeratorsChangeThem() {
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> meetings.create(HELPLINES, details(1))))
        .isInstanceOf(AccessDeniedException.class);
    MeetingView made = tenancy.asUser(APAV_ADVISOR, () -> meetings.create(HELPLINES, details(1)));
    assertThat(made.visibility()).isEqualTo(Visibility.CENTRE);
    assertThat(made.mayEdit()).isTrue();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_DE, () -> meetings.change(HELPLINES, made.id(), details(2), made.version())))
        .isInstanceOf(AccessDeniedException.class);
    MeetingView changed =
        tenancy.asUser(
            APAV_ADMIN, () -> meetings.change(HELPLINES, made.id(), details(2), made.version()));
    assertThat(changed.version()).isGreaterThan(made.version());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_activity where link like ? and kind = 'meeting'",
                Integer.class,
                "%" + made.id()))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_search_entry where ref_id = ? and kind = 'meeting'",
                Integer.class,
                made.id()))
        .isEqualTo(1);
  }

  // --- bad input, each with its message

  @Test
  void theMeetingFormRefusesAnEndBeforeTheStartAndALinkThatIsNotTheWeb() throws Exception {
    String html =
        text(
            post("/app/centres/" + HELPLINES + "/meetings")
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("kind", "MEETING")
                .param("title", "Test refused meeting")
                .param("startsAt", "2030-01-10T10:00")
                .param("endsAt", "2030-01-10T09:00")
                .param("onlineLink", "javascript:alert(1)")
                .param("visibility", "CENTRE"),
            400);
    assertThat(html)
        .contains("The end must be after the start.")
        .contains("The online link must be a web address starting with http:// or https://.")
        .contains("value=\"Test refused meeting\"");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_meeting where title = 'Test refused meeting'",
                Integer.class))
        .isZero();
  }

  @Test
  void minutesBeforeTheMeetingStartedAreRefused() throws Exception {
    MeetingView future = tenancy.asUser(APAV_ADMIN, () -> meetings.create(HELPLINES, details(30)));
    String html =
        text(
            post(base(future.id()) + "/minutes")
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("minutes", "Too early")
                .param("version", String.valueOf(future.version())),
            400);
    assertThat(html)
        .contains(
            "Minutes, decisions and actions can only be written once the meeting has started.")
        .contains("Too early");
  }

  @Test
  void anActionOwnerOutsideTheCentreAndADueDateBeforeTheMeetingAreRefused() throws Exception {
    MeetingView past = pastMeeting();
    UUID outsider = userId(OUTSIDER);
    String html =
        text(
            post(base(past.id()) + "/actions")
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("text", "Write the report")
                .param("ownerUserId", outsider.toString())
                .param(
                    "dueOn",
                    past.startsAt().atZone(ZoneId.of("UTC")).toLocalDate().minusDays(3).toString()),
            400);
    assertThat(html)
        .contains(
            "The owner of an action must be a person of the centre; give the name of anyone else"
                + " instead.")
        .contains("The due date cannot be before the meeting.");
  }

  @Test
  void aParticipantAddedTwiceAndAWorkgroupMemberWhoIsNotAParticipantAreRefused() throws Exception {
    MeetingView meeting = tenancy.asUser(APAV_ADMIN, () -> meetings.create(HELPLINES, details(5)));
    UUID advisor = userId(APAV_ADVISOR);
    String invite = base(meeting.id()) + "/invite";
    assertThat(
            status(
                post(invite)
                    .with(tenancy.as(APAV_ADMIN))
                    .with(csrf())
                    .param("userId", advisor.toString())
                    .param("mode", "ONLINE")))
        .isEqualTo(302);
    String twice =
        text(
            post(invite)
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("userId", advisor.toString())
                .param("mode", "IN_PERSON"),
            400);
    assertThat(twice).contains("already takes part in this meeting.");

    String outsider =
        text(
            post(invite)
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("userId", userId(OUTSIDER).toString())
                .param("mode", "IN_PERSON"),
            400);
    assertThat(outsider).contains("Choose a person who is a member of the centre.");

    String group =
        text(
            post(base(meeting.id()) + "/workgroups")
                .with(tenancy.as(APAV_ADMIN))
                .with(csrf())
                .param("name", "Test workgroup")
                .param("members", UUID.randomUUID().toString()),
            400);
    assertThat(group)
        .contains("Members of a workgroup must be participants of the meeting.")
        .contains("value=\"Test workgroup\"");
    MeetingView withGroup =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                meetings.addWorkgroup(
                    HELPLINES,
                    meeting.id(),
                    "Quality",
                    null,
                    List.of(participant(meeting.id(), advisor))));
    assertThat(withGroup.workgroups()).hasSize(1);
    assertThat(withGroup.workgroups().get(0).members())
        .extracting("userId")
        .containsExactly(advisor);
  }

  @Test
  void finalMinutesRefuseEveryChange() {
    UUID lisbon = demoMeeting("Meeting on European helplines for victims of crime");
    InvalidInput refused =
        (InvalidInput)
            tenancy.asUser(
                APAV_ADMIN, () -> catching(() -> meetings.addDecision(HELPLINES, lisbon, "More")));
    assertThat(refused.problems())
        .extracting(InvalidInput.Problem::messageKey)
        .containsExactly("knowledge.meeting.error.minutes-final");
    MeetingView view = tenancy.asUser(APAV_ADMIN, () -> meetings.view(HELPLINES, lisbon));
    assertThat(view.minutesFinal()).isTrue();
    assertThat(view.decisions())
        .extracting(MeetingView.DecisionView::text)
        .anyMatch(t -> t.contains("draft common recommendations"));
    assertThat(view.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.ownerUserId()).isEqualTo(userId(APAV_ADMIN)));
    assertThat(message("knowledge.meeting.error.minutes-final"))
        .isEqualTo("The minutes are final and can no longer be changed.");
  }

  // --- the iCalendar file

  @Test
  void theMeetingDownloadsAsAnICalendarFile() throws Exception {
    UUID lisbon = demoMeeting("Meeting on European helplines for victims of crime");
    MockHttpServletResponse ics =
        mvc.perform(get(base(lisbon) + "/calendar.ics").with(tenancy.as(WR_DE)))
            .andReturn()
            .getResponse();
    assertThat(ics.getStatus()).isEqualTo(200);
    assertThat(ics.getContentType()).startsWith("text/calendar");
    String body = ics.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("DTSTART:20171019T083000Z\r\n")
        .contains("DTEND:20171020T160000Z\r\n")
        .contains("SUMMARY:Meeting on European helplines for victims of crime\r\n")
        .contains("LOCATION:APAV\\, Lisbon\r\n")
        .endsWith("END:VCALENDAR\r\n");
    MockHttpServletResponse open =
        mvc.perform(get("/centres/" + HELPLINES + "/meetings/" + lisbon + "/calendar.ics"))
            .andReturn()
            .getResponse();
    assertThat(open.getStatus()).isEqualTo(200);
    assertThat(open.getContentAsString(StandardCharsets.UTF_8))
        .contains("UID:" + lisbon + "@pharos");
  }

  // --- notices

  @Test
  void invitedPeopleAndActionOwnersAreTold() {
    UUID advisor = userId(APAV_ADVISOR);
    int invitedBefore = notices(advisor, "knowledge.meeting.notification.invited");
    int actionsBefore = notices(advisor, "knowledge.meeting.notification.action");
    MeetingView past = pastMeeting();
    tenancy.asUser(
        APAV_ADMIN, () -> meetings.invite(HELPLINES, past.id(), advisor, AttendanceMode.IN_PERSON));
    MeetingView withAction =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                meetings.addAction(
                    HELPLINES,
                    past.id(),
                    new NewAction(
                        "Send the statistics", advisor, null, LocalDate.now().plusDays(10))));
    assertThat(notices(advisor, "knowledge.meeting.notification.invited"))
        .isEqualTo(invitedBefore + 1);
    assertThat(notices(advisor, "knowledge.meeting.notification.action"))
        .isEqualTo(actionsBefore + 1);

    MeetingView.ActionView action = withAction.actions().get(0);
    // the owner reports it done, with a short outcome
    InvalidInput noOutcome =
        (InvalidInput)
            tenancy.asUser(
                APAV_ADVISOR,
                () ->
                    catching(
                        () ->
                            meetings.completeAction(
                                HELPLINES, past.id(), action.id(), " ", action.version())));
    assertThat(noOutcome.problems().get(0).messageKey())
        .isEqualTo("knowledge.meeting.error.outcome-required");
    assertThat(message("knowledge.meeting.error.outcome-required"))
        .isEqualTo("Say briefly what came of the action.");
    MeetingView done =
        tenancy.asUser(
            APAV_ADVISOR,
            () ->
                meetings.completeAction(
                    HELPLINES, past.id(), action.id(), "Sent on time", action.version()));
    assertThat(done.actions().get(0).status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.actions().get(0).outcome()).isEqualTo("Sent on time");
    // a named person outside Pharos may own an action too
    MeetingView named =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                meetings.addAction(
                    HELPLINES, past.id(), new NewAction("Call back", null, "Maria Silva", null)));
    assertThat(named.actions())
        .extracting(MeetingView.ActionView::ownerName)
        .contains("Maria Silva");
  }

  // --- API

  @Test
  void theApiPlansRegistersWritesMinutesAndRefusesAStaleVersion() throws Exception {
    Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
    String create =
        "{\"kind\":\"WORKSHOP\",\"title\":\"Test API workshop\",\"startsAt\":\""
            + start
            + "\",\"endsAt\":\""
            + start.plus(Duration.ofHours(3))
            + "\",\"onlineLink\":\"https://meet.pharos.test/x\"}";
    MockHttpServletResponse created =
        send(
            post("/api/v1/centres/" + HELPLINES + "/meetings")
                .with(tenancy.as(APAV_ADMIN))
                .content(create));
    assertThat(created.getStatus()).isEqualTo(201);
    String location = created.getHeader("Location");
    assertThat(location).startsWith("/api/v1/centres/" + HELPLINES + "/meetings/");

    MockHttpServletResponse bad =
        send(
            post("/api/v1/centres/" + HELPLINES + "/meetings")
                .with(tenancy.as(APAV_ADMIN))
                .content(
                    "{\"kind\":\"MEETING\",\"title\":\"Test bad\",\"startsAt\":\"2030-01-02T10:00:00Z\",\"endsAt\":\"2030-01-01T10:00:00Z\",\"onlineLink\":\"ftp://x.test\"}"));
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString(StandardCharsets.UTF_8))
        .contains("validation-failed")
        .contains("\"field\":\"endsAt\"")
        .contains("\"field\":\"onlineLink\"");

    assertThat(
            send(post(location + "/registration")
                    .with(tenancy.as(WR_DE))
                    .content("{\"mode\":\"ONLINE\"}"))
                .getStatus())
        .isEqualTo(200);
    MockHttpServletResponse twice =
        send(
            post(location + "/registration")
                .with(tenancy.as(WR_DE))
                .content("{\"mode\":\"ONLINE\"}"));
    assertThat(twice.getStatus()).isEqualTo(400);
    assertThat(
            send(post(location + "/registration")
                    .with(tenancy.as(OUTSIDER))
                    .content("{\"mode\":\"ONLINE\"}"))
                .getStatus())
        .isEqualTo(404);

    String minutes =
        "{\"minutes\":\"We met.\",\"version\":0,\"decisions\":[\"Meet again\"],"
            + "\"actions\":[{\"text\":\"Book a room\",\"ownerName\":\"Ana\"}],\"makeFinal\":true}";
    MockHttpServletResponse written =
        send(put(location + "/minutes").with(tenancy.as(APAV_ADMIN)).content(minutes));
    assertThat(written.getStatus()).isEqualTo(200);
    assertThat(written.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"minutesFinal\":true")
        .contains("Meet again")
        .contains("Book a room");
    MockHttpServletResponse stale =
        send(put(location + "/minutes").with(tenancy.as(APAV_ADMIN)).content(minutes));
    assertThat(stale.getStatus()).isEqualTo(409);

    MockHttpServletResponse detail = send(get(location).with(tenancy.as(WR_DE)));
    assertThat(detail.getContentAsString(StandardCharsets.UTF_8)).contains("\"mode\":\"ONLINE\"");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_search_entry where ref_id = ? and kind = 'minutes'",
                Integer.class,
                id))
        .isEqualTo(1);
  }

  // --- the centre's home

  @Test
  void theHomeShowsTheNextMeetingsTheCallerMaySee() {
    List<String> member =
        tenancy.asUser(
            WR_DE,
            () -> {
              var model = upcomingSection.model(access.read(HELPLINES), Locale.ENGLISH);
              @SuppressWarnings("unchecked")
              List<MeetingSummary> shown = (List<MeetingSummary>) model.get("upcomingMeetings");
              return shown.stream().map(MeetingSummary::title).toList();
            });
    assertThat(member)
        .contains("Helplines call: common recommendations, next steps")
        .hasSizeLessThanOrEqualTo(3);
    List<String> outsider =
        tenancy.asUser(
            OUTSIDER,
            () -> {
              var model = upcomingSection.model(access.read(HELPLINES), Locale.ENGLISH);
              @SuppressWarnings("unchecked")
              List<MeetingSummary> shown = (List<MeetingSummary>) model.get("upcomingMeetings");
              return shown.stream().map(MeetingSummary::title).toList();
            });
    assertThat(outsider).doesNotContain("Helplines call: common recommendations, next steps");
  }

  @Test
  void theMeetingPageShowsParticipantsByModeWorkgroupsAndMinutes() throws Exception {
    UUID mainz =
        tenancy.asUser(
            SECRETARIAT,
            () ->
                meetings.list(access.read("distant-support")).past().stream()
                    .filter(m -> m.title().equals("Supporting at a distance"))
                    .findFirst()
                    .orElseThrow()
                    .id());
    String html =
        text(
            get("/app/centres/distant-support/meetings/" + mainz)
                .with(tenancy.as("advisor.saw@pharos.test")),
            200);
    assertThat(html)
        .contains("Technical implementation of online advice")
        .contains("Selection and training of advisors")
        .contains("Blended counselling")
        .contains("Social media")
        .contains("id=\"list-IN_PERSON\"")
        .contains("id=\"list-ONLINE\"")
        .contains("Slachtofferhulp Nederland")
        .contains("Share the training curriculum for online advisors");
  }

  // --- helpers

  private MeetingDetails details(int daysAhead) {
    Instant start = Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    return new MeetingDetails(
        MeetingKind.MEETING,
        TITLE,
        "A meeting made by a test",
        start,
        start.plus(Duration.ofHours(2)),
        null,
        null,
        "Lisbon",
        null,
        null,
        null);
  }

  private MeetingView pastMeeting() {
    return tenancy.asUser(APAV_ADMIN, () -> meetings.create(HELPLINES, details(-2)));
  }

  private UUID demoMeeting(String title) {
    return tenancy.asUser(
        SECRETARIAT,
        () -> {
          var listing = meetings.list(access.read(HELPLINES));
          return java.util.stream.Stream.concat(
                  listing.upcoming().stream(), listing.past().stream())
              .filter(m -> m.title().equals(title))
              .findFirst()
              .orElseThrow()
              .id();
        });
  }

  private UUID participant(UUID meetingId, UUID userId) {
    return jdbc.queryForObject(
        "select id from knowledge_meeting_participant where meeting_id = ? and user_id = ?",
        UUID.class,
        meetingId,
        userId);
  }

  private UUID userId(String email) {
    return tenancy.asUser(email, access::currentUserId);
  }

  private int notices(UUID userId, String key) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from platform_notification where user_id = ? and message_key = ?",
            Integer.class,
            userId,
            key);
    return count == null ? 0 : count;
  }

  @Autowired org.springframework.context.MessageSource messages;

  private String message(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }

  private static String base(UUID id) {
    return "/app/centres/" + HELPLINES + "/meetings/" + id;
  }

  private static RuntimeException catching(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  private int status(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private String text(MockHttpServletRequestBuilder request) throws Exception {
    return text(request, 200);
  }

  private String text(MockHttpServletRequestBuilder request, int expected) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(expected);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse();
  }
}
