package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral's clocks: an answer falling due reminds the receiving desk once, and twice the
 * target without an answer escalates once to the receiving organisation's supervisors; a consent
 * past its last day erases the package (and withdraws a referral still awaiting an answer). Each
 * referral is handled in a transaction of its own, under its row lock, so a run that stops half way
 * resumes where it stopped and nothing is done twice.
 */
@Component
class ReferralDeadlines {

  private static final Set<ReferralStatus> AWAITING =
      Set.of(ReferralStatus.SENT, ReferralStatus.RECEIVED);

  private final ReferralRepository referrals;
  private final History history;
  private final Notices notices;
  private final TransactionTemplate transactions;

  ReferralDeadlines(
      ReferralRepository referrals,
      History history,
      Notices notices,
      PlatformTransactionManager transactionManager) {
    this.referrals = referrals;
    this.history = history;
    this.notices = notices;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Reminds and escalates what is due at {@code now}; returns how many notices went out. */
  int remind(Instant now) {
    int sent = 0;
    for (UUID id : referrals.dueBy(AWAITING, now)) {
      Integer done =
          transactions.execute(
              status -> {
                Referral r = referrals.findForUpdate(id).orElse(null);
                if (r == null || !r.status().awaitingReceiver()) {
                  return 0;
                }
                int count = 0;
                if (r.remindedAt() == null && !r.dueAt().isAfter(now)) {
                  notices.reminder(r);
                  r.reminded(now);
                  count++;
                }
                if (r.escalatedAt() == null && !r.dueAt().plus(r.target()).isAfter(now)) {
                  notices.escalation(r);
                  r.escalated(now);
                  count++;
                }
                return count;
              });
      sent += done == null ? 0 : done;
    }
    return sent;
  }

  /**
   * Erases the packages of referrals whose consent ran out before {@code today}: one still awaiting
   * an answer is withdrawn by Pharos itself; the others keep their status.
   */
  int expireConsents(LocalDate today, Instant now) {
    int expired = 0;
    for (UUID id : referrals.consentExpiredBefore(today, AWAITING)) {
      Boolean done =
          transactions.execute(
              status -> {
                Referral r = referrals.findForUpdate(id).orElse(null);
                if (r == null || !r.consentValidUntil().isBefore(today)) {
                  return false;
                }
                r.erasePackage(now);
                if (r.status().awaitingReceiver()) {
                  ReferralStatus previous = r.status();
                  r.moveTo(ReferralStatus.WITHDRAWN, now);
                  history.moved(r, previous, null, null, null, now);
                }
                return true;
              });
      expired += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return expired;
  }
}
