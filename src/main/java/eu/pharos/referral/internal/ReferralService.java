package eu.pharos.referral.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals facade: the roles and the transactions are declared here; the work is done within
 * them by a class per concern: {@link ReferralSending}, {@link ReferralReading}, {@link
 * ReferralAnswers} and {@link Desks}. Who may see which side of a referral is decided by {@link
 * ReferralAccess}.
 */
@Service
@Transactional
@PreAuthorize(ReferralService.CASE_WORK)
class ReferralService implements Referrals {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";

  private final ReferralSending sending;
  private final ReferralReading reading;
  private final ReferralAnswers answers;
  private final ReferralViews views;
  private final Desks desks;
  private final AuditLog audit;

  ReferralService(
      ReferralSending sending,
      ReferralReading reading,
      ReferralAnswers answers,
      ReferralViews views,
      Desks desks,
      AuditLog audit) {
    this.sending = sending;
    this.reading = reading;
    this.answers = answers;
    this.views = views;
    this.desks = desks;
    this.audit = audit;
  }

  @Override
  public ReferralView send(NewReferral referral) {
    return views.view(sending.send(referral), ReferralSide.SENDER);
  }

  @Override
  public ReferralView get(UUID id) {
    return reading.get(id);
  }

  @Override
  @Transactional(readOnly = true)
  public ReferralList list(ReferralQuery query) {
    return reading.list(query);
  }

  @Override
  public ReferralView accept(UUID id, UUID advisorId, long expectedVersion) {
    return answers.accept(id, advisorId, expectedVersion);
  }

  @Override
  public ReferralView decline(UUID id, String reason, long expectedVersion) {
    return answers.decline(id, reason, expectedVersion);
  }

  @Override
  public ReferralView recordFirstContact(UUID id, long expectedVersion) {
    return answers.recordFirstContact(id, expectedVersion);
  }

  @Override
  public ReferralView close(UUID id, String feedback, long expectedVersion) {
    return answers.close(id, feedback, expectedVersion);
  }

  @Override
  public ReferralView withdraw(UUID id, String reason, long expectedVersion) {
    return answers.withdraw(id, reason, expectedVersion);
  }

  @Override
  public ReferralView withdrawConsent(UUID id, ConsentMethod method) {
    return answers.withdrawConsent(id, method);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
  public ReferralDesk desk() {
    return desks.of(TenantContext.current());
  }

  @Override
  @PreAuthorize("hasRole('ORG_ADMIN')")
  public ReferralDesk changeDesk(ReferralDesk desk) {
    ReferralDesk changed =
        desks.change(
            TenantContext.current(),
            desk,
            TenantContext.currentUser().map(StaffUser::userId).orElse(null));
    audit.record(
        AuditRecord.of("referral.desk.changed", AuditOutcome.SUCCESS)
            .target("referral.desk", TenantContext.current()));
    return changed;
  }
}
