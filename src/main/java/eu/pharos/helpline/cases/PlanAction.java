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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An action of a case's support plan; its description is sealed. */
@Entity
@Table(name = "helpline_plan_action")
class PlanAction {

  static final String TABLE = "helpline_plan_action";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false)
  private String descriptionSealed;

  private String keyId;
  private UUID ownerId;
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  private Instant completedAt;
  private UUID completedBy;

  /** The last day its owner was reminded of it being overdue. */
  private LocalDate remindedOn;

  @Version private long version;

  protected PlanAction() {}

  PlanAction(
      UUID caseId,
      String description,
      UUID ownerId,
      LocalDate dueOn,
      UUID by,
      Instant now,
      PersonalDataCipher cipher) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.ownerId = ownerId;
    this.dueOn = dueOn;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    this.createdBy = by;
    Sealer sealer = new Sealer(cipher, TABLE, id);
    this.descriptionSealed = sealer.seal("description_sealed", description);
    this.keyId = sealer.currentKeyId();
  }

  void setStatus(ActionStatus status, UUID by, Instant now, PersonalDataCipher cipher) {
    resealIfOlderKey(cipher);
    this.status = status;
    if (status == ActionStatus.OPEN) {
      this.completedAt = null;
      this.completedBy = null;
      this.remindedOn = null;
    } else {
      this.completedAt = now;
      this.completedBy = by;
    }
  }

  /** Whether its owner is to be reminded today: open, past due, not yet reminded today. */
  boolean needsReminderOn(LocalDate today) {
    return status == ActionStatus.OPEN
        && dueOn != null
        && dueOn.isBefore(today)
        && (remindedOn == null || remindedOn.isBefore(today));
  }

  void remindedOn(LocalDate today) {
    this.remindedOn = today;
  }

  private void resealIfOlderKey(PersonalDataCipher cipher) {
    if (!cipher.currentKeyId().equals(keyId)) {
      Sealer sealer = new Sealer(cipher, TABLE, id);
      this.descriptionSealed =
          sealer.seal("description_sealed", sealer.open("description_sealed", descriptionSealed));
      this.keyId = sealer.currentKeyId();
    }
  }

  String description(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("description_sealed", descriptionSealed);
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

  UUID ownerId() {
    return ownerId;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  ActionStatus status() {
    return status;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant completedAt() {
    return completedAt;
  }

  long version() {
    return version;
  }
}
