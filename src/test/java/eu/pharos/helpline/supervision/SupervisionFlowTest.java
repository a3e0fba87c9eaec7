package eu.pharos.helpline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.CaseloadView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.OverdueItem;
import eu.pharos.helpline.QualityReviewView;
import eu.pharos.helpline.Supervision;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case worked through the case pages' facade shows in the supervisor's caseload and overdue list
 * while open, and can be drawn for review once closed; the review links back to the case.
 */
@PharosTest
class SupervisionFlowTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cases cases;
  @Autowired Supervision supervision;
  @Autowired PersonalDataCipher cipher;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSupervisorSeesACaseInTheCaseloadAndSamplesItForReviewOnceClosed() throws Exception {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    TestTeam team = TestTeam.create(jdbc, cipher);
    UUID ana = team.person("Ana Advisor", Role.ADVISOR);
    team.person("Sofia Supervisor", Role.SUPERVISOR);
    String advisor = team.email("Ana Advisor");
    String supervisor = team.email("Sofia Supervisor");

    CaseView opened =
        tenancy.asUser(
            advisor,
            () -> cases.open(new NewCase(null, null, CrimeDetails.unknown(), null, Set.of())));
    tenancy.asUser(
        advisor,
        () ->
            cases.addAction(
                opened.id(),
                new NewPlanAction("Find a court companion", null, LocalDate.now().plusDays(7))));
    // Due a moment ago, earlier today: accepted, and already overdue.
    tenancy.asUser(
        advisor,
        () ->
            cases.scheduleFollowUp(
                opened.id(), new NewFollowUp(Instant.now().minusSeconds(1), null, "Call back")));

    List<CaseloadView> loads = tenancy.asUser(supervisor, () -> supervision.caseloads());
    assertThat(loads.get(0).advisorId()).isEqualTo(ana);
    assertThat(loads.get(0).openCasesLed()).isEqualTo(1);
    assertThat(loads.get(0).overdueActions()).isZero();
    assertThat(loads.get(0).overdueFollowUps()).isEqualTo(1);
    List<OverdueItem> overdue = tenancy.asUser(supervisor, () -> supervision.overdue());
    assertThat(overdue)
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.kind()).isEqualTo("FOLLOW_UP");
              assertThat(item.caseReference()).isEqualTo(opened.reference());
              assertThat(item.ownerName()).isEqualTo("Ana Advisor");
            });

    long version = tenancy.asUser(advisor, () -> cases.get(opened.id())).version();
    tenancy.asUser(
        advisor,
        () -> cases.close(opened.id(), CaseOutcome.SUPPORT_COMPLETED, "Support done", version));

    assertThat(tenancy.asUser(supervisor, () -> supervision.caseloads()).get(0).openCasesLed())
        .isZero();
    assertThat(tenancy.asUser(supervisor, () -> supervision.overdue())).isEmpty();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
    List<QualityReviewView> sample =
        tenancy.asUser(supervisor, () -> supervision.drawSample(10, today, today));
    assertThat(sample)
        .singleElement()
        .satisfies(review -> assertThat(review.caseId()).isEqualTo(opened.id()));

    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/app/helpline/supervision/reviews/" + sample.get(0).id())
                        .with(tenancy.as(supervisor)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    String caseLink = page.selectFirst("#case-link").attr("href");
    assertThat(caseLink).isEqualTo("/app/helpline/cases/" + opened.id());
    assertThat(
            mvc.perform(get(caseLink).with(tenancy.as(supervisor)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }
}
