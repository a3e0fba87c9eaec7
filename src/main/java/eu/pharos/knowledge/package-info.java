/**
 * Centres of Excellence: communities of practice of the network's members.
 *
 * <p>The secretariat opens a centre on a topic the members prioritise (European helplines, support
 * at a distance, monitoring of EU law); organisations and people join it. Inside, members share
 * good practices, keep documents with versions, draft policy guidelines through review to adoption,
 * hold meetings and workshops, and discuss. One search covers everything a user may see. Centres
 * are shared across organisations, so who may see and do what is decided in one place ({@code
 * knowledge.centre.CentreAccess}); content is public, for the network's members, or for the
 * centre's members only.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "network"})
package eu.pharos.knowledge;

import org.springframework.modulith.ApplicationModule;
