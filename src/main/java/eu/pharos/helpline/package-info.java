/**
 * Helplines and case work of a member organisation: contacts on every channel, victims (their
 * identifying data encrypted at rest and found through keyed hashes), consents, cases with the
 * individual needs assessment of Article 22 of Directive 2012/29/EU, support plans, follow-ups,
 * timelines, supervision (caseloads, overdue work, quality review samples), advisors' confidential
 * wellbeing checks, the victim's rights of access, rectification and erasure, and retention.
 *
 * <p>Everything is scoped to the signed-in user's organisation; every read of a victim, a case or a
 * transcript is audited. Other modules (chat, referral, insights) use the facades of this package
 * and listen to its events, which carry no personal data.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "network"})
package eu.pharos.helpline;

import org.springframework.modulith.ApplicationModule;
