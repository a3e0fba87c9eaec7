package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The victim withdrew consent, told to either side: the package is erased, a referral not yet
 * accepted is withdrawn, the data the package brought to the receiving case is removed there, and
 * the consent recorded on the sender's victim is withdrawn too. Each organisation's helpline
 * records are changed in that organisation's scope, by one of its own case workers.
 */
@Component
class ConsentWithdrawal {

  private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawal.class);

  private static final Set<ReferralItem> CRIME_ITEMS =
      Set.of(
          ReferralItem.CRIME_TYPE,
          ReferralItem.CRIME_DATE,
          ReferralItem.CRIME_PLACE,
          ReferralItem.CRIME_COUNTRY,
          ReferralItem.CRIME_SUMMARY,
          ReferralItem.RESIDENCE_COUNTRY);

  private final History history;
  private final Notices notices;
  private final InOrganisation elsewhere;
  private final ReferralViews views;
  private final Cases cases;
  private final Victims victims;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;

  ConsentWithdrawal(
      History history,
      Notices notices,
      InOrganisation elsewhere,
      ReferralViews views,
      Cases cases,
      Victims victims,
      MessageSource messages,
      AuditLog audit,
      Clock clock) {
    this.history = history;
    this.notices = notices;
    this.elsewhere = elsewhere;
    this.views = views;
    this.cases = cases;
    this.victims = victims;
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
    r.consentWithdrawn(method, side, now);
    if (previous.awaitingReceiver()) {
      r.moveTo(ReferralStatus.WITHDRAWN, now);
      history.step(r, side, actor, null, now);
    }
    if (r.receiverCaseId() != null) {
      inReceivingOrganisation(r, side, () -> clearReceivingCase(r));
    }
    if (r.senderConsentId() != null && !helplineConsentWithdrawn) {
      inSendingOrganisation(r, side, () -> withdrawSenderConsent(r, method));
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

  private Void clearReceivingCase(Referral r) {
    Set<ReferralItem> items = r.consentItems();
    CaseView receivingCase = cases.get(r.receiverCaseId());
    if (receivingCase.victim() != null) {
      VictimView victim = victims.get(receivingCase.victim().id());
      try {
        victims.rectify(victim.id(), without(victim.details(), items), victim.version());
      } catch (InvalidInput refused) {
        // An erased victim holds nothing any more; a legal hold keeps the data, as the law asks.
        log.warn(
            "Referral {}: the receiving victim {} could not be cleared ({})",
            r.reference(),
            victim.reference(),
            refused.getMessage());
      }
    }
    if (items.stream().anyMatch(CRIME_ITEMS::contains) && receivingCase.anonymisedAt() == null) {
      CaseView current = cases.get(r.receiverCaseId());
      try {
        cases.changeDetails(current.id(), without(current.crime(), items), current.version());
      } catch (InvalidInput refused) {
        log.warn(
            "Referral {}: the crime details of case {} could not be cleared ({})",
            r.reference(),
            current.reference(),
            refused.getMessage());
      }
    }
    Locale locale = notices.recordLocale(r.receiverOrganisationId());
    cases.addNote(
        r.receiverCaseId(),
        messages.getMessage(
            "referral.case-note.consent-withdrawn", new Object[] {r.reference()}, locale));
    return null;
  }

  private Void withdrawSenderConsent(Referral r, ConsentMethod method) {
    try {
      victims.withdrawConsent(r.senderVictimId(), r.senderConsentId(), method);
    } catch (InvalidInput alreadyWithdrawn) {
      log.info("Referral {}: the sender's consent was already withdrawn", r.reference());
    }
    return null;
  }

  private void inReceivingOrganisation(Referral r, ReferralSide side, Supplier<Void> work) {
    if (side == ReferralSide.RECEIVER && TenantContext.currentUser().isPresent()) {
      work.get();
    } else {
      elsewhere.asCaseWorker(r.receiverOrganisationId(), r.assignedAdvisorId(), work);
    }
  }

  private void inSendingOrganisation(Referral r, ReferralSide side, Supplier<Void> work) {
    if (side == ReferralSide.SENDER && TenantContext.currentUser().isPresent()) {
      work.get();
    } else {
      elsewhere.asCaseWorker(r.senderOrganisationId(), r.sentBy(), work);
    }
  }

  static VictimDetails without(VictimDetails d, Set<ReferralItem> items) {
    return new VictimDetails(
        items.contains(ReferralItem.FULL_NAME) ? null : d.fullName(),
        items.contains(ReferralItem.PHONE) ? null : d.phone(),
        items.contains(ReferralItem.EMAIL) ? null : d.email(),
        items.contains(ReferralItem.ADDRESS) ? null : d.address(),
        items.contains(ReferralItem.DATE_OF_BIRTH) ? null : d.dateOfBirth(),
        items.contains(ReferralItem.PREFERRED_LANGUAGE) ? null : d.preferredLanguage(),
        items.contains(ReferralItem.RESIDENCE_COUNTRY) ? null : d.residenceCountry());
  }

  static CrimeDetails without(CrimeDetails c, Set<ReferralItem> items) {
    CrimeDetails d = c == null ? CrimeDetails.unknown() : c;
    return new CrimeDetails(
        items.contains(ReferralItem.CRIME_TYPE) ? null : d.crimeType(),
        items.contains(ReferralItem.CRIME_DATE) ? null : d.crimeDate(),
        items.contains(ReferralItem.CRIME_PLACE) ? null : d.place(),
        items.contains(ReferralItem.CRIME_COUNTRY) ? null : d.crimeCountry(),
        items.contains(ReferralItem.RESIDENCE_COUNTRY) ? null : d.residenceCountry(),
        items.contains(ReferralItem.CRIME_SUMMARY) ? null : d.summary());
  }
}
