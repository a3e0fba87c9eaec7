package eu.pharos.referral.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Finds the addresses of a webhook's host; tests put a name server of their own in its place. */
@FunctionalInterface
interface HostResolver {

  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
