package eu.pharos.helpline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Contacts of the organisation that are not linked to any case yet.
 *
 * @param total how many there are
 * @param latest the most recent of them, newest first
 */
public record UnlinkedContacts(long total, List<Contact> latest) {

  public UnlinkedContacts {
    latest = List.copyOf(latest);
  }

  /** A contact in the list: categories and who took it, never its note. */
  public record Contact(
      UUID id,
      ContactChannel channel,
      ContactDirection direction,
      Instant startedAt,
      UUID advisorId,
      String advisorName) {}
}
