package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.LocalText;
import eu.pharos.standards.framework.Scale;
import eu.pharos.standards.framework.ScaleLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cycle's self-assessment as the caller may see it: the framework's standards, criteria and
 * indicators, each with the member's rating, narrative and evidence, and the progress made.
 *
 * @param contentVisible whether ratings, narratives and evidence are shown: always to the member,
 *     to the secretariat and evaluators only once the self-assessment is submitted (before that
 *     they see the progress alone, and {@code standards} hold no criteria)
 * @param editable whether the caller may change it now (the member, while assessing itself)
 * @param overdue whether the due date passed before the self-assessment was submitted
 */
public record SelfAssessmentView(
    CycleSummary cycle,
    List<String> languages,
    boolean contentVisible,
    boolean editable,
    boolean overdue,
    List<StandardAssessment> standards,
    Progress progress) {

  public Optional<StandardAssessment> standard(UUID id) {
    return standards.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<IndicatorAssessment> indicator(UUID id) {
    return standards.stream()
        .flatMap(s -> s.criteria().stream())
        .flatMap(c -> c.indicators().stream())
        .filter(i -> i.id().equals(id))
        .findFirst();
  }

  /** Rated indicators out of all, and how many required ones are still unrated. */
  public record Progress(int rated, int total, int requiredUnrated) {

    /** Whole per cent rated, for a text beside the progress bar. */
    public int percent() {
      return total == 0 ? 0 : (int) Math.floor(rated * 100.0 / total);
    }

    public boolean complete() {
      return requiredUnrated == 0;
    }
  }

  public record StandardAssessment(
      UUID id,
      String code,
      LocalText title,
      LocalText description,
      List<CriterionAssessment> criteria,
      Progress progress) {}

  public record CriterionAssessment(
      UUID id, String code, LocalText title, List<IndicatorAssessment> indicators) {}

  /**
   * One indicator with what the member recorded for it.
   *
   * @param rating the level chosen, or null when not rated yet
   * @param level the chosen level with its label, or null
   * @param updatedByName who last saved it, or empty
   * @param version the version a change starts from: -1 while nothing is saved
   */
  public record IndicatorAssessment(
      UUID id,
      String code,
      LocalText title,
      LocalText guidance,
      LocalText evidenceExpected,
      boolean required,
      UUID standardId,
      Scale scale,
      Integer rating,
      ScaleLevel level,
      String narrative,
      List<EvidenceView> evidence,
      Instant updatedAt,
      UUID updatedBy,
      String updatedByName,
      long version) {

    public boolean rated() {
      return rating != null;
    }
  }

  /**
   * A piece of evidence.
   *
   * @param url the link, for a link
   * @param fileName the uploaded file's name, for a file (empty if its record is missing)
   */
  public record EvidenceView(
      UUID id,
      UUID indicatorId,
      EvidenceKind kind,
      String title,
      String url,
      String fileName,
      String contentType,
      long size,
      Instant addedAt,
      UUID addedBy,
      String addedByName) {}
}
