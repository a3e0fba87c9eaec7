package eu.pharos.standards.cycle;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 12 random characters of Crockford's base 32 (no I, L, O or U, so nothing reads
 * as another character), grouped as {@code PHX-XXXX-XXXX-XXXX}: 60 random bits, too many to guess.
 * A code typed by hand is read back leniently: any case, spaces or dashes anywhere, O for zero and
 * I or L for one, with or without the prefix.
 */
final class CertificateCodes {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final String PREFIX = "PHX";
  static final int LENGTH = 12;
  private static final int MAX_INPUT = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateCodes() {}

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return format(code.toString());
  }

  /** The code as stored, or empty for anything that cannot be a code. */
  static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > MAX_INPUT) {
      return Optional.empty();
    }
    StringBuilder plain = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ' || c == '\u2013' || c == '\u2014') {
        continue;
      }
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      plain.append(read);
    }
    String body = plain.toString();
    if (body.length() == PREFIX.length() + LENGTH && body.startsWith(PREFIX)) {
      body = body.substring(PREFIX.length());
    }
    if (body.length() != LENGTH || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(format(body));
  }

  private static String format(String body) {
    return PREFIX
        + "-"
        + body.substring(0, 4)
        + "-"
        + body.substring(4, 8)
        + "-"
        + body.substring(8, 12);
  }
}
