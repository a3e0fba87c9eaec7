package eu.pharos.referral.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as Standard Webhooks (standardwebhooks.com) defines them, so that receivers can use
 * its libraries: the secret is {@code whsec_} followed by the Base64 of random bytes, the key is
 * those bytes, and {@code webhook-signature} is {@code v1,} followed by the Base64 of the
 * HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignature {

  static final String PREFIX = "whsec_";
  static final int SECRET_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  static String newSecret() {
    byte[] key = new byte[SECRET_BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The value of {@code webhook-signature}. */
  static String sign(String secret, String id, long timestampSeconds, String body) {
    String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
      byte[] signature =
          mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
