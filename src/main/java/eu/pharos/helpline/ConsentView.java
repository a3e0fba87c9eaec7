package eu.pharos.helpline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consent and, once withdrawn, its withdrawal. Consents are never deleted, only withdrawn. */
public record ConsentView(
    UUID id,
    UUID victimId,
    ConsentKind kind,
    UUID sharedWithOrganisationId,
    String sharedWithName,
    String purpose,
    ConsentMethod method,
    Instant givenAt,
    LocalDate validUntil,
    UUID recordedBy,
    Instant recordedAt,
    Instant withdrawnAt,
    ConsentMethod withdrawalMethod,
    UUID withdrawalRecordedBy) {

  /** Given, not withdrawn and not past its last day on {@code today}. */
  public boolean activeOn(LocalDate today) {
    return withdrawnAt == null && (validUntil == null || !validUntil.isBefore(today));
  }
}
