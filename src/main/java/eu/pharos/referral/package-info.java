/**
 * Referrals of victims between member organisations, within a country and across borders, and
 * incidents with many victims (mass victimisation).
 *
 * <p>A referral leaves only with the victim's recorded consent: to which organisation, which data
 * items, for what purpose, until when and how it was given. It carries only those items (the
 * package, sealed at rest) and a message. The receiving organisation's referral desk accepts it,
 * which opens a case there holding exactly the package, or declines it with a reason. Both sides
 * see the status; neither sees the other's case. Withdrawing consent erases the package and the
 * data it brought to the receiving side. Referral is the one module whose records two organisations
 * share, so who may see which side of a referral is decided in one place.
 *
 * <p>Members with their own case systems use {@code /api/v1/referrals} with API tokens and receive
 * status changes by signed webhooks, retried with back-off.
 */
@ApplicationModule(
    allowedDependencies = {"shared", "platform", "audit", "identity", "network", "helpline"})
package eu.pharos.referral;

import org.springframework.modulith.ApplicationModule;
