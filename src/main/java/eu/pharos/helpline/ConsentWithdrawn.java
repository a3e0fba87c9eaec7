package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * A victim's consent was withdrawn on their organisation's side. No personal data: other modules
 * that acted on the consent (a referral) follow it.
 *
 * @param method how the withdrawal was given
 * @param byPharos withdrawn by Pharos at another module's request ({@link
 *     SharedDataWithdrawal#withdrawConsentOnRequest}), which already acts on it; false when a
 *     person withdrew it on the victim's page
 */
public record ConsentWithdrawn(
    UUID consentId,
    UUID victimId,
    UUID organisationId,
    Instant at,
    ConsentMethod method,
    boolean byPharos) {}
