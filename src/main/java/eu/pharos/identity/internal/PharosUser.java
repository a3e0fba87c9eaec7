package eu.pharos.identity.internal;

import eu.pharos.identity.Role;
import eu.pharos.shared.StaffUser;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in staff user, kept in the HTTP session. Holds no victim data. */
public final class PharosUser
    implements UserDetails, CredentialsContainer, StaffUser, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Held by every fully signed-in user (password and, where required, second factor). */
  public static final String SIGNED_IN = "SIGNED_IN";

  private final UUID userId;
  private final UUID organisationId;
  private final String email;
  private final String displayName;
  private final Set<Role> roles;
  private final boolean requiresSecondFactor;
  private final boolean secondFactorEnrolled;
  private final boolean enabled;
  private final boolean locked;
  private final String preferredLanguage;
  private String passwordHash;

  PharosUser(UserAccount account, boolean locked) {
    this(
        account.id(),
        account.organisationId(),
        account.email(),
        account.displayName(),
        account.roles(),
        account.hasSecondFactor(),
        account.status() == eu.pharos.identity.UserStatus.ACTIVE,
        locked,
        account.preferredLanguage(),
        account.passwordHash());
  }

  /** A user signed in by an API token, active and not locked (the token was refused otherwise). */
  PharosUser(
      UUID userId,
      UUID organisationId,
      String email,
      String displayName,
      Set<Role> roles,
      boolean secondFactorEnrolled,
      String preferredLanguage) {
    this(
        userId,
        organisationId,
        email,
        displayName,
        roles,
        secondFactorEnrolled,
        true,
        false,
        preferredLanguage,
        null);
  }

  private PharosUser(
      UUID userId,
      UUID organisationId,
      String email,
      String displayName,
      Set<Role> roles,
      boolean secondFactorEnrolled,
      boolean enabled,
      boolean locked,
      String preferredLanguage,
      String passwordHash) {
    this.userId = userId;
    this.organisationId = organisationId;
    this.email = email;
    this.displayName = displayName;
    this.roles = roles;
    this.requiresSecondFactor = roles.stream().anyMatch(Role::requiresSecondFactor);
    this.secondFactorEnrolled = secondFactorEnrolled;
    this.enabled = enabled;
    this.locked = locked;
    this.preferredLanguage = preferredLanguage;
    this.passwordHash = passwordHash;
  }

  @Override
  public UUID userId() {
    return userId;
  }

  @Override
  public UUID organisationId() {
    return organisationId;
  }

  @Override
  public String email() {
    return email;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean requiresSecondFactor() {
    return requiresSecondFactor;
  }

  public boolean secondFactorEnrolled() {
    return secondFactorEnrolled;
  }

  public String preferredLanguage() {
    return preferredLanguage;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
    roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PharosUser that && that.userId.equals(userId);
  }

  @Override
  public int hashCode() {
    return userId.hashCode();
  }

  @Override
  public String toString() {
    return "PharosUser[" + userId + "]";
  }
}
