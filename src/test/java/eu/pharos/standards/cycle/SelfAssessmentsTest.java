package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.identity.Organisations;
import eu.pharos.platform.FileRejected;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.SelfAssessmentView.EvidenceView;
import eu.pharos.standards.cycle.SelfAssessmentView.IndicatorAssessment;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Croatian member's self-assessment: ratings per indicator kept apart between colleagues,
 * evidence files and links, and the submission with the secretariat told.
 */
@PharosTest
@RecordApplicationEvents
class SelfAssessmentsTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String LEAD = "quality.hr-vwss@pharos.test";
  static final String SUPERVISOR = "supervisor.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired SelfAssessments assessments;
  @Autowired TestFrameworks frameworks;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  FrameworkTree framework;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    removeCyclesOf(croatia);
    UUID frameworkId = frameworks.adopted();
    framework = catalogue.tree(frameworkId);
    cycleId =
        tenancy
            .asUser(
                SECRETARIAT,
                () ->
                    cycles.open(
                        new OpenCycle(croatia, frameworkId, LocalDate.now().plusMonths(2), false)))
            .id();
  }

  @AfterEach
  void tearDown() {
    removeCyclesOf(croatia);
  }

  @Test
  void aRatingAndItsNarrativeAreStoredForTheirIndicatorAlone() {
    IndicatorAssessment saved =
        tenancy.asUser(
            LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 2, "  Our statutes say so.  ", -1));

    assertThat(saved.rating()).isEqualTo(2);
    assertThat(saved.level().label().in("en")).isEqualTo("Largely in place");
    assertThat(saved.narrative()).isEqualTo("Our statutes say so.");
    assertThat(saved.updatedByName()).isNotBlank();
    assertThat(saved.version()).isZero();

    SelfAssessmentView view = tenancy.asUser(LEAD, () -> assessments.view(cycleId));
    assertThat(view.contentVisible()).isTrue();
    assertThat(view.editable()).isTrue();
    assertThat(view.overdue()).isFalse();
    assertThat(view.indicator(id("1.1.2")).orElseThrow().rated()).isFalse();
    assertThat(view.indicator(id("1.1.2")).orElseThrow().version()).isEqualTo(-1);
    assertThat(view.progress()).isEqualTo(new SelfAssessmentView.Progress(1, 5, 3));
    assertThat(view.standards().get(0).progress())
        .isEqualTo(new SelfAssessmentView.Progress(1, 3, 2));
    assertThat(view.standards().get(1).progress())
        .isEqualTo(new SelfAssessmentView.Progress(0, 2, 1));
  }

  @Test
  void colleaguesRatingDifferentIndicatorsAtOnceKeepBoth() {
    SelfAssessmentView before = tenancy.asUser(LEAD, () -> assessments.view(cycleId));
    long first = before.indicator(id("1.1.1")).orElseThrow().version();
    long second = before.indicator(id("1.1.2")).orElseThrow().version();

    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 3, "Lead's text", first));
    tenancy.asUser(
        SUPERVISOR, () -> assessments.rate(cycleId, id("1.1.2"), 1, "Supervisor's", second));

    SelfAssessmentView after = tenancy.asUser(SUPERVISOR, () -> assessments.view(cycleId));
    assertThat(after.indicator(id("1.1.1")).orElseThrow().narrative()).isEqualTo("Lead's text");
    assertThat(after.indicator(id("1.1.1")).orElseThrow().rating()).isEqualTo(3);
    assertThat(after.indicator(id("1.1.2")).orElseThrow().narrative()).isEqualTo("Supervisor's");
    assertThat(after.indicator(id("1.1.2")).orElseThrow().rating()).isEqualTo(1);
  }

  @Test
  void aColleagueSavingOverANewerRatingIsToldAndTheSavedOneIsKept() {
    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 3, "Lead's text", -1));

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SUPERVISOR,
                    () -> assessments.rate(cycleId, id("1.1.1"), 0, "Supervisor's", -1)))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> {
              assertThat(e.currentVersion()).isZero();
              IndicatorAssessment current = (IndicatorAssessment) e.current();
              assertThat(current.rating()).isEqualTo(3);
              assertThat(current.narrative()).isEqualTo("Lead's text");
            });

    IndicatorAssessment changed =
        tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 2, "Second", 0));
    assertThat(changed.version()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SUPERVISOR, () -> assessments.rate(cycleId, id("1.1.1"), 0, "Late", 0)))
        .isInstanceOf(ConcurrentChange.class);
    IndicatorAssessment kept =
        tenancy.asUser(LEAD, () -> assessments.view(cycleId)).indicator(id("1.1.1")).orElseThrow();
    assertThat(kept.rating()).isEqualTo(2);
    assertThat(kept.narrative()).isEqualTo("Second");
  }

  @Test
  void badRatingsAreRefusedAndNothingIsStored() {
    assertThatThrownBy(
            () -> tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 4, "x", -1)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "rating", "standards.assessment.error.rating")));
    String tooLong = "a".repeat(SelfAssessments.NARRATIVE_MAX + 1);
    assertThatThrownBy(
            () ->
                tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 1, tooLong, -1)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.assessment.error.narrative-long"));

    UUID otherFrameworksIndicator = catalogue.tree(frameworks.adopted()).indicators().get(0).id();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD, () -> assessments.rate(cycleId, otherFrameworksIndicator, 1, "x", -1)))
        .isInstanceOf(CycleNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADMIN, () -> assessments.rate(cycleId, id("1.1.1"), 1, "x", -1)))
        .isInstanceOf(CycleNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(APAV_ADMIN, () -> assessments.view(cycleId)))
        .isInstanceOf(CycleNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SECRETARIAT, () -> assessments.rate(cycleId, id("1.1.1"), 1, "x", -1)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ratingCount()).isZero();
  }

  @Test
  void submittingWithRequiredIndicatorsUnratedNamesThemAndChangesNothing() {
    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.1"), 3, null, -1));
    tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("1.1.2"), null, "Draft only", -1));
    long version = tenancy.asUser(LEAD, () -> assessments.view(cycleId)).cycle().rowVersion();

    assertThatThrownBy(() -> tenancy.asUser(LEAD, () -> assessments.submit(cycleId, version)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidInput.Problem::field)
                  .containsExactly(
                      id("1.1.2").toString(), id("1.2.1").toString(), id("2.1.1").toString());
              assertThat(e.problems())
                  .extracting(p -> p.arguments().get(0))
                  .containsExactly("1.1.2", "1.2.1", "2.1.1");
              assertThat(e.problems())
                  .extracting(InvalidInput.Problem::messageKey)
                  .containsOnly("standards.assessment.error.unrated");
            });
    assertThat(stage()).isEqualTo("SELF_ASSESSMENT");
    assertThat(events.stream(CycleStageChanged.class))
        .noneMatch(e -> e.stage().equals("SUBMITTED"));
  }

  @Test
  void submittingWithOnlyTheOptionalIndicatorUnratedSubmitsAndTellsTheSecretariat() {
    for (String code : new String[] {"1.1.1", "1.1.2", "1.2.1", "2.1.1"}) {
      tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id(code), 2, "Text " + code, -1));
    }
    SelfAssessmentView before = tenancy.asUser(SECRETARIAT, () -> assessments.view(cycleId));
    assertThat(before.contentVisible()).as("not submitted yet: progress only").isFalse();
    assertThat(before.progress()).isEqualTo(new SelfAssessmentView.Progress(4, 5, 0));
    assertThat(before.standards().get(0).criteria()).isEmpty();
    long version = before.cycle().rowVersion();

    assertThatThrownBy(() -> tenancy.asUser(LEAD, () -> assessments.submit(cycleId, version + 1)))
        .isInstanceOf(ConcurrentChange.class);
    assertThatThrownBy(
            () -> tenancy.asUser(SECRETARIAT, () -> assessments.submit(cycleId, version)))
        .isInstanceOf(AccessDeniedException.class);

    CycleSummary submitted = tenancy.asUser(LEAD, () -> assessments.submit(cycleId, version));

    assertThat(submitted.stage()).isEqualTo(CycleStage.SUBMITTED);
    assertThat(submitted.submittedAt()).isNotNull();
    assertThat(stage()).isEqualTo("SUBMITTED");
    assertThat(events.stream(CycleStageChanged.class))
        .anyMatch(e -> e.cycleId().equals(cycleId) && e.stage().equals("SUBMITTED"));
    UUID secretariatUser = userId(SECRETARIAT);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_notification where user_id = ? and message_key = ?"
                    + " and link = ?",
                Integer.class,
                secretariatUser,
                "standards.assessment.notice.submitted",
                "/app/standards/cycles/" + cycleId + "/self-assessment"))
        .isEqualTo(1);

    SelfAssessmentView after = tenancy.asUser(SECRETARIAT, () -> assessments.view(cycleId));
    assertThat(after.contentVisible()).isTrue();
    assertThat(after.editable()).isFalse();
    assertThat(after.indicator(id("2.1.1")).orElseThrow().narrative()).isEqualTo("Text 2.1.1");
    assertThat(tenancy.asUser(LEAD, () -> assessments.view(cycleId)).editable()).isFalse();

    assertThatThrownBy(
            () -> tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id("2.1.2"), 1, "x", -1)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.cycle.error.stage.SELF_ASSESSMENT"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () -> assessments.addLink(cycleId, id("2.1.2"), "Late", "https://x.example")))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> tenancy.asUser(LEAD, () -> assessments.submit(cycleId, version + 1)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void linksMustBeWebAddressesWithATitle() {
    for (String bad :
        new String[] {
          "javascript:alert(1)", "ftp://files.example/x", "www.example.org", "https://", ""
        }) {
      assertThatThrownBy(
              () ->
                  tenancy.asUser(
                      LEAD, () -> assessments.addLink(cycleId, id("1.1.1"), "Policy", bad)))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e ->
                  assertThat(e.problems())
                      .extracting(InvalidInput.Problem::field)
                      .containsExactly("url"));
    }
    String tooLong = "https://example.org/" + "a".repeat(SelfAssessments.URL_MAX);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD, () -> assessments.addLink(cycleId, id("1.1.1"), "Policy", tooLong)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.assessment.error.url-long"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () -> assessments.addLink(cycleId, id("1.1.1"), " ", "https://example.org")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.assessment.error.title-required"));
    assertThat(evidenceCount()).isZero();

    EvidenceView link =
        tenancy.asUser(
            LEAD,
            () ->
                assessments.addLink(
                    cycleId, id("1.1.1"), "Statutes", "https://example.org/statutes.pdf"));
    assertThat(link.kind()).isEqualTo(EvidenceKind.LINK);
    assertThat(link.url()).isEqualTo("https://example.org/statutes.pdf");
    assertThat(
            tenancy
                .asUser(SUPERVISOR, () -> assessments.view(cycleId))
                .indicator(id("1.1.1"))
                .orElseThrow()
                .evidence())
        .extracting(EvidenceView::title)
        .containsExactly("Statutes");
    assertThatThrownBy(
            () ->
                tenancy.asUser(SECRETARIAT, () -> assessments.openEvidenceFile(cycleId, link.id())))
        .isInstanceOf(CycleNotFound.class);
  }

  @Test
  void anEvidenceFileIsStoredForTheMemberAndReadByTheSecretariatOnceSubmitted() throws IOException {
    byte[] pdf = TestFiles.pdf();
    EvidenceView file =
        tenancy.asUser(
            LEAD,
            () ->
                assessments.addFile(
                    cycleId, id("1.1.1"), "", "minutes.pdf", new ByteArrayInputStream(pdf)));
    assertThat(file.kind()).isEqualTo(EvidenceKind.FILE);
    assertThat(file.title()).isEqualTo("minutes.pdf");
    assertThat(file.fileName()).isEqualTo("minutes.pdf");
    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(
            read(
                tenancy.asUser(SUPERVISOR, () -> assessments.openEvidenceFile(cycleId, file.id()))))
        .isEqualTo(pdf);

    assertThatThrownBy(
            () ->
                tenancy.asUser(SECRETARIAT, () -> assessments.openEvidenceFile(cycleId, file.id())))
        .as("not submitted yet")
        .isInstanceOf(CycleNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(APAV_ADMIN, () -> assessments.openEvidenceFile(cycleId, file.id())))
        .isInstanceOf(CycleNotFound.class);

    for (String code : new String[] {"1.1.1", "1.1.2", "1.2.1", "2.1.1"}) {
      tenancy.asUser(LEAD, () -> assessments.rate(cycleId, id(code), 3, null, -1));
    }
    long version = tenancy.asUser(LEAD, () -> assessments.view(cycleId)).cycle().rowVersion();
    tenancy.asUser(LEAD, () -> assessments.submit(cycleId, version));

    EvidenceDownload download =
        tenancy.asUser(SECRETARIAT, () -> assessments.openEvidenceFile(cycleId, file.id()));
    assertThat(download.fileName()).isEqualTo("minutes.pdf");
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(read(download)).isEqualTo(pdf);
    assertThat(
            tenancy
                .asUser(SECRETARIAT, () -> assessments.view(cycleId))
                .indicator(id("1.1.1"))
                .orElseThrow()
                .evidence())
        .extracting(EvidenceView::fileName)
        .containsExactly("minutes.pdf");
    assertThatThrownBy(
            () -> tenancy.asUser(EVALUATOR, () -> assessments.openEvidenceFile(cycleId, file.id())))
        .as("an evaluator not assigned to the cycle")
        .isInstanceOf(CycleNotFound.class);
    jdbc.update(
        "insert into standards_evaluator (cycle_id, user_id, organisation_id, lead, assigned_at)"
            + " select ?, id, organisation_id, true, current_timestamp from identity_user"
            + " where email = ?",
        cycleId,
        EVALUATOR);
    assertThat(
            read(tenancy.asUser(EVALUATOR, () -> assessments.openEvidenceFile(cycleId, file.id()))))
        .as("the cycle's own evaluator")
        .isEqualTo(pdf);
    assertThat(tenancy.asUser(EVALUATOR, () -> assessments.view(cycleId)).contentVisible())
        .isTrue();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () -> {
                      assessments.removeEvidence(cycleId, file.id());
                      return null;
                    }))
        .as("submitted: evidence stays")
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aForbiddenFileIsRefusedWithItsReasonAndNothingIsStored() {
    int filesBefore = storedFileCount();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () ->
                        assessments.addFile(
                            cycleId,
                            id("1.1.1"),
                            "Policy",
                            "policy.pdf",
                            new ByteArrayInputStream(TestFiles.html()))))
        .isInstanceOfSatisfying(
            FileRejected.class,
            e -> assertThat(e.messageKey()).isEqualTo("file.rejected.type-not-allowed"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () ->
                        assessments.addFile(
                            cycleId,
                            id("1.1.1"),
                            "Setup",
                            "setup.exe",
                            new ByteArrayInputStream(TestFiles.executable()))))
        .isInstanceOfSatisfying(
            FileRejected.class,
            e -> assertThat(e.reason()).isEqualTo(FileRejected.Reason.TYPE_NOT_ALLOWED));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    LEAD,
                    () ->
                        assessments.addFile(
                            cycleId,
                            id("1.1.1"),
                            "Empty",
                            "empty.txt",
                            new ByteArrayInputStream(new byte[0]))))
        .isInstanceOfSatisfying(
            FileRejected.class, e -> assertThat(e.reason()).isEqualTo(FileRejected.Reason.EMPTY));
    assertThat(evidenceCount()).isZero();
    assertThat(storedFileCount()).isEqualTo(filesBefore);
  }

  @Test
  void removingFileEvidenceRemovesTheFile() {
    EvidenceView file =
        tenancy.asUser(
            LEAD,
            () ->
                assessments.addFile(
                    cycleId,
                    id("2.1.2"),
                    "Agreement",
                    "agreement.txt",
                    new ByteArrayInputStream(TestFiles.text())));
    UUID fileId =
        jdbc.queryForObject(
            "select file_id from standards_evidence where id = ?", UUID.class, file.id());
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADMIN,
                    () -> {
                      assessments.removeEvidence(cycleId, file.id());
                      return null;
                    }))
        .isInstanceOf(CycleNotFound.class);

    tenancy.asUser(
        SUPERVISOR,
        () -> {
          assessments.removeEvidence(cycleId, file.id());
          return null;
        });

    assertThat(evidenceCount()).isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_stored_file where id = ?", Integer.class, fileId))
        .isZero();
  }

  @Test
  void aDueDateThatPassedShowsTheSelfAssessmentOverdue() {
    jdbc.update(
        "update standards_cycle set self_assessment_due = ? where id = ?",
        LocalDate.now().minusDays(3),
        cycleId);
    assertThat(tenancy.asUser(LEAD, () -> assessments.view(cycleId)).overdue()).isTrue();
  }

  private UUID id(String code) {
    return framework.indicators().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static byte[] read(EvidenceDownload download) {
    try (InputStream in = download.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String stage() {
    return jdbc.queryForObject(
        "select stage from standards_cycle where id = ?", String.class, cycleId);
  }

  private int ratingCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_rating where cycle_id = ?", Integer.class, cycleId);
  }

  private int evidenceCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_evidence where cycle_id = ?", Integer.class, cycleId);
  }

  private int storedFileCount() {
    return jdbc.queryForObject(
        "select count(*) from platform_stored_file where organisation_id = ?",
        Integer.class,
        croatia);
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private void removeCyclesOf(UUID organisationId) {
    jdbc.update(
        "delete from standards_decision where cycle_id in"
            + " (select id from standards_cycle where organisation_id = ?)",
        organisationId);
    jdbc.update(
        "update standards_cycle set previous_cycle_id = null where organisation_id = ?",
        organisationId);
    jdbc.update("delete from standards_cycle where organisation_id = ?", organisationId);
  }
}
