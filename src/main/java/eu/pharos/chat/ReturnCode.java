package eu.pharos.chat;

/**
 * A code of 16 random Crockford base32 characters in groups of four (80 bits) that lets a victim
 * come back to a conversation as written messaging, without an e-mail address or a phone number.
 * Shown once; Pharos keeps only a keyed hash. Guessing is infeasible (at least 64 bits) and
 * attempts are rate-limited.
 */
public record ReturnCode(String passphrase) {

  @Override
  public String toString() {
    return "ReturnCode[hidden]";
  }
}
