package eu.pharos.helpline.contact;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
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

/**
 * A contact on any channel, owned by one organisation. Its note and transcript are kept only sealed
 * ({@link Sealing}); categories (channel, topic, crime type, outcome) stay plain for statistics.
 */
@Entity
@Table(name = "helpline_contact")
class ContactRecord {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactChannel channel;

  private UUID helplineId;
  private String lineLabel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactDirection direction;

  @Column(nullable = false)
  private Instant startedAt;

  private Integer durationSeconds;
  private String language;
  private UUID advisorId;

  @Enumerated(EnumType.STRING)
  private SupportService topic;

  @Enumerated(EnumType.STRING)
  private CrimeType crimeType;

  @Enumerated(EnumType.STRING)
  private HeardFrom heardFrom;

  @Enumerated(EnumType.STRING)
  private ContactOutcome outcome;

  private boolean anonymous;
  private UUID caseId;
  private String noteSealed;
  private String transcriptSealed;
  private UUID sourceConversationId;
  private String keyId;

  @Column(nullable = false)
  private Instant recordedAt;

  private UUID recordedBy;
  private Instant anonymisedAt;

  @Version private long version;

  protected ContactRecord() {}

  ContactRecord(UUID id, Facts facts, Instant recordedAt, UUID recordedBy) {
    this.id = id;
    this.channel = facts.channel();
    this.helplineId = facts.helplineId();
    this.lineLabel = facts.lineLabel();
    this.direction = facts.direction();
    this.startedAt = facts.startedAt();
    this.durationSeconds = facts.durationSeconds();
    this.language = facts.language();
    this.advisorId = facts.advisorId();
    this.topic = facts.topic();
    this.crimeType = facts.crimeType();
    this.heardFrom = facts.heardFrom();
    this.outcome = facts.outcome();
    this.anonymous = facts.anonymous();
    this.sourceConversationId = facts.sourceConversationId();
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
  }

  /** What a contact says about itself once checked: everything but its free texts and its case. */
  record Facts(
      ContactChannel channel,
      UUID helplineId,
      String lineLabel,
      ContactDirection direction,
      Instant startedAt,
      Integer durationSeconds,
      String language,
      UUID advisorId,
      SupportService topic,
      CrimeType crimeType,
      HeardFrom heardFrom,
      ContactOutcome outcome,
      boolean anonymous,
      UUID sourceConversationId) {}

  /** Stores the sealed free texts and the key that sealed them, all at once. */
  void sealed(String noteSealed, String transcriptSealed, String keyId) {
    this.noteSealed = noteSealed;
    this.transcriptSealed = transcriptSealed;
    this.keyId = keyId;
  }

  void linkTo(UUID caseId) {
    this.caseId = caseId;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  ContactChannel channel() {
    return channel;
  }

  UUID helplineId() {
    return helplineId;
  }

  String lineLabel() {
    return lineLabel;
  }

  ContactDirection direction() {
    return direction;
  }

  Instant startedAt() {
    return startedAt;
  }

  Integer durationSeconds() {
    return durationSeconds;
  }

  String language() {
    return language;
  }

  UUID advisorId() {
    return advisorId;
  }

  SupportService topic() {
    return topic;
  }

  CrimeType crimeType() {
    return crimeType;
  }

  HeardFrom heardFrom() {
    return heardFrom;
  }

  ContactOutcome outcome() {
    return outcome;
  }

  boolean anonymous() {
    return anonymous;
  }

  UUID caseId() {
    return caseId;
  }

  String noteSealed() {
    return noteSealed;
  }

  String transcriptSealed() {
    return transcriptSealed;
  }

  UUID sourceConversationId() {
    return sourceConversationId;
  }

  String keyId() {
    return keyId;
  }

  Instant recordedAt() {
    return recordedAt;
  }

  UUID recordedBy() {
    return recordedBy;
  }

  Instant anonymisedAt() {
    return anonymisedAt;
  }

  long version() {
    return version;
  }
}
