package eu.pharos.referral.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Addresses a webhook must not reach: anything that is not a public unicast address on the
 * internet. The JDK's own tests (loopback, link-local, site-local, multicast, "any") miss carrier-
 * grade NAT, IPv6 unique-local addresses, the reserved and documentation blocks, and IPv4 hidden in
 * IPv6 (mapped, compatible, 6to4, NAT64), so those are listed here.
 */
final class InternalAddresses {

  private static final List<AddressRange> IPV4 =
      ranges(
          "0.0.0.0/8", // "this" network
          "10.0.0.0/8",
          "100.64.0.0/10", // carrier-grade NAT
          "127.0.0.0/8",
          "169.254.0.0/16",
          "172.16.0.0/12",
          "192.0.0.0/24", // IETF protocol assignments
          "192.0.2.0/24", // documentation
          "192.88.99.0/24", // 6to4 relay
          "192.168.0.0/16",
          "198.18.0.0/15", // benchmarking
          "198.51.100.0/24", // documentation
          "203.0.113.0/24", // documentation
          "224.0.0.0/4", // multicast
          "240.0.0.0/4"); // reserved, broadcast

  private static final List<AddressRange> IPV6 =
      ranges(
          "::/128",
          "::1/128",
          "64:ff9b:1::/48", // local-use NAT64
          "100::/64", // discard
          "2001:db8::/32", // documentation
          "fc00::/7", // unique-local
          "fe80::/10", // link-local
          "fec0::/10", // site-local, deprecated
          "ff00::/8"); // multicast

  private static final AddressRange MAPPED = AddressRange.parse("::ffff:0:0/96");
  private static final AddressRange COMPATIBLE = AddressRange.parse("::/96");
  private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
  private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

  private InternalAddresses() {}

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    if (address instanceof Inet4Address) {
      return IPV4.stream().anyMatch(r -> r.contains(address));
    }
    if (IPV6.stream().anyMatch(r -> r.contains(address))) {
      return true;
    }
    InetAddress embedded = embeddedIpv4(address);
    return embedded != null && isInternal(embedded);
  }

  /** Whether the address is the local machine's, IPv4 hidden in IPv6 included. */
  static boolean isLoopback(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return true;
    }
    InetAddress embedded = embeddedIpv4(address);
    return embedded != null && embedded.isLoopbackAddress();
  }

  /**
   * The IPv4 address an IPv6 address carries and is routed to: mapped ({@code ::ffff:a.b.c.d}),
   * compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4 ({@code
   * 2002:aabb:ccdd::}); null for any other.
   */
  static InetAddress embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return null;
    }
    byte[] bytes = address.getAddress();
    byte[] ipv4;
    if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
      ipv4 = Arrays.copyOfRange(bytes, 12, 16);
    } else if (SIX_TO_FOUR.contains(address)) {
      ipv4 = Arrays.copyOfRange(bytes, 2, 6);
    } else {
      return null;
    }
    try {
      return InetAddress.getByAddress(ipv4);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always an IPv4 address
    }
  }

  private static List<AddressRange> ranges(String... cidrs) {
    return Arrays.stream(cidrs).map(AddressRange::parse).toList();
  }
}
