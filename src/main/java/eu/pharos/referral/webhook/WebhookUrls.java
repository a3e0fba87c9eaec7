package eu.pharos.referral.webhook;

import eu.pharos.shared.InvalidInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may have: absolute {@code https} URLs with a host, without user
 * information or fragment. Addresses on the local machine, and literal addresses that point into
 * the server's own surroundings (link-local such as cloud metadata, "any"), are refused, so that a
 * webhook cannot be aimed at Pharos's own host; the local machine is allowed, over {@code http}
 * too, only when {@code pharos.referral.webhooks.allow-insecure-localhost} is true (tests, local
 * development).
 */
final class WebhookUrls {

  static final int MAX_LENGTH = 2000;
  static final String FIELD = "url";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private WebhookUrls() {}

  /** The address as it will be called. */
  static URI check(String url, boolean allowInsecureLocalhost) {
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
        host.equals("localhost")
            || host.endsWith(".localhost")
            || (literal != null && literal.isLoopbackAddress());
    if (local) {
      if (!allowInsecureLocalhost) {
        throw InvalidInput.of(FIELD, "referral.webhooks.error.url.local");
      }
      return uri;
    }
    if (!"https".equals(scheme)) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.https");
    }
    if (literal != null && (literal.isLinkLocalAddress() || literal.isAnyLocalAddress())) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.local");
    }
    return uri;
  }

  /** The address of a literal IP host, found without asking any name server; null for a name. */
  private static InetAddress literal(String host) {
    boolean ipv6 = host.startsWith("[") && host.endsWith("]");
    if (!ipv6 && !IPV4.matcher(host).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(ipv6 ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw InvalidInput.of(FIELD, "referral.webhooks.error.url.malformed");
    }
  }
}
