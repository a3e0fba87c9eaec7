package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseTestSupport.ADVISOR;
import static eu.pharos.helpline.cases.CaseTestSupport.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case list through the facade: an advisor's own cases and their team's, newest activity first
 * and audited, the next due day of each, and the total of every kind of page.
 */
@PharosTest
class CaseListTest {

  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  CaseTestSupport support;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    support = new CaseTestSupport(tenancy, cases, jdbc);
  }

  @Test
  void everyReadIsAuditedAndTheListShowsMyCasesIncludingThoseOfMyTeam() {
    UUID supervisor = support.userId(SUPERVISOR);
    CaseView led = support.openCase("Audit Victim", "Read me");
    CaseView teamCase =
        tenancy.asUser(
            SUPERVISOR,
            () ->
                cases.open(
                    new NewCase(
                        null,
                        null,
                        CrimeDetails.unknown(),
                        supervisor,
                        Set.of(support.userId(ADVISOR)))));

    long before = support.audited("data.read", led.id());
    tenancy.asUser(ADVISOR, () -> cases.get(led.id()));
    assertThat(support.audited("data.read", led.id())).isEqualTo(before + 1);
    tenancy.asUser(ADVISOR, () -> cases.assessments(led.id()));
    assertThat(support.audited("data.read", led.id())).isEqualTo(before + 2);

    CaseList mine =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.list(
                    new CaseQuery(null, CaseStatus.OPEN, null, support.userId(ADVISOR), 0, 100)));
    List<UUID> ids = mine.items().stream().map(i -> i.id()).toList();
    assertThat(ids).contains(led.id(), teamCase.id());
    assertThat(mine.items().get(0).lastActivityAt())
        .isAfterOrEqualTo(mine.items().get(mine.items().size() - 1).lastActivityAt());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'data.read'"
                    + " and target_type = 'helpline.case' and target_id = 'list' and detail like ?",
                Long.class,
                "%" + teamCase.id() + "%"))
        .isGreaterThanOrEqualTo(1);
    CaseList supervisorsOwn =
        tenancy.asUser(
            SUPERVISOR, () -> cases.list(new CaseQuery(null, null, null, supervisor, 0, 100)));
    assertThat(supervisorsOwn.items().stream().map(i -> i.id())).contains(teamCase.id());
    assertThat(supervisorsOwn.items().stream().map(i -> i.id())).doesNotContain(led.id());

    UUID advisor = support.userId(ADVISOR);
    CaseList firstTwo =
        tenancy.asUser(ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 0, 2)));
    CaseList secondPage =
        tenancy.asUser(ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 1, 1)));
    assertThat(secondPage.items().get(0).id()).isEqualTo(firstTwo.items().get(1).id());
    assertThat(secondPage.total()).isEqualTo(firstTwo.total()).isGreaterThanOrEqualTo(mine.total());
    // Every case on a page asked for after a smaller one (H2 once kept the first page's limit for
    // the parts of the union), and an exact count without a condition on the case (read from the
    // indexes alone), each case counted once whether led, of the team, or both.
    CaseList everyOfMine =
        tenancy.asUser(ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 0, 100)));
    assertThat(everyOfMine.total())
        .isEqualTo(everyOfMine.items().size())
        .isEqualTo(casesOf(advisor));
    CaseList paged =
        tenancy.asUser(ADVISOR, () -> cases.list(new CaseQuery(null, null, null, null, 0, 1)));
    assertThat(paged.items()).hasSize(1);
    assertThat(paged.total()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theListShowsEachCasesEarliestOpenDueDayOfItsActionsAndFollowUps() {
    LocalDate today = LocalDate.now(LISBON);
    CaseView both = support.openCase("Due Both", "Both");
    CaseView actionsOnly = support.openCase("Due Actions", "Actions");
    CaseView nothingOpen = support.openCase("Due Nothing", "Nothing");
    // Half past midnight in Lisbon next summer is still the day before in UTC: the list shows the
    // organisation's day.
    LocalDate summer = LocalDate.of(today.getYear() + 1, 7, 15);
    Instant earlyInLisbon = summer.atTime(0, 30).atZone(LISBON).toInstant();
    tenancy.asUser(
        ADVISOR,
        () -> {
          cases.addAction(both.id(), new NewPlanAction("Later action", null, summer.plusDays(5)));
          cases.scheduleFollowUp(both.id(), new NewFollowUp(earlyInLisbon, null, "Call back"));
          cases.addAction(actionsOnly.id(), new NewPlanAction("Undated", null, null));
          cases.addAction(actionsOnly.id(), new NewPlanAction("Due", null, today.plusDays(5)));
          UUID done =
              cases
                  .addAction(actionsOnly.id(), new NewPlanAction("Done", null, today.plusDays(1)))
                  .id();
          cases.setActionStatus(actionsOnly.id(), done, ActionStatus.DONE);
          UUID completed =
              cases
                  .scheduleFollowUp(
                      nothingOpen.id(),
                      new NewFollowUp(Instant.now().plus(2, ChronoUnit.DAYS), null, "Done"))
                  .id();
          return cases.completeFollowUp(nothingOpen.id(), completed);
        });

    assertThat(nextDue(both)).isEqualTo(summer);
    assertThat(nextDue(actionsOnly)).isEqualTo(today.plusDays(5));
    assertThat(nextDue(nothingOpen)).isNull();
  }

  @Test
  void aPageThatShowsTheEndOfTheListGivesTheTotalAndAFullOrEmptyOneCountsIt() {
    UUID advisor = support.userId(ADVISOR);
    support.openCase("Counted One", "One");
    support.openCase("Counted Two", "Two");
    long direct = casesOf(advisor);
    int size = (int) direct - 1;
    CaseList full =
        tenancy.asUser(
            ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 0, size)));
    CaseList last =
        tenancy.asUser(
            ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 1, size)));
    CaseList beyond =
        tenancy.asUser(
            ADVISOR, () -> cases.list(new CaseQuery(null, null, null, advisor, 5, size)));

    assertThat(full.items()).hasSize(size);
    assertThat(last.items()).hasSize(1);
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(full.total(), last.total(), beyond.total())).containsOnly(direct);
    CaseList nothing =
        tenancy.asUser(
            ADVISOR,
            () -> cases.list(new CaseQuery("C-1999-999999", null, null, advisor, 0, size)));
    assertThat(nothing.items()).isEmpty();
    assertThat(nothing.total()).isZero();
  }

  /** The advisor's cases counted in the table: led or of the team, each once. */
  private long casesOf(UUID advisor) {
    return jdbc.queryForObject(
        "select count(*) from helpline_case c where c.lead_advisor_id = ? or exists"
            + " (select 1 from helpline_case_team t where t.case_id = c.id and t.advisor_id = ?)",
        Long.class,
        advisor,
        advisor);
  }

  private LocalDate nextDue(CaseView view) {
    CaseList found =
        tenancy.asUser(
            ADVISOR, () -> cases.list(new CaseQuery(view.reference(), null, null, null, 0, 10)));
    assertThat(found.total()).isEqualTo(1);
    return found.items().get(0).nextDue();
  }
}
