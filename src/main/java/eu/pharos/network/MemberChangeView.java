package eu.pharos.network;

import java.time.Instant;
import java.util.UUID;

/**
 * One change in a member's history: who made it, when, and the fields it changed, before and after
 * (JSON objects holding only the changed fields).
 *
 * @param action what was done, e.g. "member.approved"; a message key in {@code i18n/network}
 */
public record MemberChangeView(
    UUID id, String action, String actor, Instant at, String before, String after) {

  public String messageKey() {
    return "network.change." + action;
  }
}
