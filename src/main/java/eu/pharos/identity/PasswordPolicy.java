package eu.pharos.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be. Length is what makes a password strong; composition rules only make
 * people write them down. The upper bound keeps hashing cheap for the server.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  private PasswordPolicy() {}

  /** The message key of what is wrong with {@code password}, or empty when it is acceptable. */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("password.error.required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("password.error.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.error.tooLong");
    }
    if (email != null
        && password
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals(email.strip().toLowerCase(Locale.ROOT))) {
      return Optional.of("password.error.sameAsEmail");
    }
    return Optional.empty();
  }
}
