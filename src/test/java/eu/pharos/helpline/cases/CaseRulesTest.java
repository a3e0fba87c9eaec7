package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseTestSupport.ADVISOR;
import static eu.pharos.helpline.cases.CaseTestSupport.OUTSIDER;
import static eu.pharos.helpline.cases.CaseTestSupport.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.network.CrimeType;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The rules of case work through the facade and the pages: impossible dates, stale edits, the
 * organisation's walls, closing and reopening, audit on every read and nothing readable at rest.
 */
@PharosTest
class CaseRulesTest {

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
  void aCrimeCannotHappenInTheFutureNorAfterTheCasesFirstContact() {
    LocalDate today = LocalDate.now(LISBON);
    assertThatThrownBy(
            () -> open(new CrimeDetails(null, today.plusDays(1), null, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("crimeDate");
                          assertThat(p.messageKey())
                              .isEqualTo("helpline.cases.error.crime-date.future");
                        }));

    CaseView view = open(new CrimeDetails(CrimeType.ASSAULT, today, null, null, null, null));
    // A contact recorded ten days ago is linked to the case: the crime cannot be after it.
    Instant contact = Instant.now().minus(10, ChronoUnit.DAYS);
    jdbc.update(
        "insert into helpline_contact (id, organisation_id, channel, direction, started_at,"
            + " anonymous, case_id, recorded_at, version)"
            + " select ?, organisation_id, 'PHONE', 'INBOUND', ?, false, id, ?, 0"
            + " from helpline_case where id = ?",
        UUID.randomUUID(),
        Timestamp.from(contact),
        Timestamp.from(contact),
        view.id());
    LocalDate contactDay = contact.atZone(LISBON).toLocalDate();

    assertThatThrownBy(
            () ->
                change(
                    view.id(),
                    new CrimeDetails(
                        CrimeType.ASSAULT, contactDay.plusDays(2), null, null, null, null),
                    view.version()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> {
              assertThat(invalid.problems().get(0).messageKey())
                  .isEqualTo("helpline.cases.error.crime-date.after-contact");
              assertThat(invalid.problems().get(0).arguments())
                  .containsExactly(contactDay.toString());
            });
    CaseView unchanged = tenancy.asUser(ADVISOR, () -> cases.get(view.id()));
    assertThat(unchanged.crime().crimeDate()).isEqualTo(today);
    assertThat(unchanged.version()).isEqualTo(view.version());

    CaseView changed =
        change(
            view.id(),
            new CrimeDetails(CrimeType.ASSAULT, contactDay, null, null, null, null),
            view.version());
    assertThat(changed.crime().crimeDate()).isEqualTo(contactDay);
    assertThat(changed.version()).isEqualTo(view.version() + 1);
  }

  @Test
  void aStaleEditIsRefusedWithTheStoredCaseAndThePageShowsBothVersions() throws Exception {
    CaseView view = support.openCase("Stale Edit", "The version first read");
    CaseView byColleague =
        tenancy.asUser(
            SUPERVISOR,
            () ->
                cases.changeDetails(
                    view.id(),
                    new CrimeDetails(
                        CrimeType.ROBBERY, null, null, "ES", "PT", "The colleague's version"),
                    view.version()));

    assertThatThrownBy(
            () ->
                change(
                    view.id(),
                    new CrimeDetails(CrimeType.ROBBERY, null, null, "ES", "PT", "Mine"),
                    view.version()))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            stale -> {
              assertThat(stale.currentVersion()).isEqualTo(byColleague.version());
              assertThat(((CaseView) stale.current()).crime().summary())
                  .isEqualTo("The colleague's version");
            });

    MvcResult page =
        mvc.perform(
                post("/app/helpline/cases/" + view.id() + "/crime")
                    .with(csrf())
                    .with(tenancy.as(ADVISOR))
                    .param("crimeType", "ROBBERY")
                    .param("crimeCountry", "ES")
                    .param("residenceCountry", "PT")
                    .param("summary", "My own words")
                    .param("version", String.valueOf(view.version())))
            .andReturn();
    assertThat(page.getResponse().getStatus()).isEqualTo(409);
    Document html = Jsoup.parse(page.getResponse().getContentAsString());
    assertThat(html.selectFirst("#conflict")).isNotNull();
    assertThat(html.selectFirst("#conflict-yours-summary").text()).isEqualTo("My own words");
    assertThat(html.selectFirst("#conflict-saved-summary").text())
        .isEqualTo("The colleague's version");
    assertThat(html.selectFirst("#crime-form #summary").text()).isEqualTo("My own words");
    assertThat(html.selectFirst("#crime-form input[name=version]").attr("value"))
        .isEqualTo(String.valueOf(byColleague.version()));
    assertThat(html.selectFirst("#crime-edit").hasAttr("open")).isTrue();
    assertThat(tenancy.asUser(ADVISOR, () -> cases.get(view.id())).crime().summary())
        .isEqualTo("The colleague's version");
  }

  @Test
  void anotherOrganisationGetsNotFoundThroughPagesApiAndFacade() throws Exception {
    CaseView view = support.openCase("Walled Victim", "Only APAV sees this");
    UUID document =
        tenancy
            .asUser(
                ADVISOR,
                () ->
                    cases.attachDocument(
                        view.id(), "letter.pdf", new ByteArrayInputStream(TestFiles.pdf())))
            .id();

    tenancy.assertOnlyOwnOrganisationSees("/app/helpline/cases/" + view.id(), ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(
        "/app/helpline/cases/" + view.id() + "/assessment", ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees("/api/v1/cases/" + view.id(), ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(
        "/api/v1/cases/" + view.id() + "/documents/" + document, ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(
        "/app/helpline/cases/" + view.id() + "/documents/" + document, ADVISOR, OUTSIDER);

    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> cases.get(view.id())))
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> cases.addNote(view.id(), "intrusion")))
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    OUTSIDER,
                    () -> cases.close(view.id(), CaseOutcome.OTHER, null, view.version())))
        .isInstanceOf(CaseNotFound.class);
    MvcResult note =
        mvc.perform(
                post("/app/helpline/cases/" + view.id() + "/notes")
                    .with(csrf())
                    .with(tenancy.as(OUTSIDER))
                    .param("text", "intrusion"))
            .andReturn();
    assertThat(note.getResponse().getStatus()).isEqualTo(404);
    MvcResult upload =
        mvc.perform(
                multipart("/api/v1/cases/" + view.id() + "/documents")
                    .file(new MockMultipartFile("file", "x.txt", "text/plain", TestFiles.text()))
                    .with(csrf())
                    .with(tenancy.as(OUTSIDER)))
            .andReturn();
    assertThat(upload.getResponse().getStatus()).isEqualTo(404);
    CaseList outsiders =
        tenancy.asUser(
            OUTSIDER, () -> cases.list(new CaseQuery(view.reference(), null, null, null, 0, 25)));
    assertThat(outsiders.total()).isZero();
    CaseView untouched = tenancy.asUser(ADVISOR, () -> cases.get(view.id()));
    assertThat(untouched.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(untouched.timeline()).hasSize(2);

    // Case work is for advisors and supervisors: an organisation admin is refused.
    assertThatThrownBy(() -> tenancy.asUser(CaseTestSupport.ORG_ADMIN, () -> cases.get(view.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            mvc.perform(
                    get("/app/helpline/cases/" + view.id())
                        .with(tenancy.as(CaseTestSupport.ORG_ADMIN)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void closingTwiceReopeningAnOpenOrAnonymisedCaseAndClosingWithoutOutcomeAreRefused() {
    CaseView view = support.openCase("Closing Rules", "To be closed");
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> cases.close(view.id(), null, "x", 0)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("outcome"));
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> cases.reopen(view.id(), "why")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems().get(0).messageKey())
                    .isEqualTo("helpline.cases.error.reopen.not-closed"));

    CaseView closed =
        tenancy.asUser(
            ADVISOR, () -> cases.close(view.id(), CaseOutcome.SUPPORT_COMPLETED, "All done", 0));
    assertThat(closed.closingNote()).isEqualTo("All done");
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () -> cases.close(view.id(), CaseOutcome.OTHER, null, closed.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems().get(0).messageKey())
                    .isEqualTo("helpline.cases.error.already-closed"));
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> cases.reopen(view.id(), "  ")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("reason"));
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> cases.addNote(view.id(), "late note")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems().get(0).messageKey())
                    .isEqualTo("helpline.cases.error.closed"));

    jdbc.update(
        "update helpline_case set anonymised_at = ? where id = ?",
        Timestamp.from(Instant.now()),
        view.id());
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> cases.reopen(view.id(), "why")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems().get(0).messageKey())
                    .isEqualTo("helpline.cases.error.anonymised"));
    assertThat(tenancy.asUser(ADVISOR, () -> cases.get(view.id())).status())
        .isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void aSubmittedAssessmentIsNeverChangedAndAReassessmentStartsANewDraft() {
    CaseView view = support.openCase("Reassessed", "Assessed twice");
    Map<AssessmentQuestion, Answer> all = new java.util.EnumMap<>(AssessmentQuestion.class);
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      all.put(question, question.scale().answers().get(1));
    }
    var first =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.submitAssessment(view.id(), new AssessmentDraft(all, Set.of(), "First", 0)));
    assertThat(first.specificProtectionNeeds()).isFalse();

    var second =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.saveAssessment(
                    view.id(),
                    new AssessmentDraft(
                        Map.of(AssessmentQuestion.CHILD, Answer.YES),
                        Set.of(ProtectionMeasure.SPECIAL_REPRESENTATIVE_FOR_CHILD),
                        "The victim turns out to be 16",
                        0)));
    assertThat(second.id()).isNotEqualTo(first.id());
    var assessments = tenancy.asUser(ADVISOR, () -> cases.assessments(view.id()));
    assertThat(assessments).hasSize(2);
    var stored =
        assessments.stream().filter(a -> a.id().equals(first.id())).findFirst().orElseThrow();
    assertThat(stored.answers()).isEqualTo(first.answers());
    assertThat(stored.summary()).isEqualTo("First");

    all.put(AssessmentQuestion.CHILD, Answer.YES);
    var reassessed =
        tenancy.asUser(
            ADVISOR,
            () ->
                cases.submitAssessment(
                    view.id(), new AssessmentDraft(all, Set.of(), "Child", second.version())));
    assertThat(reassessed.id()).isEqualTo(second.id());
    assertThat(reassessed.specificProtectionNeeds()).isTrue();
  }

  @Test
  void theDatabaseHoldsNoPlainTextOfCaseSummariesNotesOrOtherFreeText() {
    String marker = "PlainMarker" + UUID.randomUUID().toString().replace("-", "");
    CaseView view = support.openCase("Sealed " + marker, "Summary " + marker);
    UUID id = view.id();
    tenancy.asUser(
        ADVISOR,
        () -> {
          cases.changeDetails(
              id,
              new CrimeDetails(
                  CrimeType.ASSAULT, null, "Place " + marker, "PT", "PT", "Summary 2 " + marker),
              view.version());
          cases.addNote(id, "Note " + marker);
          cases.addAction(id, new NewPlanAction("Action " + marker, null, null));
          cases.scheduleFollowUp(
              id, new NewFollowUp(Instant.now().plus(1, ChronoUnit.DAYS), null, "Call " + marker));
          cases.saveAssessment(
              id, new AssessmentDraft(Map.of(), Set.of(), "Assessment " + marker, 0));
          cases.attachDocument(
              id,
              "file-" + marker + ".txt",
              new ByteArrayInputStream("text".getBytes(StandardCharsets.UTF_8)));
          CaseView current = cases.get(id);
          cases.close(id, CaseOutcome.OTHER, "Closing " + marker, current.version());
          return cases.reopen(id, "Reason " + marker);
        });
    CaseView read = tenancy.asUser(ADVISOR, () -> cases.get(id));
    assertThat(read.crime().summary()).isEqualTo("Summary 2 " + marker);
    assertThat(read.timeline().stream().map(e -> e.text())).contains("Note " + marker);

    List<String> found = new ArrayList<>();
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_name, column_name from information_schema.columns"
                + " where lower(table_name) like 'helpline_%'"
                + " and (lower(data_type) like '%char%' or lower(data_type) like '%text%'"
                + " or lower(data_type) like '%clob%')"
                + " and lower(table_schema) = lower(current_schema)");
    assertThat(columns).isNotEmpty();
    for (Map<String, Object> column : columns) {
      String table = column.get("table_name").toString();
      String name = column.get("column_name").toString();
      Long count =
          jdbc.queryForObject(
              "select count(*) from "
                  + table
                  + " where cast("
                  + name
                  + " as varchar(100000)) like ?",
              Long.class,
              "%" + marker + "%");
      if (count != null && count > 0) {
        found.add(table + "." + name);
      }
    }
    assertThat(found).as("columns holding the plain text").isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_stored_file where original_name like ?",
                Long.class,
                "%" + marker + "%"))
        .as("the file store keeps a neutral name")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where detail like ?",
                Long.class,
                "%" + marker + "%"))
        .isZero();
  }

  private CaseView open(CrimeDetails crime) {
    return tenancy.asUser(
        ADVISOR,
        () -> cases.open(new NewCase(null, VictimDetails.unnamed(), crime, null, Set.of())));
  }

  private CaseView change(UUID id, CrimeDetails crime, long version) {
    return tenancy.asUser(ADVISOR, () -> cases.changeDetails(id, crime, version));
  }
}
