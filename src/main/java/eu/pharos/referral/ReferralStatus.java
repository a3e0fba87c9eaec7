package eu.pharos.referral;

import java.util.Set;

/**
 * Where a referral stands; both organisations see it. Stored by name: never rename an entry.
 *
 * <p>SENT → RECEIVED (the receiving desk opened it) → ACCEPTED (a case opened there) →
 * FIRST_CONTACT → CLOSED; SENT or RECEIVED → DECLINED (back to the sender, with a reason) or
 * WITHDRAWN (by the sender, or when the victim withdraws consent before it was accepted).
 */
public enum ReferralStatus {
  SENT,
  RECEIVED,
  ACCEPTED,
  FIRST_CONTACT,
  CLOSED,
  DECLINED,
  WITHDRAWN;

  /** Whether a referral in this status may move to {@code next}. */
  public boolean canMoveTo(ReferralStatus next) {
    return switch (this) {
      case SENT -> Set.of(RECEIVED, ACCEPTED, DECLINED, WITHDRAWN).contains(next);
      case RECEIVED -> Set.of(ACCEPTED, DECLINED, WITHDRAWN).contains(next);
      case ACCEPTED -> Set.of(FIRST_CONTACT, CLOSED).contains(next);
      case FIRST_CONTACT -> next == CLOSED;
      case CLOSED, DECLINED, WITHDRAWN -> false;
    };
  }

  /** Waiting for the receiving desk to accept or decline. */
  public boolean awaitingReceiver() {
    return this == SENT || this == RECEIVED;
  }

  public boolean finished() {
    return this == CLOSED || this == DECLINED || this == WITHDRAWN;
  }

  public String messageKey() {
    return "referral.status." + name();
  }
}
