package eu.pharos.referral.internal;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.network.SupportService;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A referral as both organisations share it. Not tenant-scoped: {@link ReferralAccess} decides
 * which side the caller is. Sealed columns hold the sealed text, never plain values.
 */
@Entity
@Table(name = "referral")
class Referral {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false, updatable = false)
  private UUID senderOrganisationId;

  @Column(nullable = false, updatable = false)
  private UUID receiverOrganisationId;

  @Column(nullable = false, updatable = false)
  private String senderCountry;

  @Column(nullable = false, updatable = false)
  private String receiverCountry;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SupportService service;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReferralUrgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(nullable = false, updatable = false)
  private String consentItems;

  private String consentPurposeSealed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ConsentMethod consentMethod;

  @Column(nullable = false, updatable = false)
  private Instant consentGivenAt;

  @Column(nullable = false, updatable = false)
  private LocalDate consentValidUntil;

  private Instant consentWithdrawnAt;

  @Enumerated(EnumType.STRING)
  private ConsentMethod consentWithdrawalMethod;

  @Enumerated(EnumType.STRING)
  private ReferralSide consentWithdrawnOn;

  private String packageSealed;
  private String messageSealed;
  private UUID senderCaseId;
  private UUID senderContactId;
  private UUID senderVictimId;
  private UUID senderConsentId;
  private UUID receiverCaseId;
  private UUID assignedAdvisorId;
  private String declineReasonSealed;
  private String feedbackSealed;
  private UUID incidentId;
  private String externalReference;
  private UUID sentBy;

  @Column(nullable = false, updatable = false)
  private Instant sentAt;

  @Column(nullable = false, updatable = false)
  private Instant dueAt;

  private Instant remindedAt;
  private Instant escalatedAt;
  private String keyId;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Referral() {}

  /** What a new referral is made of; sealed values already sealed for {@code id}. */
  record Draft(
      UUID id,
      String reference,
      UUID senderOrganisationId,
      UUID receiverOrganisationId,
      String senderCountry,
      String receiverCountry,
      SupportService service,
      ReferralUrgency urgency,
      Set<ReferralItem> consentItems,
      String consentPurposeSealed,
      ConsentMethod consentMethod,
      Instant consentGivenAt,
      LocalDate consentValidUntil,
      String packageSealed,
      String messageSealed,
      UUID senderCaseId,
      UUID senderContactId,
      UUID senderVictimId,
      UUID senderConsentId,
      UUID incidentId,
      String externalReference,
      UUID sentBy,
      Instant sentAt,
      Duration target,
      String keyId) {}

  Referral(Draft d) {
    this.id = d.id();
    this.reference = d.reference();
    this.senderOrganisationId = d.senderOrganisationId();
    this.receiverOrganisationId = d.receiverOrganisationId();
    this.senderCountry = d.senderCountry();
    this.receiverCountry = d.receiverCountry();
    this.service = d.service();
    this.urgency = d.urgency();
    this.status = ReferralStatus.SENT;
    this.consentItems = itemsText(d.consentItems());
    this.consentPurposeSealed = d.consentPurposeSealed();
    this.consentMethod = d.consentMethod();
    this.consentGivenAt = d.consentGivenAt();
    this.consentValidUntil = d.consentValidUntil();
    this.packageSealed = d.packageSealed();
    this.messageSealed = d.messageSealed();
    this.senderCaseId = d.senderCaseId();
    this.senderContactId = d.senderContactId();
    this.senderVictimId = d.senderVictimId();
    this.senderConsentId = d.senderConsentId();
    this.incidentId = d.incidentId();
    this.externalReference = d.externalReference();
    this.sentBy = d.sentBy();
    this.sentAt = d.sentAt();
    this.dueAt = d.sentAt().plus(d.target());
    this.keyId = d.keyId();
    this.createdAt = d.sentAt();
    this.updatedAt = d.sentAt();
  }

  // --- Behaviour ---------------------------------------------------------------------------------

  /**
   * Moves to {@code next}.
   *
   * @throws InvalidInput {@code referral.error.out-of-order} when the status does not allow it
   */
  void moveTo(ReferralStatus next, Instant now) {
    if (!status.canMoveTo(next)) {
      throw InvalidInput.of(null, "referral.error.out-of-order", status.name(), next.name());
    }
    this.status = next;
    this.updatedAt = now;
  }

  void accepted(UUID caseId, UUID advisorId, Instant now) {
    moveTo(ReferralStatus.ACCEPTED, now);
    this.receiverCaseId = caseId;
    this.assignedAdvisorId = advisorId;
  }

  void declined(String reasonSealed, String sealingKey, Instant now) {
    moveTo(ReferralStatus.DECLINED, now);
    this.declineReasonSealed = reasonSealed;
    this.keyId = sealingKey;
  }

  void closed(String feedbackSealed, String sealingKey, Instant now) {
    moveTo(ReferralStatus.CLOSED, now);
    this.feedbackSealed = feedbackSealed;
    if (feedbackSealed != null) {
      this.keyId = sealingKey;
    }
  }

  /** Records the victim's withdrawal of consent and erases the package. */
  void consentWithdrawn(ConsentMethod method, ReferralSide side, Instant now) {
    this.consentWithdrawnAt = now;
    this.consentWithdrawalMethod = method;
    this.consentWithdrawnOn = side;
    this.packageSealed = null;
    this.updatedAt = now;
  }

  void erasePackage(Instant now) {
    this.packageSealed = null;
    this.updatedAt = now;
  }

  void reminded(Instant now) {
    this.remindedAt = now;
  }

  void escalated(Instant now) {
    this.escalatedAt = now;
  }

  boolean consentWithdrawn() {
    return consentWithdrawnAt != null;
  }

  boolean consentActiveOn(LocalDate today) {
    return consentWithdrawnAt == null && !consentValidUntil.isBefore(today);
  }

  boolean overdueAt(Instant now) {
    return status.awaitingReceiver() && dueAt.isBefore(now);
  }

  /** The time the receiver had to answer: escalation comes after twice that. */
  Duration target() {
    return Duration.between(sentAt, dueAt);
  }

  // --- Stored items ------------------------------------------------------------------------------

  static String itemsText(Set<ReferralItem> items) {
    return items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  Set<ReferralItem> consentItems() {
    Set<ReferralItem> items = EnumSet.noneOf(ReferralItem.class);
    if (!consentItems.isBlank()) {
      Arrays.stream(consentItems.split(",")).map(ReferralItem::valueOf).forEach(items::add);
    }
    return items;
  }

  // --- Reading -----------------------------------------------------------------------------------

  UUID id() {
    return id;
  }

  String reference() {
    return reference;
  }

  UUID senderOrganisationId() {
    return senderOrganisationId;
  }

  UUID receiverOrganisationId() {
    return receiverOrganisationId;
  }

  String senderCountry() {
    return senderCountry;
  }

  String receiverCountry() {
    return receiverCountry;
  }

  SupportService service() {
    return service;
  }

  ReferralUrgency urgency() {
    return urgency;
  }

  ReferralStatus status() {
    return status;
  }

  String consentPurposeSealed() {
    return consentPurposeSealed;
  }

  ConsentMethod consentMethod() {
    return consentMethod;
  }

  Instant consentGivenAt() {
    return consentGivenAt;
  }

  LocalDate consentValidUntil() {
    return consentValidUntil;
  }

  Instant consentWithdrawnAt() {
    return consentWithdrawnAt;
  }

  ConsentMethod consentWithdrawalMethod() {
    return consentWithdrawalMethod;
  }

  ReferralSide consentWithdrawnOn() {
    return consentWithdrawnOn;
  }

  String packageSealed() {
    return packageSealed;
  }

  String messageSealed() {
    return messageSealed;
  }

  UUID senderCaseId() {
    return senderCaseId;
  }

  UUID senderContactId() {
    return senderContactId;
  }

  UUID senderVictimId() {
    return senderVictimId;
  }

  UUID senderConsentId() {
    return senderConsentId;
  }

  UUID receiverCaseId() {
    return receiverCaseId;
  }

  UUID assignedAdvisorId() {
    return assignedAdvisorId;
  }

  String declineReasonSealed() {
    return declineReasonSealed;
  }

  String feedbackSealed() {
    return feedbackSealed;
  }

  UUID incidentId() {
    return incidentId;
  }

  String externalReference() {
    return externalReference;
  }

  UUID sentBy() {
    return sentBy;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant dueAt() {
    return dueAt;
  }

  Instant remindedAt() {
    return remindedAt;
  }

  Instant escalatedAt() {
    return escalatedAt;
  }

  long version() {
    return version;
  }
}
