package eu.pharos.referral;

import java.util.Set;

/**
 * Which of the caller's organisation's referrals to list, newest first.
 *
 * @param side INBOX (received) or OUTBOX (sent)
 * @param statuses only these; empty for all
 * @param page from 0
 * @param size 1 to 100
 */
public record ReferralQuery(ReferralSide side, Set<ReferralStatus> statuses, int page, int size) {

  public ReferralQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static ReferralQuery inbox() {
    return new ReferralQuery(ReferralSide.RECEIVER, Set.of(), 0, 25);
  }

  public static ReferralQuery outbox() {
    return new ReferralQuery(ReferralSide.SENDER, Set.of(), 0, 25);
  }
}
