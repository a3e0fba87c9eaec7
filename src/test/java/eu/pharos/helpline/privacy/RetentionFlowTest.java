package eu.pharos.helpline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.Retention;
import eu.pharos.helpline.RetentionPolicy;
import eu.pharos.helpline.RetentionReport;
import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.Victims;
import eu.pharos.network.CrimeType;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/** Retention: the organisation's policy, the run that anonymises expired cases, and its report. */
@PharosTest
class RetentionFlowTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String ORG_ADMIN = "orgadmin.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Retention retention;
  @Autowired VictimDataRights rights;
  @Autowired Victims victims;
  @Autowired Cases cases;
  @Autowired Contacts contacts;
  @Autowired RetentionCommand command;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  int originalDays;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    originalDays = tenancy.asUser(ORG_ADMIN, () -> retention.policy()).closedCaseRetentionDays();
  }

  @AfterEach
  void restorePolicy() {
    tenancy.asUser(
        ORG_ADMIN, () -> retention.changePolicy(originalDays, retention.policy().version()));
  }

  PreparedVictim prepare(boolean closed) {
    String marker = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return PreparedVictim.create(tenancy, victims, cases, contacts, marker, closed);
  }

  @Test
  void aRunAnonymisesExpiredClosedCasesOnlyAndReportsWhatItDid() throws Exception {
    RetentionPolicy policy = tenancy.asUser(ORG_ADMIN, () -> retention.policy());
    tenancy.asUser(ORG_ADMIN, () -> retention.changePolicy(30, policy.version()));

    PreparedVictim expired = prepare(true);
    expired.closedDaysAgo(jdbc, 31);
    PreparedVictim recent = prepare(true);
    recent.closedDaysAgo(jdbc, 29);
    PreparedVictim open = prepare(false);
    PreparedVictim held = prepare(true);
    held.closedDaysAgo(jdbc, 400);
    tenancy.asUser(
        SUPERVISOR, () -> rights.setLegalHold(held.victim().id(), "Civil claim pending"));
    String oldCallNote = "Old unlinked call " + UUID.randomUUID();
    ContactView oldCall = unlinkedContact(ADVISOR, oldCallNote, 40);
    ContactView newCall = unlinkedContact(ADVISOR, "Recent unlinked call", 2);
    // Another organisation keeps its own (default) policy.
    CaseView otherOrganisation = closedCaseOf(OUTSIDER, "Weisser Ring case summary");
    jdbc.update(
        "update helpline_case set closed_at = ? where id = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(40))),
        otherOrganisation.id());

    RetentionReport report = retention.run();

    // The expired case lost its texts, documents and victim; its victim, with no case kept, is
    // erased; the categories stay.
    assertThat(expired.plainTextLeftIn(jdbc)).isEmpty();
    Map<String, Object> anonymised =
        jdbc.queryForMap(
            "select victim_id, anonymised_at, crime_type, crime_country, outcome, status"
                + " from helpline_case where id = ?",
            expired.caseView().id());
    assertThat(anonymised.get("victim_id")).isNull();
    assertThat(anonymised.get("anonymised_at")).isNotNull();
    assertThat(anonymised)
        .containsEntry("crime_type", "DOMESTIC_VIOLENCE")
        .containsEntry("crime_country", "ES")
        .containsEntry("outcome", CaseOutcome.SUPPORT_COMPLETED.name())
        .containsEntry("status", "CLOSED");
    assertThat(
            jdbc.queryForMap(
                "select erased_at, erased_by, erasure_reason from helpline_victim where id = ?",
                expired.victim().id()))
        .containsEntry("erased_by", null)
        .containsEntry("erasure_reason", "retention")
        .extractingByKey("erased_at")
        .isNotNull();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from helpline_contact where case_id = ? and anonymised_at is not"
                    + " null and note_sealed is null and transcript_sealed is null",
                Integer.class,
                expired.caseView().id()))
        .isEqualTo(2);

    // The recent, the open and the held cases are kept whole.
    for (PreparedVictim kept : List.of(recent, open, held)) {
      String export =
          new String(
              tenancy.asUser(ADVISOR, () -> rights.exportJson(kept.victim().id())),
              StandardCharsets.UTF_8);
      for (String text : kept.texts()) {
        assertThat(export).as("kept: %s", text).contains(text);
      }
    }
    assertThat(anonymisedAt(held.caseView().id())).isNull();
    assertThat(anonymisedAt(otherOrganisation.id())).isNull();
    // An old contact outside any case loses its note; a recent one keeps it.
    assertThat(
            jdbc.queryForMap(
                "select note_sealed, anonymised_at from helpline_contact where id = ?",
                oldCall.id()))
        .containsEntry("note_sealed", null)
        .extractingByKey("anonymised_at")
        .isNotNull();
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.get(newCall.id())).note())
        .isEqualTo("Recent unlinked call");

    // The report: the totals, and each organisation's own figures for its admins.
    assertThat(report.casesAnonymised()).isGreaterThanOrEqualTo(1);
    assertThat(report.contactsAnonymised()).isGreaterThanOrEqualTo(3);
    assertThat(report.victimsErased()).isGreaterThanOrEqualTo(1);
    assertThat(report.skippedOnLegalHold()).isGreaterThanOrEqualTo(1);
    assertThat(report.finishedAt()).isAfterOrEqualTo(report.startedAt());
    RetentionReport mine = tenancy.asUser(ORG_ADMIN, () -> retention.recentRuns(5)).get(0);
    assertThat(mine.id()).isEqualTo(report.id());
    assertThat(mine.casesAnonymised()).isGreaterThanOrEqualTo(1);
    assertThat(mine.skippedOnLegalHold()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'helpline.retention.run'"
                    + " and target_id = ? and organisation_id = ?",
                Integer.class,
                report.id().toString(),
                organisationOf(ORG_ADMIN)))
        .isEqualTo(1);
    Document page = page(get("/app/helpline/retention").with(tenancy.as(ORG_ADMIN)), 200);
    assertThat(page.selectFirst("#runs-table tbody tr").text())
        .contains(String.valueOf(mine.casesAnonymised()));
    assertThat(page.select("#navigation a").eachText()).contains("Retention");

    // A second run leaves what the first anonymised as it was.
    Object firstAnonymised = anonymisedAt(expired.caseView().id());
    RetentionReport again = retention.run();
    assertThat(again.id()).isNotEqualTo(report.id());
    assertThat(anonymisedAt(expired.caseView().id())).isEqualTo(firstAnonymised);
    assertThat(anonymisedAt(held.caseView().id())).isNull();
  }

  @Test
  void theOperatorCommandRunsRetentionAndPrintsTheReport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).startsWith("Retention run ").contains("Total: ");
    assertThat(command.name()).isEqualTo("helpline-retention");
  }

  @Test
  void onlyOrganisationAdminsSeeAndChangeThePolicy() throws Exception {
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> retention.policy()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> retention.run()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(status(get("/app/helpline/retention").with(tenancy.as(ADVISOR)))).isEqualTo(403);
    assertThat(status(get("/api/v1/retention/policy").with(tenancy.as(SUPERVISOR)))).isEqualTo(403);
    assertThat(status(get("/api/v1/retention/runs").with(tenancy.as(ORG_ADMIN)))).isEqualTo(200);

    // A change by the API, audited; another organisation's policy does not move.
    RetentionPolicy before = tenancy.asUser(ORG_ADMIN, () -> retention.policy());
    MockHttpServletResponse changed =
        mvc.perform(
                put("/api/v1/retention/policy")
                    .with(tenancy.as(ORG_ADMIN))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"closedCaseRetentionDays\": 400, \"version\": "
                            + before.version()
                            + "}"))
            .andReturn()
            .getResponse();
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(changed.getContentAsString()).contains("\"closedCaseRetentionDays\":400");
    assertThat(tenancy.asUser(ORG_ADMIN, () -> retention.policy().closedCaseRetentionDays()))
        .isEqualTo(400);
    assertThat(
            jdbc.queryForList(
                "select closed_case_retention_days from helpline_settings"
                    + " where organisation_id = ?",
                Integer.class,
                organisationOf(OUTSIDER)))
        .doesNotContain(400);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and organisation_id = ?",
                Integer.class,
                "helpline.retention.policy-changed",
                organisationOf(ORG_ADMIN)))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void badInputsEachGetTheirMessageAndChangeNothing() throws Exception {
    RetentionPolicy start = tenancy.asUser(ORG_ADMIN, () -> retention.policy());

    for (int days : new int[] {29, 3651, -1}) {
      assertThatThrownBy(
              () -> tenancy.asUser(ORG_ADMIN, () -> retention.changePolicy(days, start.version())))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e -> {
                assertThat(e.problems().get(0).field()).isEqualTo("closedCaseRetentionDays");
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("helpline.privacy.retention.days.range");
              });
    }
    Document page = page(policyForm("29", start.version()), 400);
    assertThat(page.selectFirst("#closedCaseRetentionDays-error").text())
        .contains("Enter a number of days from 30 to 3650.");
    page = page(policyForm("two years", start.version()), 400);
    assertThat(page.selectFirst("#closedCaseRetentionDays-error").text())
        .contains("Enter the number of days as a whole number, like 730.");
    page = page(policyForm("", start.version()), 400);
    assertThat(page.selectFirst(".govuk-error-summary").text())
        .contains("Enter the number of days.");

    MockHttpServletResponse missing =
        mvc.perform(
                put("/api/v1/retention/policy")
                    .with(tenancy.as(ORG_ADMIN))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}"))
            .andReturn()
            .getResponse();
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(missing.getContentAsString())
        .contains("\"field\":\"closedCaseRetentionDays\"")
        .contains("\"field\":\"version\"");
    assertThat(tenancy.asUser(ORG_ADMIN, () -> retention.policy())).isEqualTo(start);

    // A stale edit: a colleague saved 500 days meanwhile.
    RetentionPolicy colleague =
        tenancy.asUser(ORG_ADMIN, () -> retention.changePolicy(500, start.version()));
    assertThatThrownBy(
            () -> tenancy.asUser(ORG_ADMIN, () -> retention.changePolicy(90, start.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> {
              assertThat(e.currentVersion()).isEqualTo(colleague.version());
              assertThat(e.current()).isEqualTo(colleague);
            });
    page = page(policyForm("90", start.version()), 409);
    assertThat(page.selectFirst("#conflict").text()).contains("500 days").contains("90 days");
    assertThat(page.selectFirst("input[name=version]").val())
        .isEqualTo(String.valueOf(colleague.version()));
    assertThat(page.selectFirst("#closedCaseRetentionDays").val()).isEqualTo("90");
    MockHttpServletResponse stale =
        mvc.perform(
                put("/api/v1/retention/policy")
                    .with(tenancy.as(ORG_ADMIN))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"closedCaseRetentionDays\": 90, \"version\": " + start.version() + "}"))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString()).contains("\"closedCaseRetentionDays\":500");
    assertThat(tenancy.asUser(ORG_ADMIN, () -> retention.policy())).isEqualTo(colleague);

    // Saving again from the page keeps the admin's value over the colleague's.
    assertThat(status(policyForm("90", colleague.version()))).isEqualTo(302);
    assertThat(tenancy.asUser(ORG_ADMIN, () -> retention.policy().closedCaseRetentionDays()))
        .isEqualTo(90);
  }

  private ContactView unlinkedContact(String user, String note, int daysAgo) {
    return tenancy.asUser(
        user,
        () ->
            contacts.record(
                new NewContact(
                    ContactChannel.PHONE,
                    null,
                    null,
                    ContactDirection.INBOUND,
                    Instant.now().minus(Duration.ofDays(daysAgo)),
                    60,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    note,
                    null,
                    false)));
  }

  private CaseView closedCaseOf(String user, String summary) {
    return tenancy.asUser(
        user,
        () -> {
          CaseView opened =
              cases.open(
                  new NewCase(
                      null,
                      new VictimDetails("Anna Schmidt", null, null, null, null, "de", "DE"),
                      new CrimeDetails(
                          CrimeType.ROBBERY,
                          LocalDate.now().minusDays(60),
                          null,
                          "DE",
                          "DE",
                          summary),
                      null,
                      Set.of()));
          return cases.close(opened.id(), CaseOutcome.OTHER, null, opened.version());
        });
  }

  private Object anonymisedAt(UUID caseId) {
    return jdbc.queryForObject(
        "select anonymised_at from helpline_case where id = ?", Object.class, caseId);
  }

  private UUID organisationOf(String email) {
    return jdbc.queryForObject(
        "select organisation_id from identity_user where email = ?", UUID.class, email);
  }

  private MockHttpServletRequestBuilder policyForm(String days, long version) {
    return post("/app/helpline/retention")
        .with(tenancy.as(ORG_ADMIN))
        .with(csrf())
        .param("closedCaseRetentionDays", days)
        .param("version", String.valueOf(version));
  }

  private int status(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
