package eu.pharos.identity.internal;

import java.util.Arrays;

/**
 * Why a sign-in through an external provider did not lead into Pharos. The code travels in the
 * sign-in page's address ({@code /login?external=unknown}) and picks the message shown there.
 */
public enum ExternalLoginRefusal {
  /** No active account has the provider's verified e-mail address, and no link exists. */
  UNKNOWN("unknown"),
  /** The account exists but is disabled or its invitation has not been accepted. */
  INACTIVE("inactive"),
  /** The account is locked for a while after failed password sign-ins. */
  LOCKED("locked"),
  /** The account's roles need a second factor that the provider did not vouch for. */
  SECOND_FACTOR_REQUIRED("second-factor-required"),
  /** The exchange with the provider failed: cancelled, tampered with, expired or misconfigured. */
  FAILED("failed");

  private final String code;

  ExternalLoginRefusal(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return "login.external." + code;
  }

  /** Anything unrecognised in the address reads as a failed exchange. */
  public static ExternalLoginRefusal fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(FAILED);
  }
}
