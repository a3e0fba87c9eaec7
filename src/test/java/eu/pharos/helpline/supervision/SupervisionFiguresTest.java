package eu.pharos.helpline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.CaseloadView;
import eu.pharos.helpline.OverdueItem;
import eu.pharos.helpline.Supervision;
import eu.pharos.helpline.UnlinkedContacts;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Caseloads, overdue work and unlinked contacts of a prepared team, and who may see them. */
@PharosTest
class SupervisionFiguresTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Supervision supervision;
  @Autowired Organisations organisations;
  @Autowired PersonalDataCipher cipher;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  TestTeam team;
  UUID ana;
  UUID bruno;
  UUID carla;
  UUID sofia;
  UUID formerAdvisor;
  UUID case1;
  UUID case2;
  UUID case3;
  UUID closedCase;
  Instant now;

  @BeforeEach
  void prepareTeam() {
    tenancy = new TenancyCheck(mvc, userDetails);
    team = TestTeam.create(jdbc, cipher);
    ana = team.person("Ana Advisor", Role.ADVISOR);
    bruno = team.person("Bruno Advisor", Role.ADVISOR);
    carla = team.person("Carla Advisor", Role.ADVISOR);
    sofia = team.person("Sofia Supervisor", Role.SUPERVISOR);
    team.person("Olga Admin", Role.ORG_ADMIN);
    team.person("Dora Disabled", "DISABLED", Role.ADVISOR);
    formerAdvisor = UUID.randomUUID();
    now = Instant.now();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // Ana leads two open cases and one closed; Bruno leads one and works on Ana's first.
    case1 = team.openCase(ana, ana, bruno);
    case2 = team.openCase(ana);
    case3 = team.openCase(bruno, bruno);
    closedCase = team.closedCase(ana, now.minus(Duration.ofDays(3)));
    team.openCase(formerAdvisor);

    team.action(case1, ana, today.minusDays(2), "OPEN"); // overdue
    team.action(case1, ana, today.plusDays(2), "OPEN"); // not yet due
    team.action(case2, bruno, today.minusDays(10), "DONE"); // done
    team.action(closedCase, ana, today.minusDays(30), "OPEN"); // the case is closed
    team.action(case3, bruno, today.minusDays(5), "OPEN"); // overdue
    team.action(case3, null, today.minusDays(3), "OPEN"); // overdue, nobody's
    team.followUp(case2, ana, now.minus(Duration.ofHours(2)), "OPEN"); // overdue
    team.followUp(case2, ana, now.plus(Duration.ofHours(2)), "OPEN"); // not yet due
    team.followUp(case3, bruno, now.minus(Duration.ofDays(1)), "DONE"); // done

    team.contact(ana, now.minus(Duration.ofDays(1)), case1);
    team.contact(ana, now.minus(Duration.ofDays(2)), null);
    team.contact(ana, now.minus(Duration.ofDays(8)), null); // too old for the 7 days
    team.contact(bruno, now.minus(Duration.ofHours(5)), null);
    team.contactOf(team.organisationId(), bruno, now.minus(Duration.ofDays(40)), null, true);

    // The same advisor ids in another organisation's rows must never count here.
    UUID apav = organisations.findByShortName("APAV").orElseThrow().id();
    UUID foreignCase = team.caseOf(apav, "OPEN", ana, null);
    team.action(foreignCase, ana, today.minusDays(4), "OPEN");
    team.followUp(foreignCase, ana, now.minus(Duration.ofDays(4)), "OPEN");
    team.contactOf(apav, ana, now.minus(Duration.ofHours(1)), null, false);
  }

  @Test
  void caseloadsCountOpenCasesOverdueWorkAndRecentContactsPerAdvisor() {
    List<CaseloadView> loads = asSupervisor(() -> supervision.caseloads());

    assertThat(loads)
        .extracting(
            CaseloadView::advisorId,
            CaseloadView::advisorName,
            CaseloadView::openCasesLed,
            CaseloadView::openCasesInTeam,
            CaseloadView::overdueActions,
            CaseloadView::overdueFollowUps,
            CaseloadView::contactsLast7Days)
        .containsExactly(
            tuple(ana, "Ana Advisor", 2, 0, 1, 1, 2),
            tuple(bruno, "Bruno Advisor", 1, 1, 1, 0, 1),
            tuple(formerAdvisor, null, 1, 0, 0, 0, 0),
            tuple(carla, "Carla Advisor", 0, 0, 0, 0, 0),
            tuple(sofia, "Sofia Supervisor", 0, 0, 0, 0, 0));
  }

  @Test
  void overdueItemsAreOpenWorkOfOpenCasesOldestFirst() {
    List<OverdueItem> overdue = asSupervisor(() -> supervision.overdue());

    assertThat(overdue)
        .extracting(
            OverdueItem::kind, OverdueItem::caseId, OverdueItem::ownerId, OverdueItem::ownerName)
        .containsExactly(
            tuple("ACTION", case3, bruno, "Bruno Advisor"),
            tuple("ACTION", case3, null, null),
            tuple("ACTION", case1, ana, "Ana Advisor"),
            tuple("FOLLOW_UP", case2, ana, "Ana Advisor"));
    assertThat(overdue.get(0).caseReference()).isEqualTo(team.reference(case3));
    // An action is due on a day: the start of that day in Lisbon.
    assertThat(overdue.get(0).due())
        .isEqualTo(
            LocalDate.now(ZoneOffset.UTC)
                .minusDays(5)
                .atStartOfDay(java.time.ZoneId.of("Europe/Lisbon"))
                .toInstant());
  }

  @Test
  void unlinkedContactsAreCountedAndTheLatestListedNewestFirst() {
    UnlinkedContacts unlinked = asSupervisor(() -> supervision.unlinkedContacts());

    assertThat(unlinked.total()).isEqualTo(3);
    assertThat(unlinked.latest())
        .extracting(UnlinkedContacts.Contact::advisorName)
        .containsExactly("Bruno Advisor", "Ana Advisor", "Ana Advisor");
    assertThat(unlinked.latest().get(0).startedAt())
        .isCloseTo(now.minus(Duration.ofHours(5)), within());
  }

  @Test
  void theOverviewPageShowsTheFiguresAndLinksToCasesAndContacts() throws Exception {
    Document page = page(team.email("Sofia Supervisor"), "/app/helpline/supervision", 200);

    assertThat(page.select("#caseloads tbody tr")).hasSize(5);
    assertThat(page.selectFirst("#caseloads tbody tr[data-advisor=" + ana + "]").text())
        .isEqualTo("Ana Advisor 2 0 1 1 2");
    assertThat(page.selectFirst("#caseloads tbody tr[data-advisor=" + formerAdvisor + "]").text())
        .startsWith("Former colleague 1");
    assertThat(page.selectFirst("#unlinked-count").text())
        .isEqualTo("Contacts not linked to a case: 3.");
    assertThat(page.select("#unlinked a[href^=/app/helpline/contacts/]")).hasSize(3);
    assertThat(page.select("#overdue tbody tr")).hasSize(4);
    assertThat(page.selectFirst("#overdue tbody tr").text())
        .contains(team.reference(case3))
        .contains("Support plan action")
        .contains("Bruno Advisor");
    assertThat(page.select("#overdue a").eachAttr("href"))
        .contains("/app/helpline/cases/" + case3, "/app/helpline/cases/" + case2);
    assertThat(page.select("#overdue tbody tr").get(1).text()).contains("Nobody");
    assertThat(page.selectFirst("#reviews-link").attr("href"))
        .isEqualTo("/app/helpline/supervision/reviews");
    assertThat(page.select("#navigation a").eachText()).contains("Supervision", "Wellbeing");
  }

  @Test
  void theApiAnswersTheSameFigures() throws Exception {
    String caseloads = json(team.email("Sofia Supervisor"), "/api/v1/supervision/caseloads", 200);
    assertThat(caseloads)
        .contains("\"advisorName\":\"Ana Advisor\",\"openCasesLed\":2,\"openCasesInTeam\":0");
    String overdue = json(team.email("Sofia Supervisor"), "/api/v1/supervision/overdue", 200);
    assertThat(overdue).contains(case3.toString()).contains("\"kind\":\"FOLLOW_UP\"");
    assertThat(json(team.email("Sofia Supervisor"), "/api/v1/supervision/unlinked-contacts", 200))
        .contains("\"total\":3");
  }

  @Test
  void anOrganisationAdministratorReadsTheFiguresButOpensNoRecordAndDrawsNoSample()
      throws Exception {
    String admin = team.email("Olga Admin");
    Document page = page(admin, "/app/helpline/supervision", 200);

    assertThat(page.select("#caseloads tbody tr")).hasSize(5);
    assertThat(page.select("#overdue a")).isEmpty();
    assertThat(page.select("#unlinked a")).isEmpty();
    assertThat(page.selectFirst("#reviews-link")).isNull();
    assertThat(status(admin, "/app/helpline/supervision/reviews")).isEqualTo(403);
    assertThat(status(admin, "/api/v1/supervision/reviews")).isEqualTo(403);
    assertThat(status(admin, "/api/v1/supervision/caseloads")).isEqualTo(200);
  }

  @Test
  void anAdvisorGetsForbiddenForEverySupervisionPageAndEndpoint() throws Exception {
    String advisor = team.email("Ana Advisor");
    for (String path :
        List.of(
            "/app/helpline/supervision",
            "/app/helpline/supervision/reviews",
            "/api/v1/supervision/caseloads",
            "/api/v1/supervision/overdue",
            "/api/v1/supervision/unlinked-contacts",
            "/api/v1/supervision/reviews")) {
      assertThat(status(advisor, path)).as(path).isEqualTo(403);
    }
    int draw =
        mvc.perform(
                post("/api/v1/supervision/samples")
                    .with(csrf())
                    .with(tenancy.as(advisor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"size\":5,\"closedFrom\":\"2026-01-01\",\"closedTo\":\"2026-01-31\"}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(draw).isEqualTo(403);
    int drawPage =
        mvc.perform(
                post("/app/helpline/supervision/reviews")
                    .with(csrf())
                    .with(tenancy.as(advisor))
                    .param("size", "5")
                    .param("closedFrom", "2026-01-01")
                    .param("closedTo", "2026-01-31"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(drawPage).isEqualTo(403);
    assertThatThrownBy(() -> tenancy.asUser(advisor, () -> supervision.caseloads()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(page(advisor, "/app/helpline/wellbeing", 200).select("#navigation a").eachText())
        .contains("Wellbeing")
        .doesNotContain("Supervision");
  }

  @Test
  void aSupervisorOfAnotherOrganisationNeverSeesThisTeamsFigures() throws Exception {
    String other = "supervisor.apav@pharos.test";

    List<CaseloadView> seen = tenancy.asUser(other, () -> supervision.caseloads());
    assertThat(seen)
        .extracting(CaseloadView::advisorId)
        .doesNotContain(bruno, carla, sofia, formerAdvisor);
    // The rows of the other organisation that name Ana's id count there, and only they: no name.
    assertThat(seen)
        .filteredOn(load -> load.advisorId().equals(ana))
        .extracting(
            CaseloadView::advisorName,
            CaseloadView::openCasesLed,
            CaseloadView::openCasesInTeam,
            CaseloadView::overdueActions,
            CaseloadView::overdueFollowUps,
            CaseloadView::contactsLast7Days)
        .containsExactly(tuple(null, 1, 0, 1, 1, 1));
    assertThat(tenancy.asUser(other, () -> supervision.overdue()))
        .extracting(OverdueItem::caseId)
        .doesNotContain(case1, case2, case3);
    assertThat(tenancy.asUser(other, () -> supervision.unlinkedContacts()).latest())
        .extracting(UnlinkedContacts.Contact::advisorId)
        .doesNotContain(bruno);
    String page =
        mvc.perform(get("/app/helpline/supervision").with(tenancy.as(other)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .doesNotContain(team.reference(case1))
        .doesNotContain(team.reference(case3))
        .doesNotContain("Ana Advisor");
  }

  private <T> T asSupervisor(java.util.function.Supplier<T> work) {
    return tenancy.asUser(team.email("Sofia Supervisor"), work);
  }

  private Document page(String email, String path, int status) throws Exception {
    MvcResult result = mvc.perform(get(path).with(tenancy.as(email))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private String json(String email, String path, int status) throws Exception {
    MvcResult result =
        mvc.perform(get(path).with(tenancy.as(email)).accept(MediaType.APPLICATION_JSON))
            .andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
    return result.getResponse().getContentAsString();
  }

  private int status(String email, String path) throws Exception {
    return mvc.perform(get(path).with(tenancy.as(email))).andReturn().getResponse().getStatus();
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS);
  }
}
