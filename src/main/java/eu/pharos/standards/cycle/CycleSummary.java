package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.LocalText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A cycle as its people see it in lists and at the top of its pages. */
public record CycleSummary(
    UUID id,
    String reference,
    UUID organisationId,
    String organisationName,
    String countryCode,
    UUID frameworkId,
    LocalText frameworkName,
    String frameworkVersion,
    CycleStage stage,
    boolean pilot,
    LocalDate selfAssessmentDue,
    Instant openedAt,
    Instant submittedAt,
    Instant evaluationStartedAt,
    Instant reportedAt,
    Instant decidedAt,
    Set<Party> parties,
    long rowVersion) {

  public boolean is(Party party) {
    return parties.contains(party);
  }

  /** Whether the cycle has reached {@code stage} (or gone past it). */
  public boolean reached(CycleStage stage) {
    return this.stage.compareTo(stage) >= 0;
  }
}
