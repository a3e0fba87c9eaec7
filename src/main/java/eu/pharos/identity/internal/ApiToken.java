package eu.pharos.identity.internal;

import eu.pharos.identity.ApiTokenView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * A personal API token. The token is {@code pharos_} and 32 random bytes in base64url; only its
 * SHA-256 is stored. A fast unsalted hash is enough for a secret of 256 random bits: nobody can
 * guess one, so there is nothing for a slow hash to slow down. Updates write only the changed
 * columns, so revoking never races with the sign-in's conditional update of "last used" ({@link
 * ApiTokenAuthenticator}).
 */
@Entity
@Table(name = "identity_api_token")
@DynamicUpdate
class ApiToken {

  static final String PREFIX = "pharos_";
  private static final int SECRET_BYTES = 32;
  private static final int TOKEN_LENGTH = PREFIX.length() + 43;

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  private ApiToken(
      UUID organisationId, UUID userId, String name, String tokenHash, Instant now, Duration life) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(life);
  }

  /** A new token and its secret; the secret exists only in the returned value. */
  static Issued issue(UUID organisationId, UUID userId, String name, Duration life, Instant now) {
    String secret = PREFIX + Secrets.randomUrlSafe(SECRET_BYTES);
    return new Issued(new ApiToken(organisationId, userId, name, hash(secret), now, life), secret);
  }

  record Issued(ApiToken token, String secret) {}

  static boolean looksLikeToken(String presented) {
    return presented != null
        && presented.length() == TOKEN_LENGTH
        && presented.startsWith(PREFIX)
        && presented.substring(PREFIX.length()).chars().allMatch(ApiToken::isBase64Url);
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  static String hash(String secret) {
    return Secrets.sha256Hex(secret);
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  UUID id() {
    return id;
  }

  UUID userId() {
    return userId;
  }

  String name() {
    return name;
  }

  ApiTokenView view(Instant now) {
    return new ApiTokenView(id, name, createdAt, lastUsedAt, expiresAt, !now.isBefore(expiresAt));
  }
}
