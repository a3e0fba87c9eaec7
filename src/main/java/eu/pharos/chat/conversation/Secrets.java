package eu.pharos.chat.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The victim's secrets: visitor tokens (256 random bits, stored as their SHA-256) and return codes
 * (80 random bits as 16 Crockford base32 characters in groups of four, stored as a keyed hash by
 * the caller).
 */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int CODE_LENGTH = 16;

  private Secrets() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hashToken(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares in time independent of where the two differ. */
  static boolean sameHash(String a, String b) {
    return a != null
        && b != null
        && MessageDigest.isEqual(
            a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  /** A new return code as shown: {@code 7K3M-Q9XD-2HPA-WT4F}. */
  static String newReturnCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
    }
    return code.toString();
  }

  /**
   * A return code as typed, in its canonical form: case, spaces and hyphens ignored, and the
   * letters Crockford reads as digits (O, I, L) read so; null for something that cannot be a code.
   */
  static String canonicalCode(String typed) {
    if (typed == null || typed.length() > 64) {
      return null;
    }
    StringBuilder code = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-' || c == '\t') {
        continue;
      }
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (CROCKFORD.indexOf(read) < 0) {
        return null;
      }
      code.append(read);
    }
    return code.length() == CODE_LENGTH ? code.toString() : null;
  }
}
