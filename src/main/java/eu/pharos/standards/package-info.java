/**
 * Quality standards and accreditation of member organisations.
 *
 * <p>The secretariat keeps frameworks of standards as data (standards, criteria and indicators with
 * guidance, expected evidence and a rating scale, in several languages, versioned, imported and
 * exported as YAML or JSON). A member's cycle runs through a self-assessment, an evaluation by
 * evaluators of other organisations (with a visit, findings per indicator and a report), an
 * improvement plan for what was not met, and the network's decision, with a certificate anyone can
 * verify. A cycle is shared by the member, the secretariat and the cycle's evaluators, so who may
 * see and do what is decided in one place ({@code standards.cycle.StandardsAccess}).
 */
@ApplicationModule(allowedDependencies = {"shared", "platform", "audit", "identity", "network"})
package eu.pharos.standards;

import org.springframework.modulith.ApplicationModule;
