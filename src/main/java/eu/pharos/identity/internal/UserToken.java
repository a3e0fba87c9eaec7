package eu.pharos.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use link sent by e-mail (password reset, invitation). The link carries 32 random bytes;
 * only their SHA-256 is stored, so the table alone opens no account.
 */
@Entity
@Table(name = "identity_user_token")
class UserToken {

  enum Purpose {
    PASSWORD_RESET,
    INVITATION
  }

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected UserToken() {}

  UserToken(UUID userId, Purpose purpose, String token, Instant now, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.purpose = purpose;
    this.tokenHash = hash(token);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  static String hash(String token) {
    return Secrets.sha256Hex(token);
  }

  boolean isUsable(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  UUID id() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  Purpose purpose() {
    return purpose;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
