package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.LocalText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cycle's evaluation as the caller may see it: the evaluators, the technical visit, per standard
 * the member's self-rating beside the evaluators' finding on each indicator, and the report. The
 * member sees the evaluators and the visit plan at once, but the findings, their counts and the
 * report only once the report is complete ({@code findingsShown} false, findings and counts null).
 *
 * @param started whether the first evaluator was assigned (the evaluation exists)
 * @param version the evaluation's version, which a change of the visit or of the report's summary
 *     starts from; -1 before it is started
 */
public record EvaluationView(
    CycleSummary cycle,
    boolean started,
    List<Evaluator> evaluators,
    Visit visit,
    List<StandardPart> standards,
    boolean findingsShown,
    String reportSummary,
    boolean completed,
    Instant completedAt,
    String completedBy,
    Counts counts,
    long version,
    Permissions may) {

  /** An evaluator assigned to the cycle. */
  public record Evaluator(
      UUID userId, String name, UUID organisationId, String organisationName, boolean lead) {}

  /** The technical visit's plan; every part empty until it is planned. */
  public record Visit(
      LocalDate startsOn, LocalDate endsOn, String location, String agenda, String peopleMet) {

    public boolean planned() {
      return startsOn != null;
    }
  }

  public record StandardPart(
      UUID id, String code, LocalText title, List<IndicatorPart> indicators) {}

  /**
   * One indicator with the member's self-assessment (rating and its level's label, narrative, how
   * many pieces of evidence) and the evaluators' finding, null when there is none or it is hidden.
   */
  public record IndicatorPart(
      UUID id,
      String code,
      LocalText title,
      LocalText guidance,
      boolean required,
      Integer selfRating,
      LocalText selfRatingLabel,
      String narrative,
      int evidenceCount,
      FindingPart finding) {}

  /** A finding and the member's response to it, each with who wrote it and when. */
  public record FindingPart(
      UUID indicatorId,
      FindingResult result,
      String comment,
      String evidenceReviewed,
      String recordedBy,
      Instant recordedAt,
      String response,
      String respondedBy,
      Instant respondedAt,
      long version) {}

  /** How many indicators are met, partly met, not met, and still without a finding. */
  public record Counts(int met, int partlyMet, int notMet, int withoutFinding) {}

  /** What the caller may do now. */
  public record Permissions(
      boolean manage,
      boolean planVisit,
      boolean record,
      boolean report,
      boolean respond,
      boolean readReport) {}

  public Optional<StandardPart> standard(UUID id) {
    return standards.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Codes of the indicators without a finding, in the framework's order. */
  public List<String> missing() {
    return standards.stream()
        .flatMap(s -> s.indicators().stream())
        .filter(i -> i.finding() == null)
        .map(IndicatorPart::code)
        .toList();
  }
}
