package eu.pharos.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes the link of one row: an HMAC-SHA256 over the previous link and the row's fields. Keyed
 * with the server secret, so that someone with write access to the database alone cannot rebuild a
 * consistent chain after changing a row.
 */
@Component
final class AuditChain {

  static final String GENESIS = "0".repeat(64);

  private final SecretKeySpec key;

  AuditChain(@Value("${pharos.security.secret}") String secret) {
    this.key =
        new SecretKeySpec(
            ("pharos-audit-chain:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String link(String previousHash, Row row) {
    String canonical =
        String.join(
            "\u001f",
            previousHash,
            Long.toString(row.id()),
            row.occurredAt().toString(),
            str(row.actorId()),
            str(row.actorLabel()),
            str(row.organisationId()),
            row.action(),
            str(row.targetType()),
            str(row.targetId()),
            row.outcome(),
            str(row.remoteAddress()),
            str(row.detail()));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String str(Object value) {
    return Objects.toString(value, "");
  }

  record Row(
      long id,
      Instant occurredAt,
      UUID actorId,
      String actorLabel,
      UUID organisationId,
      String action,
      String targetType,
      String targetId,
      String outcome,
      String remoteAddress,
      String detail) {}

  /** A row before the chain gives it its id. */
  record Entry(
      Instant occurredAt,
      UUID actorId,
      String actorLabel,
      UUID organisationId,
      String action,
      String targetType,
      String targetId,
      String outcome,
      String remoteAddress,
      String detail) {

    Row withId(long id) {
      return new Row(
          id,
          occurredAt,
          actorId,
          actorLabel,
          organisationId,
          action,
          targetType,
          targetId,
          outcome,
          remoteAddress,
          detail);
    }
  }
}
