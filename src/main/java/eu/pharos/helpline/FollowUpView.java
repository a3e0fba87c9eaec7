package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

public record FollowUpView(
    UUID id,
    UUID caseId,
    Instant dueAt,
    UUID assigneeId,
    String note,
    ActionStatus status,
    Instant remindedAt,
    Instant doneAt,
    long version) {

  public boolean overdueAt(Instant now) {
    return status == ActionStatus.OPEN && dueAt.isBefore(now);
  }
}
