package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.internal.ReferralAccess.Sided;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The answers to a referral: the receiver accepts, declines, records the first contact and closes;
 * the sender withdraws; either side records the victim's withdrawal of consent. Each change is made
 * under the referral's row lock, against the version the user started from, in the order {@link
 * ReferralStatus#canMoveTo} allows, and written as a step.
 */
@Component
class ReferralAnswers {

  static final int MAX_REASON = 2000;
  static final int MAX_FEEDBACK = 4000;

  private final ReferralRepository referrals;
  private final ReferralAccess access;
  private final ReferralViews views;
  private final ReferralSeal seal;
  private final History history;
  private final Notices notices;
  private final ReceivingCase receivingCase;
  private final ConsentWithdrawal withdrawal;
  private final AuditLog audit;
  private final Clock clock;

  ReferralAnswers(
      ReferralRepository referrals,
      ReferralAccess access,
      ReferralViews views,
      ReferralSeal seal,
      History history,
      Notices notices,
      ReceivingCase receivingCase,
      ConsentWithdrawal withdrawal,
      AuditLog audit,
      Clock clock) {
    this.referrals = referrals;
    this.access = access;
    this.views = views;
    this.seal = seal;
    this.history = history;
    this.notices = notices;
    this.receivingCase = receivingCase;
    this.withdrawal = withdrawal;
    this.audit = audit;
    this.clock = clock;
  }

  ReferralView accept(UUID id, UUID advisorId, long expectedVersion) {
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    inOrder(r, ReferralStatus.ACCEPTED);
    if (!r.consentActiveOn(LocalDate.now(clock)) || r.packageSealed() == null) {
      throw InvalidInput.of(null, "referral.error.consent-not-active");
    }
    receivingCase.checkAdvisor(advisorId);
    UUID caseId = receivingCase.open(r, seal.openPackage(r.id(), r.packageSealed()), advisorId);
    ReferralStatus previous = r.status();
    r.accepted(caseId, advisorId, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.accepted", r);
    notices.toSender(
        r, "referral.notice.accepted", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  ReferralView decline(UUID id, String reason, long expectedVersion) {
    String text = required(reason, "reason", "referral.error.reason-missing", MAX_REASON);
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.declined(seal.seal(ReferralSeal.DECLINE_REASON, r.id(), text), seal.keyId(), now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), text, now);
    audited("referral.declined", r);
    notices.toSender(
        r, "referral.notice.declined", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  ReferralView recordFirstContact(UUID id, long expectedVersion) {
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.moveTo(ReferralStatus.FIRST_CONTACT, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.first-contact", r);
    return views.view(r, sided.side());
  }

  ReferralView close(UUID id, String feedback, long expectedVersion) {
    String text = optional(feedback, "feedback", MAX_FEEDBACK);
    Sided sided = changing(id, ReferralSide.RECEIVER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.closed(seal.seal(ReferralSeal.FEEDBACK, r.id(), text), seal.keyId(), now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.RECEIVER, me(), null, now);
    audited("referral.closed", r);
    notices.toSender(
        r, "referral.notice.closed", views.organisationName(r.receiverOrganisationId()));
    return views.view(r, sided.side());
  }

  ReferralView withdraw(UUID id, String reason, long expectedVersion) {
    String text = optional(reason, "reason", MAX_REASON);
    Sided sided = changing(id, ReferralSide.SENDER, expectedVersion);
    Referral r = sided.referral();
    Instant now = Instant.now(clock);
    ReferralStatus previous = r.status();
    r.moveTo(ReferralStatus.WITHDRAWN, now);
    referrals.saveAndFlush(r);
    history.moved(r, previous, ReferralSide.SENDER, me(), text, now);
    audited("referral.withdrawn", r);
    notices.toReceiver(
        r, "referral.notice.withdrawn", views.organisationName(r.senderOrganisationId()));
    return views.view(r, sided.side());
  }

  ReferralView withdrawConsent(UUID id, ConsentMethod method) {
    if (method == null) {
      throw InvalidInput.of("method", "referral.error.withdrawal-method-missing");
    }
    Sided sided = access.change(id);
    Referral r = sided.referral();
    if (r.consentWithdrawn()) {
      throw InvalidInput.of(null, "referral.error.consent-already-withdrawn");
    }
    withdrawal.apply(r, sided.side(), method, false);
    referrals.saveAndFlush(r);
    return views.view(r, sided.side());
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** The referral locked for a change by {@code side}, at the version the user started from. */
  private Sided changing(UUID id, ReferralSide side, long expectedVersion) {
    Sided sided = access.change(id, side);
    if (sided.referral().version() != expectedVersion) {
      throw new ConcurrentChange(
          sided.referral().version(), views.view(sided.referral(), sided.side()));
    }
    return sided;
  }

  private static void inOrder(Referral r, ReferralStatus next) {
    if (!r.status().canMoveTo(next)) {
      throw InvalidInput.of(null, "referral.error.out-of-order", r.status().name(), next.name());
    }
  }

  private void audited(String action, Referral r) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .target(ReferralViews.AUDIT_TYPE, r.id())
            .detail(r.reference()));
  }

  private static String required(String text, String field, String key, int max) {
    if (text == null || text.isBlank()) {
      throw InvalidInput.of(field, key);
    }
    return optional(text, field, max);
  }

  private static String optional(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw InvalidInput.of(field, "referral.error.text-too-long", max);
    }
    return stripped;
  }

  private static UUID me() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
