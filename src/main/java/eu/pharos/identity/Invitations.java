package eu.pharos.identity;

/** Accepting an invitation sent by an administrator: the invited person chooses a password. */
public interface Invitations {

  /**
   * @throws LinkNotValid when the invitation is unknown, expired, used or withdrawn
   */
  InvitationView find(String token);

  /**
   * Activates the account with the chosen password.
   *
   * @throws LinkNotValid when the invitation cannot be used
   * @throws PasswordRejected when the password does not meet {@link PasswordPolicy}
   */
  void accept(String token, String newPassword);
}
