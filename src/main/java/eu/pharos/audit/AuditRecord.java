package eu.pharos.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * What happened, to which record, with which outcome. {@code detail} must never hold a victim's
 * personal data: name the record by its id instead.
 *
 * @param actorId who acted; null to take the signed-in user
 * @param actorLabel how to show the actor (an e-mail for failed sign-ins); null to take the user's
 * @param organisationId the organisation concerned; null to take the signed-in user's
 */
public record AuditRecord(
    String action,
    String targetType,
    String targetId,
    AuditOutcome outcome,
    String detail,
    UUID actorId,
    String actorLabel,
    UUID organisationId) {

  public AuditRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    if (detail != null && detail.length() > 1000) {
      detail = detail.substring(0, 1000);
    }
  }

  /** A read of a record that holds victims' data, such as a case or a transcript. */
  public static AuditRecord access(String targetType, Object targetId) {
    return new AuditRecord(
        "data.read",
        targetType,
        String.valueOf(targetId),
        AuditOutcome.SUCCESS,
        null,
        null,
        null,
        null);
  }

  public static AuditRecord of(String action, AuditOutcome outcome) {
    return new AuditRecord(action, null, null, outcome, null, null, null, null);
  }

  public AuditRecord target(String type, Object id) {
    return new AuditRecord(
        action, type, String.valueOf(id), outcome, detail, actorId, actorLabel, organisationId);
  }

  public AuditRecord detail(String text) {
    return new AuditRecord(
        action, targetType, targetId, outcome, text, actorId, actorLabel, organisationId);
  }

  public AuditRecord actor(UUID id, String label, UUID organisation) {
    return new AuditRecord(action, targetType, targetId, outcome, detail, id, label, organisation);
  }
}
