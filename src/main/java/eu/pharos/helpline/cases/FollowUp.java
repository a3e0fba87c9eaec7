package eu.pharos.helpline.cases;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.platform.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A follow-up: someone contacts the victim again at a given time. Its note is sealed. */
@Entity
@Table(name = "helpline_follow_up")
class FollowUp {

  static final String TABLE = "helpline_follow_up";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false)
  private Instant dueAt;

  private UUID assigneeId;
  private String noteSealed;
  private String keyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  private Instant remindedAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  private Instant doneAt;
  private UUID doneBy;

  @Version private long version;

  protected FollowUp() {}

  FollowUp(
      UUID caseId,
      Instant dueAt,
      UUID assigneeId,
      String note,
      UUID by,
      Instant now,
      PersonalDataCipher cipher) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.dueAt = dueAt;
    this.assigneeId = assigneeId;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    this.createdBy = by;
    Sealer sealer = new Sealer(cipher, TABLE, id);
    this.noteSealed = sealer.seal("note_sealed", note);
    this.keyId = sealer.currentKeyId();
  }

  void complete(UUID by, Instant now, PersonalDataCipher cipher) {
    resealIfOlderKey(cipher);
    this.status = ActionStatus.DONE;
    this.doneAt = now;
    this.doneBy = by;
  }

  boolean needsReminderAt(Instant now) {
    return status == ActionStatus.OPEN && !dueAt.isAfter(now) && remindedAt == null;
  }

  void reminded(Instant now) {
    this.remindedAt = now;
  }

  private void resealIfOlderKey(PersonalDataCipher cipher) {
    if (!cipher.currentKeyId().equals(keyId)) {
      Sealer sealer = new Sealer(cipher, TABLE, id);
      this.noteSealed = sealer.seal("note_sealed", sealer.open("note_sealed", noteSealed));
      this.keyId = sealer.currentKeyId();
    }
  }

  String note(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("note_sealed", noteSealed);
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID caseId() {
    return caseId;
  }

  Instant dueAt() {
    return dueAt;
  }

  UUID assigneeId() {
    return assigneeId;
  }

  ActionStatus status() {
    return status;
  }

  Instant remindedAt() {
    return remindedAt;
  }

  Instant doneAt() {
    return doneAt;
  }

  long version() {
    return version;
  }
}
