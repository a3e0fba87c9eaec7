package eu.pharos.helpline.victim;

import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.NewConsent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A consent of a victim; never deleted, only withdrawn. Scoped to its organisation. */
@Entity
@Table(name = "helpline_consent")
class Consent {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID victimId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ConsentKind kind;

  private UUID sharedWithOrganisationId;
  private String sharedWithName;

  @Column(name = "purpose_sealed")
  private String purposeSealed;

  private String keyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentMethod method;

  @Column(nullable = false)
  private Instant givenAt;

  private LocalDate validUntil;

  @Column(nullable = false)
  private UUID recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  private Instant withdrawnAt;

  @Enumerated(EnumType.STRING)
  private ConsentMethod withdrawalMethod;

  private UUID withdrawalRecordedBy;

  protected Consent() {}

  Consent(UUID victimId, NewConsent consent, UUID by, Instant now, VictimSeal seal) {
    this.id = UUID.randomUUID();
    this.victimId = victimId;
    this.kind = consent.kind();
    this.sharedWithOrganisationId = consent.sharedWithOrganisationId();
    this.sharedWithName = consent.sharedWithName();
    this.purposeSealed = seal.sealPurpose(id, consent.purpose());
    this.keyId = seal.currentKeyId();
    this.method = consent.method();
    this.givenAt = consent.givenAt();
    this.validUntil = consent.validUntil();
    this.recordedBy = by;
    this.recordedAt = now;
  }

  void withdraw(ConsentMethod how, UUID by, Instant now) {
    this.withdrawnAt = now;
    this.withdrawalMethod = how;
    this.withdrawalRecordedBy = by;
  }

  boolean withdrawn() {
    return withdrawnAt != null;
  }

  UUID victimId() {
    return victimId;
  }

  ConsentView view(VictimSeal seal) {
    return new ConsentView(
        id,
        victimId,
        kind,
        sharedWithOrganisationId,
        sharedWithName,
        seal.openPurpose(id, purposeSealed),
        method,
        givenAt,
        validUntil,
        recordedBy,
        recordedAt,
        withdrawnAt,
        withdrawalMethod,
        withdrawalRecordedBy);
  }
}
