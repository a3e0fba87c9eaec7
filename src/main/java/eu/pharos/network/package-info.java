/**
 * The network: who the members are, where victims can get help, and how the network builds capacity
 * in each country. Member profiles (membership, services, crime types, languages, regions, offices,
 * opening hours, public holidays), helplines such as 116 006, the reference data on countries and
 * EU instruments, capacity-building engagements with their follow-up actions, the public "Find
 * help" pages and the directory's import and export. Read by almost every other module; depends on
 * nobody but identity and the platform.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "platform", "audit"})
package eu.pharos.network;

import org.springframework.modulith.ApplicationModule;
