package eu.pharos.helpline.victim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A victim as stored: identifying details only sealed (see {@link VictimSeal}), lookups through
 * blind indexes. Scoped to its organisation by {@code @TenantId}.
 */
@Entity
@Table(name = "helpline_victim")
class Victim {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private String reference;

  private String fullNameSealed;
  private String phoneSealed;
  private String emailSealed;
  private String addressSealed;
  private String dateOfBirthSealed;
  private String nameIndex;
  private String phoneIndex;
  private String keyId;
  private String indexKeyId;
  private String preferredLanguage;
  private String residenceCountry;
  private String legalHoldReason;
  private Instant erasedAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version private long version;

  protected Victim() {}

  Victim(UUID id, String reference, UUID by, Instant now) {
    this.id = id;
    this.reference = reference;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** Replaces every identifying detail at once, all sealed with the current key. */
  void store(VictimSeal.Sealed sealed, String preferredLanguage, String residenceCountry) {
    this.fullNameSealed = sealed.fullName();
    this.phoneSealed = sealed.phone();
    this.emailSealed = sealed.email();
    this.addressSealed = sealed.address();
    this.dateOfBirthSealed = sealed.dateOfBirth();
    this.nameIndex = sealed.nameIndex();
    this.phoneIndex = sealed.phoneIndex();
    this.keyId = sealed.keyId();
    this.indexKeyId = sealed.indexKeyId();
    this.preferredLanguage = preferredLanguage;
    this.residenceCountry = residenceCountry;
  }

  void touched(UUID by, Instant now) {
    this.updatedBy = by;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  String reference() {
    return reference;
  }

  String fullNameSealed() {
    return fullNameSealed;
  }

  String phoneSealed() {
    return phoneSealed;
  }

  String emailSealed() {
    return emailSealed;
  }

  String addressSealed() {
    return addressSealed;
  }

  String dateOfBirthSealed() {
    return dateOfBirthSealed;
  }

  String preferredLanguage() {
    return preferredLanguage;
  }

  String residenceCountry() {
    return residenceCountry;
  }

  String legalHoldReason() {
    return legalHoldReason;
  }

  boolean erased() {
    return erasedAt != null;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version;
  }
}
