package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.referral.ReferralConsentView;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStep;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A referral projected for one side: the sender never sees the receiver's case or advisor, the
 * receiver never sees the sender's case, and each side sees the names of its own people only. A
 * view that shows the package is an audited read in the reader's organisation.
 */
@Component
class ReferralViews {

  static final String AUDIT_TYPE = "referral";

  private final ReferralStepRepository steps;
  private final ReferralSeal seal;
  private final Organisations organisations;
  private final Users users;
  private final AuditLog audit;
  private final Clock clock;

  ReferralViews(
      ReferralStepRepository steps,
      ReferralSeal seal,
      Organisations organisations,
      Users users,
      AuditLog audit,
      Clock clock) {
    this.steps = steps;
    this.seal = seal;
    this.organisations = organisations;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /** The referral as {@code side} sees it; audits the read when the package is shown. */
  ReferralView view(Referral r, ReferralSide side) {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);
    boolean receiver = side == ReferralSide.RECEIVER;
    ReferralPackage pkg = null;
    if (showsPackage(r, side, today)) {
      pkg = seal.openPackage(r.id(), r.packageSealed());
    }
    Map<UUID, String> names = new HashMap<>();
    List<ReferralStep> history =
        steps.findByReferralIdOrderByAtAscIdAsc(r.id()).stream()
            .map(
                step ->
                    new ReferralStep(
                        step.status(),
                        step.at(),
                        step.side(),
                        step.side() == side && step.actorId() != null
                            ? names.computeIfAbsent(step.actorId(), this::userName)
                            : null,
                        seal.open(ReferralSeal.STEP_NOTE, step.id(), step.noteSealed())))
            .toList();
    ReferralView view =
        new ReferralView(
            r.id(),
            r.reference(),
            side,
            r.senderOrganisationId(),
            organisationName(r.senderOrganisationId()),
            r.senderCountry(),
            r.receiverOrganisationId(),
            organisationName(r.receiverOrganisationId()),
            r.receiverCountry(),
            r.service(),
            r.urgency(),
            r.status(),
            consent(r),
            pkg,
            seal.open(ReferralSeal.MESSAGE, r.id(), r.messageSealed()),
            receiver ? r.receiverCaseId() : r.senderCaseId(),
            receiver ? r.assignedAdvisorId() : null,
            seal.open(ReferralSeal.DECLINE_REASON, r.id(), r.declineReasonSealed()),
            seal.open(ReferralSeal.FEEDBACK, r.id(), r.feedbackSealed()),
            r.incidentId(),
            r.externalReference(),
            r.sentAt(),
            r.status().awaitingReceiver() ? r.dueAt() : null,
            r.overdueAt(now),
            history,
            r.version());
    if (pkg != null) {
      audit.record(AuditRecord.access(AUDIT_TYPE, r.id()).detail(side.name()));
    }
    return view;
  }

  /**
   * The receiver reads the package while the consent holds and the referral is neither declined nor
   * withdrawn; the sender reads it as sent until it is erased.
   */
  static boolean showsPackage(Referral r, ReferralSide side, LocalDate today) {
    if (r.packageSealed() == null) {
      return false;
    }
    if (side == ReferralSide.SENDER) {
      return true;
    }
    return r.consentActiveOn(today)
        && r.status() != ReferralStatus.DECLINED
        && r.status() != ReferralStatus.WITHDRAWN;
  }

  ReferralSummary summary(Referral r, ReferralSide side, Map<UUID, String> nameCache) {
    UUID other =
        side == ReferralSide.SENDER ? r.receiverOrganisationId() : r.senderOrganisationId();
    return new ReferralSummary(
        r.id(),
        r.reference(),
        side,
        other,
        nameCache.computeIfAbsent(other, this::organisationName),
        side == ReferralSide.SENDER ? r.receiverCountry() : r.senderCountry(),
        r.service(),
        r.urgency(),
        r.status(),
        r.sentAt(),
        r.status().awaitingReceiver() ? r.dueAt() : null,
        r.overdueAt(Instant.now(clock)),
        r.incidentId());
  }

  private ReferralConsentView consent(Referral r) {
    return new ReferralConsentView(
        r.consentItems(),
        seal.open(ReferralSeal.PURPOSE, r.id(), r.consentPurposeSealed()),
        r.consentMethod(),
        r.consentGivenAt(),
        r.consentValidUntil(),
        r.consentWithdrawnAt(),
        r.consentWithdrawalMethod(),
        r.consentWithdrawnOn());
  }

  String organisationName(UUID organisationId) {
    return organisations.find(organisationId).map(OrganisationView::name).orElse(null);
  }

  /** A user of the caller's own organisation; users of the other side are not found. */
  private String userName(UUID userId) {
    return users.find(userId).map(UserView::displayName).orElse(null);
  }
}
