package eu.pharos.identity.internal;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A staff member's account. Scoped to its organisation by {@code @TenantId}. */
@Entity
@Table(name = "identity_user")
class UserAccount {

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UserStatus status;

  @Column(name = "preferred_language", nullable = false)
  private String preferredLanguage;

  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  private UserAccount(
      UUID organisationId, String email, String displayName, Set<Role> roles, Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.email = normaliseEmail(email);
    this.displayName = displayName.strip();
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.preferredLanguage = "en";
    this.createdAt = now;
  }

  /** An account that can sign in at once (demo data, first administrator). */
  static UserAccount active(
      UUID organisationId,
      String email,
      String displayName,
      Set<Role> roles,
      String passwordHash,
      Instant now) {
    UserAccount user = new UserAccount(organisationId, email, displayName, roles, now);
    user.passwordHash = passwordHash;
    user.status = UserStatus.ACTIVE;
    return user;
  }

  /** An account waiting for its owner to accept the invitation and choose a password. */
  static UserAccount invited(
      UUID organisationId, String email, String displayName, Set<Role> roles, Instant now) {
    UserAccount user = new UserAccount(organisationId, email, displayName, roles, now);
    user.status = UserStatus.INVITED;
    return user;
  }

  static String normaliseEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  boolean requiresSecondFactor() {
    return roles.stream().anyMatch(Role::requiresSecondFactor);
  }

  boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  boolean canSignIn(Instant now) {
    return status == UserStatus.ACTIVE && passwordHash != null && !isLocked(now);
  }

  /**
   * Counts a wrong password or code; after {@code maxFailures} in a row the account locks for a
   * while.
   *
   * @return whether this failure locked the account
   */
  boolean recordFailedLogin(int maxFailures, Duration lockout, Instant now) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockout);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  /** A correct password or code: the run of failures is over. */
  void clearFailedLogins() {
    failedLogins = 0;
  }

  void recordSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  void changePassword(String newHash) {
    this.passwordHash = newHash;
    if (status == UserStatus.INVITED) {
      status = UserStatus.ACTIVE;
    }
    failedLogins = 0;
    lockedUntil = null;
  }

  /** Stores the TOTP secret, sealed by {@link SecretCipher} with {@link #secretContext()}. */
  void enrolSecondFactor(String sealedSecret) {
    this.totpSecret = sealedSecret;
    this.totpLastStep = null;
  }

  /** Replaces the sealed secret with the same secret sealed under the current key. */
  void resealSecondFactor(String sealedSecret) {
    if (this.totpSecret != null) {
      this.totpSecret = sealedSecret;
    }
  }

  /** Associated data for the sealed secret: a secret copied to another account does not open. */
  String secretContext() {
    return "totp:" + id;
  }

  boolean hasSecondFactor() {
    return totpSecret != null;
  }

  void resetSecondFactor() {
    this.totpSecret = null;
    this.totpLastStep = null;
  }

  /**
   * Accepts a TOTP time step only once, so that a code seen over someone's shoulder cannot be
   * replayed within its validity window.
   */
  boolean acceptTotpStep(long step) {
    if (totpLastStep != null && step <= totpLastStep) {
      return false;
    }
    totpLastStep = step;
    return true;
  }

  void changeRoles(Set<Role> newRoles) {
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
  }

  void disable() {
    this.status = UserStatus.DISABLED;
  }

  void enable() {
    if (status == UserStatus.DISABLED) {
      this.status = passwordHash == null ? UserStatus.INVITED : UserStatus.ACTIVE;
    }
  }

  void preferLanguage(String language) {
    this.preferredLanguage = language;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  String email() {
    return email;
  }

  String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  String sealedTotpSecret() {
    return totpSecret;
  }

  UserStatus status() {
    return status;
  }

  Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  String preferredLanguage() {
    return preferredLanguage;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  UserView view() {
    return new UserView(
        id, organisationId, email, displayName, status, roles(), totpSecret != null, lastLoginAt);
  }
}
