package eu.pharos.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The public directory: approved members and their helplines. Needs no sign-in; never returns a
 * pending member, an ended one, or anything internal. Everything it returns may be shown to an
 * anonymous visitor.
 */
public interface Directory {

  /** Approved members that match the filter, by country and name. */
  List<MemberView> members(MemberFilter filter);

  /** An approved member; empty for an unknown, pending or ended one. */
  Optional<MemberView> member(UUID organisationId);

  /** Helplines of approved members, in one country or (null) everywhere. */
  List<HelplineView> helplines(String countryCode);

  /** How many approved members each country has, by ISO code. */
  Map<String, Long> memberCountByCountry();

  /**
   * A number that changes whenever anything public in the directory changes, so that pages rendered
   * from it can be cached until then. Stored, so it is the same on every node.
   */
  long revision();
}
