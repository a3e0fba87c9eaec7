package eu.pharos.helpline.cases;

import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.network.CrimeType;
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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * A case as stored: categories in plain columns, the place, the summary and the closing note
 * sealed. Every write seals all three with the current key. Its version counts changes to the case
 * itself (crime details, lead, team, closing, reopening); notes, actions and follow-ups change only
 * its latest activity, which is written on its own so that it never overwrites a colleague's
 * change.
 */
@Entity
@Table(name = "helpline_case")
@DynamicUpdate
class CaseRecord {

  static final String TABLE = "helpline_case";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private String reference;

  private UUID victimId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  private UUID leadAdvisorId;

  @Enumerated(EnumType.STRING)
  private CrimeType crimeType;

  private LocalDate crimeDate;
  private String crimePlaceSealed;
  private String crimeCountry;
  private String residenceCountry;
  private boolean crossBorder;
  private String summarySealed;
  private String keyId;

  @Column(nullable = false, updatable = false)
  private Instant openedAt;

  @Column(updatable = false)
  private UUID openedBy;

  private Instant closedAt;
  private UUID closedBy;

  @Enumerated(EnumType.STRING)
  private CaseOutcome outcome;

  private String closingNoteSealed;
  private int reopenedCount;
  private Instant anonymisedAt;

  @Column(nullable = false)
  private Instant lastActivityAt;

  @Version private long version;

  protected CaseRecord() {}

  CaseRecord(
      UUID id,
      String reference,
      UUID victimId,
      UUID leadAdvisorId,
      CrimeDetails crime,
      UUID by,
      Instant now,
      PersonalDataCipher cipher) {
    this.id = id;
    this.reference = reference;
    this.victimId = victimId;
    this.status = CaseStatus.OPEN;
    this.leadAdvisorId = leadAdvisorId;
    this.openedAt = now;
    this.openedBy = by;
    this.lastActivityAt = now;
    applyCrime(crime);
    seal(cipher, crime.place(), crime.summary(), null);
  }

  void changeCrime(CrimeDetails crime, Instant now, PersonalDataCipher cipher) {
    String closingNote = closingNote(cipher);
    applyCrime(crime);
    seal(cipher, crime.place(), crime.summary(), closingNote);
    this.lastActivityAt = now;
  }

  void changeLead(UUID leadAdvisorId, Instant now) {
    this.leadAdvisorId = leadAdvisorId;
    this.lastActivityAt = now;
  }

  /** Marks a change of the team, which lives in its own rows: the case's version moves on. */
  void teamChanged(Instant now) {
    this.lastActivityAt = now;
  }

  void close(CaseOutcome outcome, String closingNote, UUID by, Instant now, PersonalDataCipher c) {
    String place = place(c);
    String summary = summary(c);
    this.status = CaseStatus.CLOSED;
    this.outcome = outcome;
    this.closedAt = now;
    this.closedBy = by;
    seal(c, place, summary, closingNote);
    this.lastActivityAt = now;
  }

  void reopen(Instant now) {
    this.status = CaseStatus.OPEN;
    this.closedAt = null;
    this.closedBy = null;
    this.outcome = null;
    this.reopenedCount++;
    this.lastActivityAt = now;
  }

  private void applyCrime(CrimeDetails crime) {
    this.crimeType = crime.crimeType();
    this.crimeDate = crime.crimeDate();
    this.crimeCountry = crime.crimeCountry();
    this.residenceCountry = crime.residenceCountry();
    this.crossBorder = crime.crossBorder();
  }

  private void seal(PersonalDataCipher cipher, String place, String summary, String closingNote) {
    Sealer sealer = new Sealer(cipher, TABLE, id);
    this.crimePlaceSealed = sealer.seal("crime_place_sealed", place);
    this.summarySealed = sealer.seal("summary_sealed", summary);
    this.closingNoteSealed = sealer.seal("closing_note_sealed", closingNote);
    this.keyId = sealer.currentKeyId();
  }

  CrimeDetails crime(PersonalDataCipher cipher) {
    return new CrimeDetails(
        crimeType, crimeDate, place(cipher), crimeCountry, residenceCountry, summary(cipher));
  }

  String place(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("crime_place_sealed", crimePlaceSealed);
  }

  String summary(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("summary_sealed", summarySealed);
  }

  String closingNote(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("closing_note_sealed", closingNoteSealed);
  }

  boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  boolean isAnonymised() {
    return anonymisedAt != null;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  String reference() {
    return reference;
  }

  UUID victimId() {
    return victimId;
  }

  CaseStatus status() {
    return status;
  }

  UUID leadAdvisorId() {
    return leadAdvisorId;
  }

  CrimeType crimeType() {
    return crimeType;
  }

  LocalDate crimeDate() {
    return crimeDate;
  }

  String residenceCountry() {
    return residenceCountry;
  }

  boolean crossBorder() {
    return crossBorder;
  }

  Instant openedAt() {
    return openedAt;
  }

  UUID openedBy() {
    return openedBy;
  }

  Instant closedAt() {
    return closedAt;
  }

  CaseOutcome outcome() {
    return outcome;
  }

  int reopenedCount() {
    return reopenedCount;
  }

  Instant anonymisedAt() {
    return anonymisedAt;
  }

  Instant lastActivityAt() {
    return lastActivityAt;
  }

  long version() {
    return version;
  }
}
