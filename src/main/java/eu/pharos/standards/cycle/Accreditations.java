package eu.pharos.standards.cycle;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.AccreditationDecided;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.StandardsAccess.Access;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's decision at the end of a cycle, and its certificate. Only the secretariat decides,
 * and only once the evaluation report is complete; an accrediting decision carries a validity
 * period and a certificate code that anyone may verify without signing in.
 */
@Service
@Transactional
public class Accreditations {

  static final int MAX_VALIDITY_YEARS = 5;
  static final int MAX_TEXT = 2000;
  static final int MAX_RATIONALE = 10000;

  private final DecisionRepository decisions;
  private final CycleRepository cycleRepository;
  private final StandardsAccess access;
  private final Cycles cycles;
  private final FrameworkCatalogue catalogue;
  private final Organisations organisations;
  private final StandardsPeople people;
  private final Notifications notifications;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final CertificatePdf pdf;
  private final Clock clock;
  private final ZoneId zone;

  Accreditations(
      DecisionRepository decisions,
      CycleRepository cycleRepository,
      StandardsAccess access,
      Cycles cycles,
      FrameworkCatalogue catalogue,
      Organisations organisations,
      StandardsPeople people,
      Notifications notifications,
      AuditLog audit,
      ApplicationEventPublisher events,
      CertificatePdf pdf,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.decisions = decisions;
    this.cycleRepository = cycleRepository;
    this.access = access;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.people = people;
    this.notifications = notifications;
    this.audit = audit;
    this.events = events;
    this.pdf = pdf;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Records the decision on a cycle whose evaluation report is complete. ACCREDITED needs a
   * validity of at most five years and no conditions; ACCREDITED_WITH_CONDITIONS the same validity
   * and at least one condition; NOT_ACCREDITED no validity, no conditions and a rationale. Blank
   * condition rows (no text, no date) are ignored, as a form sends them.
   */
  public DecisionView decide(
      UUID cycleId,
      DecisionOutcome outcome,
      LocalDate validFrom,
      LocalDate validUntil,
      String rationale,
      List<NewCondition> conditions) {
    Access deciding = access.change(cycleId).require(Party.SECRETARIAT);
    Cycle cycle = deciding.cycle();
    if (cycle.stage() == CycleStage.DECIDED) {
      throw InvalidInput.of(null, "standards.decision.error.decided");
    }
    if (cycle.stage() != CycleStage.IMPROVEMENT) {
      throw InvalidInput.of(null, "standards.decision.error.not-evaluated");
    }
    List<NewCondition> given =
        conditions == null
            ? List.of()
            : conditions.stream()
                .filter(c -> c != null && (!blank(c.text()) || c.dueOn() != null))
                .toList();
    String why = rationale == null ? "" : rationale.strip();
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(InvalidInput.Problem.of("outcome", "standards.decision.error.outcome"));
    } else if (outcome.accredits()) {
      checkValidity(validFrom, validUntil, problems);
      if (outcome == DecisionOutcome.ACCREDITED && !given.isEmpty()) {
        problems.add(
            InvalidInput.Problem.of("conditions", "standards.decision.error.no-conditions"));
      }
      if (outcome == DecisionOutcome.ACCREDITED_WITH_CONDITIONS) {
        if (given.isEmpty()) {
          problems.add(
              InvalidInput.Problem.of("conditions", "standards.decision.error.condition-required"));
        }
        checkConditions(given, validFrom, problems);
      }
    } else {
      if (validFrom != null || validUntil != null) {
        problems.add(InvalidInput.Problem.of("validFrom", "standards.decision.error.no-validity"));
      }
      if (!given.isEmpty()) {
        problems.add(
            InvalidInput.Problem.of("conditions", "standards.decision.error.no-conditions"));
      }
      if (why.isEmpty()) {
        problems.add(
            InvalidInput.Problem.of("rationale", "standards.decision.error.rationale-required"));
      }
    }
    if (why.length() > MAX_RATIONALE) {
      problems.add(
          InvalidInput.Problem.of(
              "rationale", "standards.decision.error.rationale-long", MAX_RATIONALE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }

    Instant now = clock.instant();
    boolean accredits = outcome.accredits();
    Decision decision =
        new Decision(
            cycleId,
            cycle.organisationId(),
            outcome,
            accredits ? validFrom : null,
            accredits ? validUntil : null,
            why.isEmpty() ? null : why,
            accredits ? newCode() : null,
            now,
            deciding.userId());
    given.forEach(c -> decision.addCondition(c.text().strip(), c.dueOn()));
    decisions.saveAndFlush(decision);
    cycle.decided(now);
    cycleRepository.saveAndFlush(cycle);

    events.publishEvent(
        new CycleStageChanged(cycleId, cycle.organisationId(), cycle.stage().name(), now));
    events.publishEvent(
        new AccreditationDecided(
            cycleId, cycle.organisationId(), outcome.name(), decision.validUntil()));
    audit.record(
        AuditRecord.of("standards.decision", AuditOutcome.SUCCESS)
            .target("standards_cycle", cycleId)
            .detail(
                "outcome="
                    + outcome.name()
                    + (accredits
                        ? "; valid "
                            + validFrom
                            + " to "
                            + validUntil
                            + "; certificate "
                            + decision.certificateCode()
                        : "")
                    + "; conditions "
                    + given.size())
            .actor(null, null, cycle.organisationId()));
    String link = "/app/standards/cycles/" + cycleId + "/decision";
    people
        .qualityStaff(cycle.organisationId())
        .forEach(
            user ->
                notifications.notify(
                    user.id(),
                    "standards.decision.notice.decided",
                    List.of(cycle.reference()),
                    link));
    return view(decision);
  }

  /** The secretariat records that a condition of the accreditation is met. */
  public DecisionView markConditionMet(UUID cycleId, UUID conditionId) {
    Access deciding = access.change(cycleId).require(Party.SECRETARIAT);
    Decision decision =
        decisions.findByCycleId(cycleId).orElseThrow(() -> CycleNotFound.forId(cycleId));
    Condition condition =
        decision.conditions().stream()
            .filter(c -> c.id().equals(conditionId))
            .findFirst()
            .orElseThrow(() -> CycleNotFound.forId(conditionId));
    if (condition.metAt() != null) {
      throw InvalidInput.of(null, "standards.decision.error.condition-met");
    }
    condition.met(clock.instant(), deciding.userId());
    decisions.saveAndFlush(decision);
    audit.record(
        AuditRecord.of("standards.condition.met", AuditOutcome.SUCCESS)
            .target("standards_cycle", cycleId)
            .detail("condition " + condition.position())
            .actor(null, null, deciding.cycle().organisationId()));
    return view(decision);
  }

  /** The decision on a cycle, for its parties; empty before the decision. */
  @Transactional(readOnly = true)
  public Optional<DecisionView> decision(UUID cycleId) {
    access.read(cycleId).require(Party.MEMBER, Party.SECRETARIAT, Party.EVALUATOR);
    return decisions.findByCycleId(cycleId).map(this::view);
  }

  /**
   * The certificate of an accrediting decision as PDF, for the parties of the cycle; "not found"
   * when the cycle has no certificate.
   */
  @Transactional(readOnly = true)
  public byte[] certificatePdf(UUID cycleId, Locale locale) {
    Access seen = access.read(cycleId).require(Party.MEMBER, Party.SECRETARIAT, Party.EVALUATOR);
    Decision decision =
        decisions
            .findByCycleId(cycleId)
            .filter(d -> d.certificateCode() != null)
            .orElseThrow(() -> CycleNotFound.forId(cycleId));
    CycleSummary cycle = cycles.summary(seen);
    return pdf.write(cycle, view(decision), locale);
  }

  /**
   * What anyone may learn from a certificate's code, without signing in. The organisation, the
   * framework, the outcome, the validity and today's status are public: that is what a certificate
   * is for. Whether conditions apply, and how many, is public too, since it qualifies the
   * accreditation; the conditions' text is not, as it describes the organisation's internal
   * shortcomings, which the network shares with the member only. A malformed code, an unknown one
   * and one of a decision that did not accredit all answer the same "not found".
   */
  @Transactional(readOnly = true)
  public CertificateCheck verify(String code) {
    Optional<String> normalised = CertificateCodes.normalise(code);
    if (normalised.isEmpty()) {
      return CertificateCheck.notFound(null);
    }
    Optional<Decision> found =
        decisions.findByCertificateCode(normalised.get()).filter(d -> d.outcome().accredits());
    if (found.isEmpty()) {
      return CertificateCheck.notFound(normalised.get());
    }
    Decision decision = found.get();
    Optional<OrganisationView> organisation = organisations.find(decision.organisationId());
    Cycle cycle = cycleRepository.findById(decision.cycleId()).orElseThrow();
    FrameworkTree framework = catalogue.tree(cycle.frameworkId());
    return new CertificateCheck(
        decision.certificateCode(),
        status(decision, today()),
        organisation.map(OrganisationView::name).orElse(""),
        organisation.map(OrganisationView::countryCode).orElse(""),
        decision.outcome(),
        decision.validFrom(),
        decision.validUntil(),
        !decision.conditions().isEmpty(),
        decision.conditions().size(),
        framework.name(),
        framework.version());
  }

  private static CertificateStatus status(Decision decision, LocalDate today) {
    if (!decision.outcome().accredits() || decision.certificateCode() == null) {
      return CertificateStatus.NOT_FOUND;
    }
    if (decision.validOn(today)) {
      return CertificateStatus.VALID;
    }
    return today.isBefore(decision.validFrom())
        ? CertificateStatus.NOT_YET_VALID
        : CertificateStatus.EXPIRED;
  }

  private void checkValidity(
      LocalDate validFrom, LocalDate validUntil, List<InvalidInput.Problem> problems) {
    if (validFrom == null) {
      problems.add(InvalidInput.Problem.of("validFrom", "standards.decision.error.from-required"));
    }
    if (validUntil == null) {
      problems.add(
          InvalidInput.Problem.of("validUntil", "standards.decision.error.until-required"));
    }
    if (validFrom != null && validUntil != null) {
      if (!validUntil.isAfter(validFrom)) {
        problems.add(
            InvalidInput.Problem.of("validUntil", "standards.decision.error.until-after-from"));
      } else if (validUntil.isAfter(validFrom.plusYears(MAX_VALIDITY_YEARS))) {
        problems.add(
            InvalidInput.Problem.of(
                "validUntil", "standards.decision.error.too-long", MAX_VALIDITY_YEARS));
      }
    }
  }

  private void checkConditions(
      List<NewCondition> given, LocalDate validFrom, List<InvalidInput.Problem> problems) {
    LocalDate today = today();
    for (int i = 0; i < given.size(); i++) {
      NewCondition condition = given.get(i);
      String field = "conditions[" + i + "]";
      if (blank(condition.text())) {
        problems.add(
            InvalidInput.Problem.of(
                field + ".text", "standards.decision.error.condition-text", i + 1));
      } else if (condition.text().strip().length() > MAX_TEXT) {
        problems.add(
            InvalidInput.Problem.of(
                field + ".text", "standards.decision.error.condition-long", i + 1, MAX_TEXT));
      }
      if (condition.dueOn() != null && condition.dueOn().isBefore(today)) {
        problems.add(
            InvalidInput.Problem.of(
                field + ".dueOn", "standards.decision.error.condition-due-past", i + 1));
      }
    }
  }

  private String newCode() {
    for (int attempt = 0; attempt < 10; attempt++) {
      String code = CertificateCodes.next();
      if (decisions.findByCertificateCode(code).isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException("No free certificate code after 10 attempts");
  }

  private DecisionView view(Decision decision) {
    LocalDate today = today();
    return new DecisionView(
        decision.id(),
        decision.cycleId(),
        decision.outcome(),
        decision.validFrom(),
        decision.validUntil(),
        decision.rationale(),
        decision.certificateCode(),
        decision.decidedAt(),
        people.nameOf(decision.decidedBy()),
        status(decision, today),
        decision.conditions().stream()
            .map(
                c ->
                    new DecisionView.ConditionView(
                        c.id(),
                        c.position(),
                        c.text(),
                        c.dueOn(),
                        c.metAt(),
                        c.metAt() == null && c.dueOn() != null && c.dueOn().isBefore(today)))
            .toList());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
