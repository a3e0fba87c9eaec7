package eu.pharos.identity;

/**
 * "Forgotten your password": a single-use link by e-mail, valid for an hour. Nothing here tells
 * whether an address has an account.
 */
public interface PasswordResets {

  /** Sends a reset link when an active account has this address; does nothing otherwise. */
  void requestReset(String email);

  /**
   * Checks that a link can still be used.
   *
   * @throws LinkNotValid when it cannot
   */
  void check(String token);

  /**
   * Sets the new password, ends every other outstanding link of the account and unlocks it.
   *
   * @throws LinkNotValid when the link cannot be used
   * @throws PasswordRejected when the password does not meet {@link PasswordPolicy}
   */
  void reset(String token, String newPassword);
}
