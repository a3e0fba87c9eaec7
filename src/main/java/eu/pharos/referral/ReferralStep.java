package eu.pharos.referral;

import java.time.Instant;

/**
 * One change of a referral's status, as both sides see it.
 *
 * @param side the side whose user made the change; null for Pharos itself (an expired consent)
 * @param actorName the user's name when the caller's own organisation made the change, else null
 * @param note a decline's reason or a withdrawal's; null otherwise
 */
public record ReferralStep(
    ReferralStatus status, Instant at, ReferralSide side, String actorName, String note) {}
