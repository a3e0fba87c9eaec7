package eu.pharos.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * One of the codes that let a user in when their authenticator is lost. Only a salted SHA-256 is
 * kept: the codes are long and random, so a slow hash would add nothing but latency.
 */
@Entity
@Table(name = "identity_recovery_code")
class RecoveryCode {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(nullable = false)
  private String salt;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(UUID userId, String code, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.salt = HexFormat.of().formatHex(Secrets.randomBytes(16));
    this.codeHash = hash(salt, normalise(code));
    this.createdAt = now;
  }

  /** Letters and digits only, lower case: people copy codes with spaces, dashes or capitals. */
  static String normalise(String code) {
    return code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  UUID id() {
    return id;
  }

  boolean matches(String normalisedCode) {
    return Secrets.sameHash(hash(salt, normalisedCode), codeHash);
  }

  private static String hash(String salt, String normalisedCode) {
    return Secrets.sha256Hex(salt, normalisedCode);
  }
}
