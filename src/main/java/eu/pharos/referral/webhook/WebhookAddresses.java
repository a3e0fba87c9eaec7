package eu.pharos.referral.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which network addresses a webhook may reach: public addresses, the ranges an operator allows
 * ({@code pharos.referral.webhooks.allowed-internal-ranges}, for members whose case system sits on
 * a private network reached through a VPN) and, only with {@code allow-insecure-localhost}, the
 * local machine. Everything else that {@link InternalAddresses} names is refused, so that a webhook
 * cannot make Pharos call into its own surroundings (cloud metadata, databases, admin interfaces).
 */
final class WebhookAddresses {

  static final String NOT_FOUND = "host name not found";
  static final String REFUSED =
      "refused: the host is, or resolves to, a private or internal network address";

  private final boolean allowInsecureLocalhost;
  private final List<AddressRange> allowedRanges;
  private final HostResolver resolver;

  WebhookAddresses(
      boolean allowInsecureLocalhost, List<AddressRange> allowedRanges, HostResolver resolver) {
    this.allowInsecureLocalhost = allowInsecureLocalhost;
    this.allowedRanges = List.copyOf(allowedRanges);
    this.resolver = resolver;
  }

  boolean allowInsecureLocalhost() {
    return allowInsecureLocalhost;
  }

  /** Whether a host names the local machine whatever it resolves to. */
  static boolean isLocalhostName(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.equals("localhost") || name.endsWith(".localhost");
  }

  boolean isAllowedRange(InetAddress address) {
    return allowedRanges.stream().anyMatch(r -> r.contains(address));
  }

  /** Whether a webhook may be called at this address. */
  boolean permits(InetAddress address) {
    if (allowInsecureLocalhost && InternalAddresses.isLoopback(address)) {
      return true;
    }
    return isAllowedRange(address) || !InternalAddresses.isInternal(address);
  }

  /**
   * Resolves a webhook's host once and checks every address it has.
   *
   * @param host the host as a URI gives it (IPv6 literals in brackets)
   * @return the addresses, all permitted
   * @throws Refused when the name is unknown, or any of its addresses is not permitted
   */
  List<InetAddress> resolve(String host) throws Refused {
    String bare = AddressRange.unbracketed(host);
    if (isLocalhostName(bare) && !allowInsecureLocalhost) {
      throw new Refused(REFUSED, bare, "a name of the local machine");
    }
    InetAddress[] found;
    try {
      found = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new Refused(NOT_FOUND, bare, "no address");
    }
    if (found == null || found.length == 0) {
      throw new Refused(NOT_FOUND, bare, "no address");
    }
    for (InetAddress address : found) {
      if (!permits(address)) {
        throw new Refused(REFUSED, bare, address.getHostAddress());
      }
    }
    return List.of(found);
  }

  /**
   * A delivery that must not be attempted: {@link #getMessage()} is what the organisation reads in
   * its delivery log, {@link #detail()} (the offending address) is for the server's log only, so
   * that a member cannot map Pharos's internal network through it.
   */
  static final class Refused extends Exception {

    private final String host;
    private final String detail;

    Refused(String reason, String host, String detail) {
      super(reason, null, false, false);
      this.host = host;
      this.detail = detail;
    }

    String host() {
      return host;
    }

    String detail() {
      return detail;
    }
  }
}
