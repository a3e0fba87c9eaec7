/**
 * Who may do what: organisations as tenants (member organisations and the network secretariat),
 * staff users and their roles, sign-in with password and a second factor, sign-in through an
 * external OpenID Connect provider, invitations, password reset and personal API tokens. It also
 * holds the web security configuration, since every rule there is a rule about identity.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "platform"})
package eu.pharos.identity;

import org.springframework.modulith.ApplicationModule;
