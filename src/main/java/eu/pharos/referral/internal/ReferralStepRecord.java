package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a referral's status; never changed once written. */
@Entity
@Table(name = "referral_step")
class ReferralStepRecord {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID referralId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReferralStatus status;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ReferralSide side;

  @Column(updatable = false)
  private UUID actorId;

  private String noteSealed;
  private String keyId;

  protected ReferralStepRecord() {}

  ReferralStepRecord(
      UUID id,
      UUID referralId,
      ReferralStatus status,
      Instant at,
      ReferralSide side,
      UUID actorId,
      String noteSealed,
      String keyId) {
    this.id = id;
    this.referralId = referralId;
    this.status = status;
    this.at = at;
    this.side = side;
    this.actorId = actorId;
    this.noteSealed = noteSealed;
    this.keyId = keyId;
  }

  UUID id() {
    return id;
  }

  ReferralStatus status() {
    return status;
  }

  Instant at() {
    return at;
  }

  ReferralSide side() {
    return side;
  }

  UUID actorId() {
    return actorId;
  }

  String noteSealed() {
    return noteSealed;
  }
}
