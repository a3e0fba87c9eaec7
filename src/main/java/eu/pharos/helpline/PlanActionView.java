package eu.pharos.helpline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record PlanActionView(
    UUID id,
    UUID caseId,
    String description,
    UUID ownerId,
    LocalDate dueOn,
    ActionStatus status,
    Instant createdAt,
    Instant completedAt,
    long version) {

  public boolean overdueOn(LocalDate today) {
    return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
  }
}
