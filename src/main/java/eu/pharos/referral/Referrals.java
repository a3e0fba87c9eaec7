package eu.pharos.referral;

import eu.pharos.helpline.ConsentMethod;
import java.util.UUID;

/**
 * Referrals sent or received by the caller's organisation. A referral that the organisation neither
 * sent nor received is "not found", whatever its id. Changes carry the version the user started
 * from and are refused with {@link eu.pharos.shared.ConcurrentChange} when the other side or a
 * colleague changed the referral since; a status change out of order is an {@link
 * eu.pharos.shared.InvalidInput}. Every read of a package is audited in the reader's organisation.
 */
public interface Referrals {

  /**
   * Sends a referral and publishes {@link ReferralSent}; the receiving desk is notified.
   *
   * @throws eu.pharos.shared.InvalidInput without consent or consented items, with a consent given
   *     in the future or already expired, to the caller's own organisation, to an organisation that
   *     is not an approved member or does not offer the service, with a package holding items
   *     outside the consent or without a package and a case
   * @throws eu.pharos.helpline.CaseNotFound for a case of another organisation
   */
  ReferralView send(NewReferral referral);

  /**
   * Reads a referral as the caller's side sees it, and audits the read of its package. The
   * receiving side's first read moves it from SENT to RECEIVED.
   *
   * @throws ReferralNotFound for an unknown id or a referral the organisation is not part of
   */
  ReferralView get(UUID id);

  /** The organisation's inbox or outbox. */
  ReferralList list(ReferralQuery query);

  /**
   * The receiver accepts: a case opens in the receiving organisation, led by {@code advisorId},
   * holding exactly the package's items.
   *
   * @throws eu.pharos.shared.InvalidInput when the caller is not the receiver, the referral is not
   *     awaiting an answer (a double accept included), the consent expired or was withdrawn, or the
   *     advisor is not a user of the receiving organisation
   */
  ReferralView accept(UUID id, UUID advisorId, long expectedVersion);

  /**
   * The receiver declines with a reason; the referral returns to the sender.
   *
   * @throws eu.pharos.shared.InvalidInput without a reason, or out of order
   */
  ReferralView decline(UUID id, String reason, long expectedVersion);

  /** The receiver has reached the victim. */
  ReferralView recordFirstContact(UUID id, long expectedVersion);

  /** The receiver closes the referral, with optional feedback to the sender. */
  ReferralView close(UUID id, String feedback, long expectedVersion);

  /** The sender takes back a referral not yet accepted. */
  ReferralView withdraw(UUID id, String reason, long expectedVersion);

  /**
   * The victim withdraws consent, told to either side: the package is erased, the data it brought
   * to the receiving case is removed, a referral not yet accepted is withdrawn, and the withdrawal
   * is recorded for both sides.
   *
   * @throws eu.pharos.shared.InvalidInput when consent was already withdrawn
   */
  ReferralView withdrawConsent(UUID id, ConsentMethod method);

  /** How the caller's organisation receives referrals. */
  ReferralDesk desk();

  /**
   * Changes how the caller's organisation receives referrals; organisation admins only.
   *
   * @throws eu.pharos.shared.InvalidInput for a malformed e-mail or a target under 15 minutes or
   *     over 30 days
   */
  ReferralDesk changeDesk(ReferralDesk desk);
}
