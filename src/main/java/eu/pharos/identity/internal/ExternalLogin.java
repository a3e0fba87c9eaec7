package eu.pharos.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Ties an identity at an external OpenID Connect provider (the registration id and the token's
 * {@code sub}) to a Pharos account. Not scoped by {@code @TenantId}: it is only ever read during
 * sign-in, before anyone's organisation is known.
 */
@Entity
@Table(name = "identity_external_login")
class ExternalLogin {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "linked_at", nullable = false, updatable = false)
  private Instant linkedAt;

  protected ExternalLogin() {}

  private ExternalLogin(UUID userId, String provider, String subject, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.provider = provider;
    this.subject = subject;
    this.linkedAt = now;
  }

  static ExternalLogin link(UUID userId, String provider, String subject, Instant now) {
    return new ExternalLogin(userId, provider, subject, now);
  }

  UUID userId() {
    return userId;
  }
}
