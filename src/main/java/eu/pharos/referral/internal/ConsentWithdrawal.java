package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.DataItem;
import eu.pharos.helpline.SharedDataWithdrawal;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The victim withdrew consent, told to either side: the package is erased, a referral not yet
 * accepted is withdrawn, the data the package brought to the receiving case is removed there, and
 * the consent recorded on the sender's victim is withdrawn too. Each organisation's helpline
 * records are changed in that organisation's scope by Pharos itself ({@link SharedDataWithdrawal}),
 * whichever side the withdrawal was told to: nobody there did it, so nobody there is named. Who
 * recorded the withdrawal, and on which side, is in this module's own audit record.
 */
@Component
class ConsentWithdrawal {

  private final History history;
  private final Notices notices;
  private final InOrganisation elsewhere;
  private final ReferralViews views;
  private final SharedDataWithdrawal helpline;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  ConsentWithdrawal(
      History history,
      Notices notices,
      InOrganisation elsewhere,
      ReferralViews views,
      SharedDataWithdrawal helpline,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.history = history;
    this.notices = notices;
    this.elsewhere = elsewhere;
    this.views = views;
    this.helpline = helpline;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records the withdrawal on {@code side}; the referral must be locked by the caller.
   *
   * @param helplineConsentWithdrawn the sender's helpline consent is already withdrawn (the
   *     withdrawal started on the victim's page)
   */
  void apply(
      Referral r, ReferralSide side, ConsentMethod method, boolean helplineConsentWithdrawn) {
    Instant now = Instant.now(clock);
    UUID actor = TenantContext.currentUser().map(StaffUser::userId).orElse(null);
    ReferralStatus previous = r.status();
    Set<DataItem> items = dataItems(r.consentItems());
    r.consentWithdrawn(method, side, now);
    if (previous.awaitingReceiver()) {
      r.moveTo(ReferralStatus.WITHDRAWN, now);
      history.step(r, side, actor, null, now);
    }
    if (r.receiverCaseId() != null) {
      UUID receiver = r.receiverOrganisationId();
      String reason = reason(r, receiver);
      elsewhere.asPharos(
          receiver, () -> helpline.removeSharedData(r.receiverCaseId(), items, reason));
    }
    if (r.senderConsentId() != null && !helplineConsentWithdrawn) {
      UUID sender = r.senderOrganisationId();
      String reason = reason(r, sender);
      elsewhere.asPharos(
          sender,
          () ->
              helpline.withdrawConsentOnRequest(
                  r.senderVictimId(), r.senderConsentId(), method, reason));
    }
    history.published(r, previous, true, now);
    AuditRecord record =
        AuditRecord.of("referral.consent-withdrawn", AuditOutcome.SUCCESS)
            .target(ReferralViews.AUDIT_TYPE, r.id())
            .detail(r.reference() + " on " + side.name());
    if (actor == null) {
      record =
          record.actor(
              null,
              "Pharos",
              side == ReferralSide.SENDER ? r.senderOrganisationId() : r.receiverOrganisationId());
    }
    audit.record(record);
    notices.consentWithdrawn(
        r,
        side,
        views.organisationName(
            side == ReferralSide.SENDER ? r.senderOrganisationId() : r.receiverOrganisationId()));
  }

  /** Why, for the organisation's timeline and audit trail: in its language, no personal data. */
  private String reason(Referral r, UUID organisationId) {
    return messages.getMessage(
        "referral.consent-withdrawn.reason",
        new Object[] {r.reference()},
        notices.recordLocale(organisationId));
  }

  /** The helpline's names for what a package may carry, item by item. */
  static Set<DataItem> dataItems(Set<ReferralItem> items) {
    Set<DataItem> data = EnumSet.noneOf(DataItem.class);
    if (items == null) {
      return data;
    }
    for (ReferralItem item : items) {
      data.add(
          switch (item) {
            case FULL_NAME -> DataItem.FULL_NAME;
            case PHONE -> DataItem.PHONE;
            case EMAIL -> DataItem.EMAIL;
            case ADDRESS -> DataItem.ADDRESS;
            case DATE_OF_BIRTH -> DataItem.DATE_OF_BIRTH;
            case PREFERRED_LANGUAGE -> DataItem.PREFERRED_LANGUAGE;
            case RESIDENCE_COUNTRY -> DataItem.RESIDENCE_COUNTRY;
            case CRIME_TYPE -> DataItem.CRIME_TYPE;
            case CRIME_DATE -> DataItem.CRIME_DATE;
            case CRIME_PLACE -> DataItem.CRIME_PLACE;
            case CRIME_COUNTRY -> DataItem.CRIME_COUNTRY;
            case CRIME_SUMMARY -> DataItem.CRIME_SUMMARY;
          });
    }
    return data;
  }
}
