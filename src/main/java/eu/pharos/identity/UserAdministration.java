package eu.pharos.identity;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * What an organisation administrator (or, for the secretariat, a network administrator) does with
 * the accounts of their own organisation. Accounts of other organisations are {@link UserNotFound}.
 * An organisation administrator cannot grant or take away {@link Role#NETWORK_ADMIN} or {@link
 * Role#SECRETARIAT}, and nobody changes their own roles or status here.
 */
public interface UserAdministration {

  String ADMINS = "hasAnyRole('ORG_ADMIN', 'NETWORK_ADMIN')";

  /** The roles the caller may grant. */
  @PreAuthorize(ADMINS)
  Set<Role> grantableRoles();

  /**
   * Creates the account in status {@link UserStatus#INVITED} and e-mails a link, valid for seven
   * days, to choose a password.
   *
   * @throws EmailAlreadyInUse when any account of the network has the address
   * @throws UserChangeRefused when a role is not the caller's to grant, or a field is invalid
   */
  @PreAuthorize(ADMINS)
  UserView invite(InviteUser invitation);

  /** Replaces the roles of a colleague; audited with the roles before and after. */
  @PreAuthorize(ADMINS)
  UserView changeRoles(UUID userId, Set<Role> roles);

  /** Stops a colleague from signing in; outstanding links stop working. */
  @PreAuthorize(ADMINS)
  void disable(UUID userId);

  @PreAuthorize(ADMINS)
  void enable(UUID userId);

  /** A new invitation link for a colleague who has not accepted yet; older links stop working. */
  @PreAuthorize(ADMINS)
  void resendInvitation(UUID userId);

  /** Removes a colleague's second factor: they set it up again at their next sign-in. */
  @PreAuthorize(ADMINS)
  void resetSecondFactor(UUID userId);
}
