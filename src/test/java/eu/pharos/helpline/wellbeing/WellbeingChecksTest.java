package eu.pharos.helpline.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.TeamWellbeing;
import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.WellbeingResult;
import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The confidential wellbeing check: each person reads only their own, supervisors see a trend only
 * for months with at least five people, and bad answers are refused one by one.
 */
@PharosTest
class WellbeingChecksTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired WellbeingChecks checks;
  @Autowired PersonalDataCipher cipher;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  TestTeam team;
  String supervisor;
  String admin;

  @BeforeEach
  void prepareTeam() {
    tenancy = new TenancyCheck(mvc, userDetails);
    team = TestTeam.create(jdbc, cipher);
    for (String name : List.of("Ana", "Bruno", "Carla", "Duarte", "Eva", "Filipa")) {
      team.person(name + " Advisor", Role.ADVISOR);
    }
    team.person("Sofia Supervisor", Role.SUPERVISOR);
    team.person("Olga Admin", Role.ORG_ADMIN);
    supervisor = team.email("Sofia Supervisor");
    admin = team.email("Olga Admin");
  }

  @Test
  void theTrendShowsNothingForFourPeopleAndTheAveragesOfTheirLatestChecksForFive()
      throws Exception {
    submit("Ana", 1);
    submit("Bruno", 2);
    submit("Carla", 3);
    submit("Duarte", 4);

    assertThat(tenancy.asUser(supervisor, () -> checks.teamTrend())).isEmpty();
    Document overview = page(supervisor, get("/app/helpline/supervision"), 200);
    assertThat(overview.selectFirst("#wellbeing-none")).isNotNull();
    assertThat(overview.selectFirst("#wellbeing-trend")).isNull();

    submit("Eva", 5);
    Optional<TeamWellbeing> trend = tenancy.asUser(supervisor, () -> checks.teamTrend());

    // Scores of all-1 to all-5 answers: 0, 25, 50, 75, 100; their average is 50.
    assertThat(trend).isPresent();
    assertThat(trend.get().months())
        .singleElement()
        .satisfies(
            month -> {
              assertThat(month.month()).isEqualTo(YearMonth.from(latestTakenOn()));
              assertThat(month.participants()).isEqualTo(5);
              assertThat(month.compassionFatigue()).isEqualTo(50);
              assertThat(month.burnout()).isEqualTo(50);
              assertThat(month.satisfaction()).isEqualTo(50);
            });

    // Ana takes the check again: her latest counts, once.
    submit("Ana", 5);
    TeamWellbeing.Month month =
        tenancy.asUser(supervisor, () -> checks.teamTrend()).orElseThrow().months().get(0);
    assertThat(month.participants()).isEqualTo(5);
    assertThat(month.burnout()).isEqualTo(70); // (100 + 25 + 50 + 75 + 100) / 5
    overview = page(supervisor, get("/app/helpline/supervision"), 200);
    assertThat(overview.selectFirst("#wellbeing-trend tbody tr").text()).endsWith("5 70 70 70");
    assertThat(tenancy.asUser(admin, () -> checks.teamTrend())).isPresent();
  }

  @Test
  void aMonthWithFewerThanFivePeopleStaysHiddenBesideOneWithFive() {
    UUID[] ids = new UUID[6];
    String[] names = {"Ana", "Bruno", "Carla", "Duarte", "Eva", "Filipa"};
    for (int i = 0; i < names.length; i++) {
      ids[i] = team.id(names[i] + " Advisor");
    }
    // January 2025: 5 people; February 2025: 4 people, one of them twice.
    for (int i = 0; i < 5; i++) {
      storedCheck(ids[i], LocalDate.of(2025, 1, 10 + i), 20, 40, 60);
    }
    for (int i = 0; i < 4; i++) {
      storedCheck(ids[i], LocalDate.of(2025, 2, 3), 90, 90, 10);
    }
    storedCheck(ids[0], LocalDate.of(2025, 2, 20), 10, 10, 90);

    TeamWellbeing trend = tenancy.asUser(supervisor, () -> checks.teamTrend()).orElseThrow();

    assertThat(trend.months())
        .singleElement()
        .isEqualTo(new TeamWellbeing.Month(YearMonth.of(2025, 1), 5, 20, 40, 60));
  }

  @Test
  void nobodyElseReadsAPersonsCheckNotEvenASupervisorOrAnAdministrator() throws Exception {
    WellbeingResult anas = submit("Ana", 5);
    String ana = team.email("Ana Advisor");

    assertThat(tenancy.asUser(ana, () -> checks.mine()))
        .extracting(WellbeingResult::id)
        .containsExactly(anas.id());
    assertThat(tenancy.asUser(supervisor, () -> checks.mine())).isEmpty();
    assertThat(tenancy.asUser(team.email("Bruno Advisor"), () -> checks.mine())).isEmpty();
    assertThatThrownBy(() -> tenancy.asUser(admin, () -> checks.mine()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> tenancy.asUser(admin, () -> checks.submit(WellbeingScoringTest.all(3))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(ana, () -> checks.teamTrend()))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(json(supervisor, "/api/v1/wellbeing/checks", 200)).isEqualTo("[]");
    assertThat(json(ana, "/api/v1/wellbeing/checks", 200)).contains(anas.id().toString());
    assertThat(json(admin, "/api/v1/wellbeing/checks", 403)).doesNotContain(anas.id().toString());
    assertThat(status(supervisor, "/api/v1/wellbeing/checks/" + anas.id())).isEqualTo(404);
    assertThat(status("advisor.apav@pharos.test", "/api/v1/wellbeing/checks/" + anas.id()))
        .isEqualTo(404);
    assertThat(json("advisor.apav@pharos.test", "/api/v1/wellbeing/checks", 200))
        .doesNotContain(anas.id().toString());

    Document own = page(ana, get("/app/helpline/wellbeing"), 200);
    assertThat(own.select("#history tbody tr")).hasSize(1);
    Document supervisors = page(supervisor, get("/app/helpline/wellbeing"), 200);
    assertThat(supervisors.selectFirst("#history")).isNull();
    assertThat(supervisors.selectFirst("#history-none")).isNotNull();
    assertThat(status(admin, "/app/helpline/wellbeing")).isEqualTo(403);
    Document overview = page(supervisor, get("/app/helpline/supervision"), 200);
    assertThat(overview.selectFirst("#wellbeing-none")).isNotNull();
    assertThat(overview.selectFirst("#wellbeing-trend")).isNull();
    assertThat(overview.html()).doesNotContain(anas.id().toString());
  }

  @Test
  void theContentOfACheckIsNotAudited() {
    UUID ana = team.id("Ana Advisor");
    long before = auditedBy(ana);
    WellbeingResult result = submit("Ana", 2);

    assertThat(auditedBy(ana)).isEqualTo(before);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where target_id = ?"
                    + " or lower(action) like '%wellbeing%' or lower(target_type) like '%wellbeing%'",
                Long.class, result.id().toString()))
        .isZero();
  }

  private long auditedBy(UUID actor) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where actor_id = ?", Long.class, actor);
  }

  @Test
  void theFormSavesACheckShowsItsScoresAndListsItInTheHistory() throws Exception {
    String ana = team.email("Ana Advisor");
    Document blank = page(ana, get("/app/helpline/wellbeing"), 200);
    assertThat(blank.select("#check fieldset")).hasSize(12);
    assertThat(blank.select("#check fieldset legend")).hasSize(12);
    assertThat(blank.select("#check input[type=radio]")).hasSize(60);
    assertThat(blank.selectFirst("label[for=answer-JUMPY_OR_ON_EDGE]").text()).isEqualTo("1 never");
    assertThat(blank.selectFirst("#confidential").text()).contains("Only you can see");
    assertThat(blank.selectFirst("#support").nextElementSibling().text()).contains("supervisor");
    assertThat(blank.text()).contains("112");

    MockHttpServletRequestBuilder form = form(ana);
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      form.param(
          "answer." + question.name(),
          question.scale() == WellbeingQuestion.Scale.SATISFACTION ? "2" : "5");
    }
    MvcResult saved = mvc.perform(form).andReturn();
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/app/helpline/wellbeing#result");
    WellbeingResult result = (WellbeingResult) saved.getFlashMap().get("result");
    assertThat(result.compassionFatigue()).isEqualTo(100);
    assertThat(result.burnout()).isEqualTo(100);
    assertThat(result.satisfaction()).isEqualTo(25);

    Document shown =
        Jsoup.parse(
            mvc.perform(
                    get("/app/helpline/wellbeing")
                        .with(tenancy.as(ana))
                        .flashAttrs(Map.of("result", result)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(shown.selectFirst("#result-scores").text())
        .contains("100 out of 100")
        .contains("A lot of strain shows. This is not a failing")
        .contains("Your work gives you little satisfaction");
    assertThat(shown.select("#history tbody tr")).hasSize(1);
    assertThat(shown.selectFirst("#history tbody tr").text()).endsWith("100 100 25");
  }

  @Test
  void missingAndOutOfRangeAnswersEachGetTheirMessageAndNothingIsStored() throws Exception {
    String ana = team.email("Ana Advisor");
    MockHttpServletRequestBuilder form = form(ana);
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      if (question != WellbeingQuestion.TROUBLE_SLEEPING
          && question != WellbeingQuestion.PROUD_OF_WORK
          && question != WellbeingQuestion.JUMPY_OR_ON_EDGE) {
        form.param("answer." + question.name(), "3");
      }
    }
    form.param("answer.PROUD_OF_WORK", "9");
    form.param("answer.JUMPY_OR_ON_EDGE", "often");

    Document page = page(ana, form, 400);

    assertThat(page.select(".govuk-error-summary__list li")).hasSize(3);
    assertThat(page.selectFirst("#answer-TROUBLE_SLEEPING-error").text())
        .contains("Choose how often: “I had trouble sleeping because of work.”");
    assertThat(page.selectFirst("#answer-PROUD_OF_WORK-error").text())
        .contains("Choose an answer from 1 to 5: “I felt proud of the work I do.”");
    assertThat(page.selectFirst("#answer-JUMPY_OR_ON_EDGE-error").text())
        .contains("Choose how often");
    assertThat(page.selectFirst("#answer-AVOIDING_REMINDERS-3").hasAttr("checked")).isTrue();
    assertThat(page.selectFirst(".govuk-error-summary a[href=#answer-TROUBLE_SLEEPING]"))
        .isNotNull();
    assertThat(storedChecks()).isZero();

    MvcResult api =
        mvc.perform(
                post("/api/v1/wellbeing/checks")
                    .with(csrf())
                    .with(tenancy.as(ana))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"answers\":{\"INTRUSIVE_THOUGHTS\":0,\"BURNOUT_NOT_A_QUESTION\":3}}"))
            .andReturn();
    assertThat(api.getResponse().getStatus()).isEqualTo(400);
    MvcResult incomplete =
        mvc.perform(
                post("/api/v1/wellbeing/checks")
                    .with(csrf())
                    .with(tenancy.as(ana))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"answers\":{\"INTRUSIVE_THOUGHTS\":0}}"))
            .andReturn();
    assertThat(incomplete.getResponse().getStatus()).isEqualTo(400);
    assertThat(incomplete.getResponse().getContentAsString())
        .contains("\"field\":\"answers.INTRUSIVE_THOUGHTS\"")
        .contains("Choose an answer from 1 to 5")
        .contains("\"field\":\"answers.ABLE_TO_SWITCH_OFF\"");
    assertThatThrownBy(
            () ->
                tenancy.asUser(ana, () -> checks.submit(Map.of(WellbeingQuestion.LESS_PATIENT, 3))))
        .isInstanceOfSatisfying(
            InvalidInput.class, invalid -> assertThat(invalid.problems()).hasSize(11));
    assertThat(storedChecks()).isZero();

    MvcResult created =
        mvc.perform(
                post("/api/v1/wellbeing/checks")
                    .with(csrf())
                    .with(tenancy.as(ana))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(allAnswersJson(4)))
            .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    assertThat(created.getResponse().getContentAsString())
        .contains("\"compassionFatigue\":75,\"burnout\":75,\"satisfaction\":75");
    assertThat(storedChecks()).isEqualTo(1);
  }

  @Test
  void thePageSpeaksTheUsersLanguage() throws Exception {
    Document page =
        page(team.email("Ana Advisor"), get("/app/helpline/wellbeing").param("lang", "pt"), 200);
    assertThat(page.selectFirst("h1").text()).isEqualTo("A sua autoavaliação de bem-estar");
    assertThat(page.selectFirst("label[for=answer-LESS_PATIENT-5]").text())
        .isEqualTo("5 muito frequentemente");
  }

  private WellbeingResult submit(String name, int everyAnswer) {
    return tenancy.asUser(
        team.email(name + " Advisor"), () -> checks.submit(WellbeingScoringTest.all(everyAnswer)));
  }

  private void storedCheck(
      UUID user, LocalDate takenOn, int fatigue, int burnout, int satisfaction) {
    jdbc.update(
        "insert into helpline_wellbeing_check (id, organisation_id, user_id, taken_on, answers,"
            + " compassion_fatigue_score, burnout_score, satisfaction_score, created_at)"
            + " values (?, ?, ?, ?, 'stored by the test', ?, ?, ?, ?)",
        UUID.randomUUID(),
        team.organisationId(),
        user,
        takenOn,
        fatigue,
        burnout,
        satisfaction,
        takenOn.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
  }

  private LocalDate latestTakenOn() {
    return jdbc.queryForObject(
        "select max(taken_on) from helpline_wellbeing_check where organisation_id = ?",
        LocalDate.class,
        team.organisationId());
  }

  private long storedChecks() {
    return jdbc.queryForObject(
        "select count(*) from helpline_wellbeing_check where organisation_id = ?",
        Long.class,
        team.organisationId());
  }

  private static String allAnswersJson(int answer) {
    StringBuilder json = new StringBuilder("{\"answers\":{");
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      if (question.ordinal() > 0) {
        json.append(',');
      }
      json.append('"').append(question.name()).append("\":").append(answer);
    }
    return json.append("}}").toString();
  }

  private MockHttpServletRequestBuilder form(String email) {
    return post("/app/helpline/wellbeing").with(csrf()).with(tenancy.as(email));
  }

  private Document page(String email, MockHttpServletRequestBuilder request, int status)
      throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(email))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
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
}
