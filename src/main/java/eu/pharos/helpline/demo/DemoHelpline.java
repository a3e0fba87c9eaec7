package eu.pharos.helpline.demo;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.demo.DemoCases.Action;
import eu.pharos.helpline.demo.DemoCases.Call;
import eu.pharos.helpline.demo.DemoCases.DemoCase;
import eu.pharos.identity.ActAs;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.shared.command.CommandRunner;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seeds APAV's helpline on the first start in embedded mode, through the same facades advisors use,
 * acting as the demo advisors: victims, open and closed cases with needs assessments, support plans
 * (one action overdue), follow-ups, calls on the 116 006 line, calls not yet linked to a case, one
 * case closed long enough ago for retention to anonymise, and the team's wellbeing checks. Only the
 * dates are then moved into the past, which no facade allows.
 */
@Component
@Order(40)
class DemoHelpline implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoHelpline.class);
  private static final String APAV_ADVISOR = DemoCases.ALEX;

  private final Cases cases;
  private final Contacts contacts;
  private final WellbeingChecks wellbeing;
  private final Users users;
  private final Directory directory;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoHelpline(
      Cases cases,
      Contacts contacts,
      WellbeingChecks wellbeing,
      Users users,
      Directory directory,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.cases = cases;
    this.contacts = contacts;
    this.wellbeing = wellbeing;
    this.users = users;
    this.directory = directory;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from helpline_case", Integer.class);
    if (existing != null && existing > 0) {
      return;
    }
    as(APAV_ADVISOR, this::seed);
  }

  private Void seed() {
    Map<String, UUID> staff =
        users.inMyOrganisation().stream()
            .collect(Collectors.toMap(UserView::email, UserView::id, (a, b) -> a));
    UUID line =
        directory.helplines("PT").stream()
            .filter(HelplineView::harmonised)
            .map(HelplineView::id)
            .findFirst()
            .orElse(null);
    Instant now = Instant.now(clock);
    for (DemoCase demo : DemoCases.CASES) {
      seedCase(demo, staff, line, now);
    }
    for (Call call : DemoCases.UNLINKED_CALLS) {
      contacts.record(contact(call, line, staff.get(APAV_ADVISOR), null, null, now));
    }
    seedWellbeing(now);
    log.info(
        "Seeded the demo helpline of APAV: {} cases, {} calls not yet linked",
        DemoCases.CASES.size(),
        DemoCases.UNLINKED_CALLS.size());
    return null;
  }

  private void seedCase(DemoCase demo, Map<String, UUID> staff, UUID line, Instant now) {
    UUID lead = staff.get(demo.lead());
    VictimDetails victim =
        new VictimDetails(
            demo.victimName(),
            demo.phone(),
            null,
            null,
            null,
            demo.language(),
            demo.residenceCountry());
    CrimeDetails crime =
        new CrimeDetails(
            demo.crimeType(),
            day(now, demo.crimeDaysAgo()),
            demo.place(),
            demo.crimeCountry(),
            demo.residenceCountry(),
            demo.summary());
    CaseView opened = cases.open(new NewCase(null, victim, crime, lead, Set.of()));
    UUID caseId = opened.id();
    for (Call call : demo.calls()) {
      contacts.record(contact(call, line, lead, demo, caseId, now));
    }
    switch (demo.assessed()) {
      case SUBMITTED ->
          cases.submitAssessment(
              caseId,
              new AssessmentDraft(
                  DemoCases.answers(demo.crimeType(), true),
                  DemoCases.measures(demo.crimeType()),
                  "Assessed with the victim on the phone.",
                  0));
      case DRAFT ->
          cases.saveAssessment(
              caseId,
              new AssessmentDraft(DemoCases.answers(demo.crimeType(), false), Set.of(), null, 0));
      case NONE -> {
        // Not assessed yet: the case page asks for it.
      }
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (Action action : demo.plan()) {
      PlanActionView added =
          cases.addAction(
              caseId,
              new NewPlanAction(
                  action.description(), staff.get(action.owner()), today.plusDays(30)));
      jdbc.update(
          "update helpline_plan_action set due_on = ? where id = ?",
          today.plusDays(action.dueInDays()),
          added.id());
      if (action.done()) {
        cases.setActionStatus(caseId, added.id(), ActionStatus.DONE);
      }
    }
    if (demo.followUpInDays() != null) {
      var followUp =
          cases.scheduleFollowUp(
              caseId,
              new NewFollowUp(
                  now.plus(Duration.ofDays(30)), lead, "Call back to see how things are going."));
      jdbc.update(
          "update helpline_follow_up set due_at = ? where id = ?",
          Timestamp.from(now.plus(Duration.ofDays(demo.followUpInDays())).plusSeconds(3600)),
          followUp.id());
    }
    if (demo.closedDaysAgo() != null) {
      CaseView current = cases.get(caseId);
      cases.close(caseId, demo.outcome(), "Support ended as agreed.", current.version());
    }
    backdate(caseId, demo, now);
  }

  private NewContact contact(
      Call call, UUID line, UUID advisor, DemoCase demo, UUID caseId, Instant now) {
    return new NewContact(
        call.channel(),
        call.channel() == ContactChannel.PHONE ? line : null,
        call.channel() == ContactChannel.PHONE && line == null ? "116 006" : null,
        ContactDirection.INBOUND,
        now.minus(Duration.ofDays(call.daysAgo())).minus(Duration.ofMinutes(95)),
        call.minutes() > 0 ? call.minutes() * 60 : null,
        demo == null ? "pt" : demo.language(),
        advisor,
        call.topic(),
        demo == null ? null : demo.crimeType(),
        call.heardFrom(),
        call.outcome(),
        demo == null,
        call.note(),
        caseId,
        false);
  }

  /** Moves a case's dates into the past, as if it had been worked on since then. */
  private void backdate(UUID caseId, DemoCase demo, Instant now) {
    Instant opened = now.minus(Duration.ofDays(demo.openedDaysAgo())).minus(Duration.ofHours(2));
    Instant closed =
        demo.closedDaysAgo() == null ? null : now.minus(Duration.ofDays(demo.closedDaysAgo()));
    Instant lastActivity =
        closed != null ? closed : now.minus(Duration.ofDays(demo.openedDaysAgo() / 3));
    jdbc.update(
        "update helpline_case set opened_at = ?, closed_at = ?, last_activity_at = ? where id = ?",
        Timestamp.from(opened),
        closed == null ? null : Timestamp.from(closed),
        Timestamp.from(lastActivity),
        caseId);
    jdbc.update(
        "update helpline_timeline_entry set occurred_at = ? where case_id = ? and kind = 'OPENED'",
        Timestamp.from(opened),
        caseId);
    if (closed != null) {
      jdbc.update(
          "update helpline_timeline_entry set occurred_at = ? where case_id = ? and kind = 'CLOSED'",
          Timestamp.from(closed),
          caseId);
    }
  }

  /** Five colleagues took the check this month, so the supervisor sees the team's trend. */
  private void seedWellbeing(Instant now) {
    List<String> team =
        List.of(
            DemoCases.ALEX,
            DemoCases.BRUNO,
            DemoCases.CARLA,
            "diogo.apav@pharos.test",
            "supervisor.apav@pharos.test");
    int strain = 2;
    for (String email : team) {
      int level = strain;
      as(
          email,
          () -> {
            Map<WellbeingQuestion, Integer> answers = new EnumMap<>(WellbeingQuestion.class);
            for (WellbeingQuestion question : WellbeingQuestion.values()) {
              answers.put(
                  question, question.scale() == WellbeingQuestion.Scale.SATISFACTION ? 4 : level);
            }
            return wellbeing.submit(answers);
          });
      strain = strain == 2 ? 3 : 2;
    }
  }

  private static LocalDate day(Instant now, int daysAgo) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(daysAgo);
  }

  private <T> T as(String email, Supplier<T> work) {
    return actAs.user(email, work);
  }
}
