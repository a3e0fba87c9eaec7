package eu.pharos.platform;

/**
 * Sends e-mail to staff (invitations, password resets, notifications). Never put a victim's
 * personal data in a message: link to the record instead.
 */
public interface Mailer {

  /**
   * Queues a message within the caller's transaction; it leaves after commit (SMTP mode) or stays
   * in the outbox for an administrator to read (embedded mode).
   */
  void send(OutgoingMail mail);
}
