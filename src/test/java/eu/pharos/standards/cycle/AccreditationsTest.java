package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.AccreditationDecided;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The network's decision, its rules per outcome, and its certificate anyone can verify. */
@PharosTest
@RecordApplicationEvents
class AccreditationsTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String CODE =
      "PHX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cycles cycles;
  @Autowired Accreditations accreditations;
  @Autowired TestFrameworks frameworks;
  @Autowired CycleStages stages;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;
  @Autowired MessageSource messages;

  TenancyCheck tenancy;
  UUID croatia;
  UUID cycleId;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    stages.removeCyclesOf(croatia);
    UUID framework = frameworks.adopted();
    cycleId =
        tenancy
            .asUser(SECRETARIAT, () -> cycles.open(new OpenCycle(croatia, framework, null, false)))
            .id();
  }

  @AfterEach
  void tearDown() {
    stages.removeCyclesOf(croatia);
  }

  @Test
  void noDecisionBeforeTheEvaluationIsComplete() {
    stages.toEvaluation(cycleId);
    assertThatThrownBy(
            () -> decide(DecisionOutcome.ACCREDITED, today, today.plusYears(3), null, List.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidInput.Problem::messageKey)
                  .containsExactly("standards.decision.error.not-evaluated");
              assertThat(
                      messages.getMessage(e.problems().get(0).messageKey(), null, Locale.ENGLISH))
                  .startsWith("The evaluation is not complete");
            });
    assertThat(decisionCount()).isZero();
    assertThat(stage()).isEqualTo("EVALUATION");
  }

  @Test
  void onlyTheSecretariatDecides() {
    stages.toImprovement(cycleId, FindingResult.MET);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD,
                    () ->
                        accreditations.decide(
                            cycleId,
                            DecisionOutcome.ACCREDITED,
                            today,
                            today.plusYears(1),
                            null,
                            List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(decisionCount()).isZero();
  }

  @Test
  void accreditedNeedsAValidityOfAtMostFiveYearsAndNoConditions() {
    stages.toImprovement(cycleId, FindingResult.MET, FindingResult.PARTLY_MET);
    assertThat(problems(DecisionOutcome.ACCREDITED, null, null, null, List.of()))
        .containsExactly(
            "standards.decision.error.from-required", "standards.decision.error.until-required");
    assertThat(problems(DecisionOutcome.ACCREDITED, today, today, null, List.of()))
        .containsExactly("standards.decision.error.until-after-from");
    assertThat(
            problems(
                DecisionOutcome.ACCREDITED, today, today.plusYears(5).plusDays(1), null, List.of()))
        .containsExactly("standards.decision.error.too-long");
    assertThat(
            problems(
                DecisionOutcome.ACCREDITED,
                today,
                today.plusYears(2),
                null,
                List.of(new NewCondition("Fix it", null))))
        .containsExactly("standards.decision.error.no-conditions");
    assertThat(problems(null, today, today.plusYears(2), null, List.of()))
        .containsExactly("standards.decision.error.outcome");
    assertThat(decisionCount()).isZero();

    DecisionView decided =
        decide(
            DecisionOutcome.ACCREDITED,
            today,
            today.plusYears(5),
            null,
            List.of(new NewCondition(" ", null)));
    assertThat(decided.certificateCode()).matches(CODE);
    assertThat(decided.status()).isEqualTo(CertificateStatus.VALID);
    assertThat(decided.conditions()).isEmpty();
    assertThat(stage()).isEqualTo("DECIDED");
    assertThat(events.stream(CycleStageChanged.class))
        .anyMatch(e -> e.cycleId().equals(cycleId) && e.stage().equals("DECIDED"));
    assertThat(events.stream(AccreditationDecided.class))
        .anyMatch(
            e ->
                e.cycleId().equals(cycleId)
                    && e.outcome().equals("ACCREDITED")
                    && e.validUntil().equals(today.plusYears(5)));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'standards.decision'"
                    + " and target_id = ?",
                Integer.class,
                cycleId.toString()))
        .isEqualTo(1);
    UUID lead =
        jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, HR_LEAD);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_notification where user_id = ? and message_key ="
                    + " 'standards.decision.notice.decided' and link = ?",
                Integer.class,
                lead,
                "/app/standards/cycles/" + cycleId + "/decision"))
        .isEqualTo(1);

    assertThat(problems(DecisionOutcome.NOT_ACCREDITED, null, null, "Changed mind", List.of()))
        .containsExactly("standards.decision.error.decided");
    assertThat(tenancy.asUser(HR_LEAD, () -> accreditations.decision(cycleId)))
        .hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.ACCREDITED));
  }

  @Test
  void accreditedWithConditionsNeedsOneAndTheSecretariatMarksItMet() {
    stages.toImprovement(cycleId, FindingResult.NOT_MET);
    assertThat(
            problems(
                DecisionOutcome.ACCREDITED_WITH_CONDITIONS,
                today,
                today.plusYears(3),
                null,
                List.of(new NewCondition("", null))))
        .containsExactly("standards.decision.error.condition-required");
    assertThat(
            problems(
                DecisionOutcome.ACCREDITED_WITH_CONDITIONS,
                today,
                today.plusYears(3),
                null,
                List.of(
                    new NewCondition("Fine", null),
                    new NewCondition(" ", today.plusMonths(1)),
                    new NewCondition("Late", today.minusDays(1)))))
        .containsExactly(
            "standards.decision.error.condition-text",
            "standards.decision.error.condition-due-past");

    DecisionView decided =
        decide(
            DecisionOutcome.ACCREDITED_WITH_CONDITIONS,
            today,
            today.plusYears(3),
            "Good work",
            List.of(
                new NewCondition("Adopt a complaints procedure", today.plusMonths(6)),
                new NewCondition("Train the volunteers", null)));
    assertThat(decided.conditions())
        .extracting(DecisionView.ConditionView::text)
        .containsExactly("Adopt a complaints procedure", "Train the volunteers");
    UUID first = decided.conditions().get(0).id();

    assertThatThrownBy(
            () -> tenancy.asUser(HR_LEAD, () -> accreditations.markConditionMet(cycleId, first)))
        .isInstanceOf(AccessDeniedException.class);
    DecisionView met =
        tenancy.asUser(SECRETARIAT, () -> accreditations.markConditionMet(cycleId, first));
    assertThat(met.conditions().get(0).met()).isTrue();
    assertThat(met.conditions().get(1).met()).isFalse();
    assertThatThrownBy(
            () ->
                tenancy.asUser(SECRETARIAT, () -> accreditations.markConditionMet(cycleId, first)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("standards.decision.error.condition-met"));

    CertificateCheck check = accreditations.verify(decided.certificateCode());
    assertThat(check.conditionsApply()).isTrue();
    assertThat(check.conditionCount()).isEqualTo(2);
    assertThat(check.outcome()).isEqualTo(DecisionOutcome.ACCREDITED_WITH_CONDITIONS);
  }

  @Test
  void notAccreditedHasNoValidityNoCertificateAndAReason() {
    stages.toImprovement(cycleId, FindingResult.NOT_MET);
    assertThat(
            problems(
                DecisionOutcome.NOT_ACCREDITED,
                today,
                today.plusYears(1),
                " ",
                List.of(new NewCondition("No", null))))
        .containsExactly(
            "standards.decision.error.no-validity",
            "standards.decision.error.no-conditions",
            "standards.decision.error.rationale-required");
    DecisionView decided =
        decide(DecisionOutcome.NOT_ACCREDITED, null, null, "Too many gaps", List.of());
    assertThat(decided.certificateCode()).isNull();
    assertThat(decided.rationale()).isEqualTo("Too many gaps");
    assertThat(decided.status()).isEqualTo(CertificateStatus.NOT_FOUND);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    HR_LEAD, () -> accreditations.certificatePdf(cycleId, Locale.ENGLISH)))
        .isInstanceOf(CycleNotFound.class);
  }

  @Test
  void codesAreRandomUnambiguousAndReadBackLeniently() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = CertificateCodes.next();
      assertThat(code).matches(CODE);
      seen.add(code);
    }
    assertThat(seen).hasSize(2000);
    assertThat(CertificateCodes.normalise("phx 7k2m qr4t 9xwb")).contains("PHX-7K2M-QR4T-9XWB");
    assertThat(CertificateCodes.normalise("7K2MQR4T9XWB")).contains("PHX-7K2M-QR4T-9XWB");
    assertThat(CertificateCodes.normalise("PHX-OIL0-0000-0000")).contains("PHX-0110-0000-0000");
    assertThat(CertificateCodes.normalise("PHX-7K2M-QR4T-9XWU")).isEmpty();
    assertThat(CertificateCodes.normalise("PHX-7K2M-QR4T")).isEmpty();
    assertThat(CertificateCodes.normalise("<script>")).isEmpty();
    assertThat(CertificateCodes.normalise("A".repeat(500))).isEmpty();
    assertThat(CertificateCodes.normalise(null)).isEmpty();
  }

  @Test
  void anyoneVerifiesACodeAsValidExpiredOrUnknown() throws Exception {
    stages.toImprovement(cycleId, FindingResult.MET);
    DecisionView decided =
        decide(DecisionOutcome.ACCREDITED, today.minusDays(1), today.plusYears(4), null, List.of());
    String code = decided.certificateCode();

    CertificateCheck valid = accreditations.verify(code.toLowerCase(Locale.ROOT));
    assertThat(valid.status()).isEqualTo(CertificateStatus.VALID);
    assertThat(valid.organisationName())
        .isEqualTo(organisations.find(croatia).orElseThrow().name());
    assertThat(valid.countryCode()).isEqualTo("HR");
    assertThat(valid.validUntil()).isEqualTo(today.plusYears(4));
    assertThat(valid.conditionsApply()).isFalse();
    assertThat(valid.frameworkName().in("en")).isEqualTo("Test standards");

    jdbc.update(
        "update standards_decision set valid_from = ?, valid_until = ? where cycle_id = ?",
        today.minusYears(3),
        today.minusDays(1),
        cycleId);
    assertThat(accreditations.verify(code).status()).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(accreditations.verify("PHX-0000-0000-0000").found()).isFalse();
    assertThat(accreditations.verify("not a code at all").found()).isFalse();
    assertThat(accreditations.verify("").found()).isFalse();

    byte[] pdf =
        tenancy.asUser(HR_LEAD, () -> accreditations.certificatePdf(cycleId, Locale.ENGLISH));
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page));
    }
    assertThat(text.toString())
        .contains(code)
        .contains("/certificates/" + code)
        .contains(valid.organisationName())
        .contains("Accredited");
  }

  private DecisionView decide(
      DecisionOutcome outcome,
      LocalDate from,
      LocalDate until,
      String rationale,
      List<NewCondition> conditions) {
    return tenancy.asUser(
        SECRETARIAT,
        () -> accreditations.decide(cycleId, outcome, from, until, rationale, conditions));
  }

  private List<String> problems(
      DecisionOutcome outcome,
      LocalDate from,
      LocalDate until,
      String rationale,
      List<NewCondition> conditions) {
    try {
      decide(outcome, from, until, rationale, conditions);
    } catch (InvalidInput invalid) {
      return invalid.problems().stream().map(InvalidInput.Problem::messageKey).toList();
    }
    throw new AssertionError("The decision was accepted");
  }

  private int decisionCount() {
    return jdbc.queryForObject(
        "select count(*) from standards_decision where cycle_id = ?", Integer.class, cycleId);
  }

  private String stage() {
    return jdbc.queryForObject(
        "select stage from standards_cycle where id = ?", String.class, cycleId);
  }
}
