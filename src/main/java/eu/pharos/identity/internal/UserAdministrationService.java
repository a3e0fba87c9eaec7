package eu.pharos.identity.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.EmailAlreadyInUse;
import eu.pharos.identity.InviteUser;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserAdministration;
import eu.pharos.identity.UserChangeRefused;
import eu.pharos.identity.UserNotFound;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs in the administrator's tenant scope, so an account of another organisation is simply not
 * found. Every change is audited.
 */
@Service
@Transactional
class UserAdministrationService implements UserAdministration {

  /** What only a network administrator may grant or take away. */
  static final Set<Role> NETWORK_ROLES = EnumSet.of(Role.NETWORK_ADMIN, Role.SECRETARIAT);

  private final UserAccountRepository users;
  private final OrganisationRepository organisations;
  private final UserTokens tokens;
  private final AccountMails mails;
  private final SecondFactorService secondFactor;
  private final AuditLog auditLog;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  UserAdministrationService(
      UserAccountRepository users,
      OrganisationRepository organisations,
      UserTokens tokens,
      AccountMails mails,
      SecondFactorService secondFactor,
      AuditLog auditLog,
      JdbcTemplate jdbc,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.tokens = tokens;
    this.mails = mails;
    this.secondFactor = secondFactor;
    this.auditLog = auditLog;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Set<Role> grantableRoles() {
    Set<Role> grantable = EnumSet.allOf(Role.class);
    if (!callerHas(Role.NETWORK_ADMIN)) {
      grantable.removeAll(NETWORK_ROLES);
    }
    return grantable;
  }

  @Override
  public UserView invite(InviteUser invitation) {
    StaffUser me = caller();
    String email = UserAccount.normaliseEmail(invitation.email());
    String name = invitation.displayName().strip();
    if (name.isEmpty() || name.length() > 120) {
      throw new UserChangeRefused("users.invite.error.name");
    }
    if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new UserChangeRefused("users.invite.error.email");
    }
    checkGrantable(EnumSet.noneOf(Role.class), invitation.roles());
    // E-mail addresses are unique across the network, beyond the caller's tenant scope.
    Integer taken =
        jdbc.queryForObject(
            "select count(*) from identity_user where email = ?", Integer.class, email);
    if (taken != null && taken > 0) {
      throw new EmailAlreadyInUse();
    }
    UserAccount account =
        UserAccount.invited(
            me.organisationId(), email, name, invitation.roles(), Instant.now(clock));
    try {
      users.saveAndFlush(account);
    } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
      throw new EmailAlreadyInUse();
    }
    sendInvitation(account, me);
    audit("identity.user.invited", account, "roles=" + names(account.roles()));
    return account.view();
  }

  @Override
  public UserView changeRoles(UUID userId, Set<Role> roles) {
    UserAccount account = colleague(userId);
    Set<Role> before = account.roles();
    checkGrantable(before, roles);
    if (!before.equals(EnumSet.copyOf(roles))) {
      account.changeRoles(roles);
      audit(
          "identity.role.changed",
          account,
          "before=" + names(before) + " after=" + names(account.roles()));
    }
    return account.view();
  }

  @Override
  public void disable(UUID userId) {
    UserAccount account = colleague(userId);
    checkGrantable(account.roles(), account.roles());
    if (account.status() != UserStatus.DISABLED) {
      account.disable();
      tokens.withdrawAll(account.id());
      audit("identity.user.disabled", account, null);
    }
  }

  @Override
  public void enable(UUID userId) {
    UserAccount account = colleague(userId);
    checkGrantable(account.roles(), account.roles());
    if (account.status() == UserStatus.DISABLED) {
      account.enable();
      audit("identity.user.enabled", account, null);
    }
  }

  @Override
  public void resendInvitation(UUID userId) {
    UserAccount account = colleague(userId);
    if (account.status() != UserStatus.INVITED) {
      throw new UserChangeRefused("users.error.notInvited");
    }
    tokens.withdrawAll(account.id());
    sendInvitation(account, caller());
    audit("identity.invitation.resent", account, null);
  }

  @Override
  public void resetSecondFactor(UUID userId) {
    UserAccount account = colleague(userId);
    checkGrantable(account.roles(), account.roles());
    if (account.hasSecondFactor()) {
      secondFactor.remove(account, "by an administrator");
    }
  }

  /** A colleague in the caller's organisation other than the caller. */
  private UserAccount colleague(UUID userId) {
    UserAccount account = users.findById(userId).orElseThrow(() -> UserNotFound.forId(userId));
    if (account.id().equals(caller().userId())) {
      throw new UserChangeRefused("users.error.ownAccount");
    }
    return account;
  }

  /**
   * An administrator manages only accounts whose roles, before and after the change, are all theirs
   * to grant: an organisation administrator neither makes nor touches a network administrator.
   */
  private void checkGrantable(Set<Role> before, Set<Role> after) {
    if (after.isEmpty()) {
      throw new UserChangeRefused("users.error.noRole");
    }
    Set<Role> grantable = grantableRoles();
    if (!grantable.containsAll(before) || !grantable.containsAll(after)) {
      throw new UserChangeRefused("users.error.roleNotGrantable");
    }
  }

  private void sendInvitation(UserAccount account, StaffUser inviter) {
    String token =
        tokens.issue(account.id(), UserToken.Purpose.INVITATION, UserTokens.INVITATION_VALIDITY);
    String organisation =
        organisations
            .findById(account.organisationId())
            .map(org -> org.view().name())
            .orElse("Pharos");
    mails.invitation(account, token, inviter.displayName(), organisation);
  }

  private void audit(String action, UserAccount account, String detail) {
    auditLog.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS).target("user", account.id()).detail(detail));
  }

  private static StaffUser caller() {
    return TenantContext.currentUser()
        .orElseThrow(() -> new IllegalStateException("No signed-in administrator"));
  }

  private static boolean callerHas(Role role) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(role.authority()::equals);
  }

  private static String names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }
}
