package eu.pharos.standards.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The network's decision on a cycle, as the parties of the cycle see it. */
public record DecisionView(
    UUID id,
    UUID cycleId,
    DecisionOutcome outcome,
    LocalDate validFrom,
    LocalDate validUntil,
    String rationale,
    String certificateCode,
    Instant decidedAt,
    String decidedBy,
    CertificateStatus status,
    List<ConditionView> conditions) {

  /** Whether there is a certificate (accrediting decisions only). */
  public boolean hasCertificate() {
    return certificateCode != null;
  }

  /** A condition of the accreditation. */
  public record ConditionView(
      UUID id, int position, String text, LocalDate dueOn, Instant metAt, boolean overdue) {

    public boolean met() {
      return metAt != null;
    }
  }
}
