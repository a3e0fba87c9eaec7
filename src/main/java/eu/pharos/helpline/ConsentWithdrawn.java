package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * A victim's consent was withdrawn on their organisation's side. No personal data: other modules
 * that acted on the consent (a referral) follow it.
 *
 * @param method how the withdrawal was given
 */
public record ConsentWithdrawn(
    UUID consentId, UUID victimId, UUID organisationId, Instant at, ConsentMethod method) {}
