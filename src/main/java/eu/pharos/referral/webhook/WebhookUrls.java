package eu.pharos.referral.webhook;

import eu.pharos.shared.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses a webhook may have: absolute {@code https} URLs with a host, without user
 * information or fragment. Addresses on the local machine, and literal addresses that point into
 * the server's own surroundings (private, carrier-grade NAT, link-local such as cloud metadata,
 * unique-local, multicast, reserved, and IPv4 hidden in IPv6), are refused, so that a webhook
 * cannot be aimed at Pharos's own host or network; ranges the operator allows ({@code
 * pharos.referral.webhooks.allowed-internal-ranges}) pass. The local machine is allowed, over
 * {@code http} too, only when {@code pharos.referral.webhooks.allow-insecure-localhost} is true
 * (tests, local development). A host name is not resolved here: what it leads to is checked before
 * each delivery ({@link WebhookSender}), where a later change of its DNS answer is caught too.
 */
final class WebhookUrls {

  static final int MAX_LENGTH = 2000;
  static final String FIELD = "url";

  private WebhookUrls() {}

  /** The address as it will be called. */
  static URI check(String url, WebhookAddresses addresses) {
    if (url == null || url.isBlank()) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.required");
    }
    String given = url.strip();
    if (given.length() > MAX_LENGTH) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.tooLong", MAX_LENGTH);
    }
    URI uri;
    try {
      uri = new URI(given);
    } catch (URISyntaxException e) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.malformed");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.isOpaque()
        || uri.getHost() == null
        || uri.getHost().isBlank()
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null
        || !("https".equals(scheme) || "http".equals(scheme))) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.malformed");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    InetAddress literal = literal(host);
    boolean local =
        WebhookAddresses.isLocalhostName(host)
            || (literal != null && InternalAddresses.isLoopback(literal));
    if (local && addresses.allowInsecureLocalhost()) {
      return uri;
    }
    if (local && (literal == null || !addresses.isAllowedRange(literal))) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.local");
    }
    if (!"https".equals(scheme)) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.https");
    }
    if (literal != null && !addresses.permits(literal)) {
      boolean ownSurroundings = literal.isLinkLocalAddress() || literal.isAnyLocalAddress();
      throw InvalidInput.of(
          FIELD,
          ownSurroundings
              ? "referral.webhooks.error.url.local"
              : "referral.webhooks.error.url.internal");
    }
    return uri;
  }

  /** The address of a literal IP host, found without asking any name server; null for a name. */
  private static InetAddress literal(String host) {
    InetAddress literal = AddressRange.literal(host);
    if (literal == null && AddressRange.looksLiteral(host)) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.malformed");
    }
    return literal;
  }
}
