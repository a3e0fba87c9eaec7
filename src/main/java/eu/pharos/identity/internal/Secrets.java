package eu.pharos.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets and their stored form, for everything identity hands out once and keeps only as a
 * hash: API tokens, links sent by e-mail, recovery codes. These secrets are long and random, so a
 * plain SHA-256 is the right hash; a slow password hash would add latency and nothing else.
 */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** {@code length} random bytes in URL-safe Base64 without padding. */
  static String randomUrlSafe(int length) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(length));
  }

  /** SHA-256 over the parts, one after the other, as lower-case hex. */
  static String sha256Hex(String... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha256.update(part.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Compares in constant time, so that timing does not tell how much of a hash matched. */
  static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
