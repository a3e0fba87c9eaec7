package eu.pharos.referral.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** A block of IP addresses written as CIDR ({@code 10.0.0.0/8}, {@code fc00::/7}). */
final class AddressRange {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final byte[] network;
  private final int prefix;
  private final String text;

  private AddressRange(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Reads a range from its literal form, never asking a name server.
   *
   * @throws IllegalArgumentException when the text is no IPv4 or IPv6 range
   */
  static AddressRange parse(String cidr) {
    String given = cidr == null ? "" : cidr.strip();
    int slash = given.indexOf('/');
    String address = slash < 0 ? given : given.substring(0, slash);
    InetAddress parsed = literal(address);
    if (parsed == null) {
      throw new IllegalArgumentException("not an IP address range: " + cidr);
    }
    byte[] bytes = parsed.getAddress();
    if (address.contains(":") && bytes.length == 4) {
      // The JDK reads ::ffff:a.b.c.d as IPv4; a range written in IPv6 stays IPv6.
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(bytes, 0, mapped, 12, 4);
      bytes = mapped;
    }
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(given.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an IP address range: " + cidr);
      }
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("not an IP address range: " + cidr);
    }
    return new AddressRange(mask(bytes, prefix), prefix, given);
  }

  /**
   * The address of a literal IPv4 or IPv6 host, or null for anything else (a name is never looked
   * up). IPv4-mapped IPv6 literals ({@code ::ffff:10.0.0.1}) come back as IPv4, as the JDK reads
   * them.
   */
  static InetAddress literal(String host) {
    if (!looksLiteral(host)) {
      return null;
    }
    String bare = unbracketed(host);
    try {
      // With a colon, or four dotted numbers, the JDK parses the text and asks no name server.
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** Whether the host is written as an IP address (rightly or not) rather than as a name. */
  static boolean looksLiteral(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String bare = unbracketed(host);
    return bare.contains(":") || IPV4.matcher(bare).matches();
  }

  static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length != network.length) {
      return false;
    }
    return Arrays.equals(mask(bytes, prefix), network);
  }

  private static byte[] mask(byte[] address, int prefix) {
    byte[] masked = address.clone();
    for (int i = 0; i < masked.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      masked[i] = (byte) (masked[i] & (0xff << (8 - keep)));
    }
    return masked;
  }

  @Override
  public String toString() {
    return text;
  }
}
