package eu.pharos.chat.routing;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.network.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The routing rule, without a database: for a victim starting a chat with an organisation in a
 * language,
 *
 * <ol>
 *   <li>if the organisation is open and one of its advisors is free in the language (available,
 *       under their capacity, speaking it), the chat stays there;
 *   <li>else the candidates are the other organisations that serve the language to the network, are
 *       within the hours they offer to the network, and have an advisor free in the language;
 *   <li>the one with the shortest queue answers, then by name and id so that the choice is stable;
 *   <li>no candidate: the chat stays, as it would without routing.
 * </ol>
 */
final class RoutingRule {

  private RoutingRule() {}

  /** An advisor as the rule sees them: status, capacity, conversations taken and languages. */
  record Advisor(
      AdvisorAvailability availability, int capacity, int active, Set<String> languages) {

    boolean freeIn(String language) {
      return availability == AdvisorAvailability.AVAILABLE
          && active < capacity
          && languages.contains(language);
    }
  }

  /** The organisation the victim started with. */
  record Origin(UUID organisationId, boolean open, List<Advisor> advisors) {}

  /** Another organisation and what it offers the network. */
  record Candidate(
      UUID organisationId,
      String name,
      String countryCode,
      boolean serving,
      Set<String> languages,
      OpeningHours hours,
      ZoneId zone,
      Set<LocalDate> closedDays,
      List<Advisor> advisors,
      int queue) {

    boolean serves(String language, Instant now) {
      return serving
          && languages.contains(language)
          && hours != null
          && hours.stateAt(now, zone == null ? ZoneId.of("UTC") : zone, closedDays).open()
          && advisors.stream().anyMatch(a -> a.freeIn(language));
    }
  }

  enum Outcome {
    /** The organisation answers the victim itself: no routing. */
    ORIGIN_ANSWERS,
    /** Another organisation can answer now, with the victim's agreement. */
    ROUTE,
    /** Nobody else can answer now: the organisation's own queue or alternatives, as before. */
    NO_CANDIDATE
  }

  record Decision(Outcome outcome, Candidate to) {}

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::queue)
          .thenComparing(Candidate::name, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Candidate::organisationId);

  static Decision decide(Origin origin, String language, List<Candidate> candidates, Instant now) {
    if (origin.open() && origin.advisors().stream().anyMatch(a -> a.freeIn(language))) {
      return new Decision(Outcome.ORIGIN_ANSWERS, null);
    }
    return candidates.stream()
        .filter(c -> !c.organisationId().equals(origin.organisationId()))
        .filter(c -> c.serves(language, now))
        .min(ORDER)
        .map(c -> new Decision(Outcome.ROUTE, c))
        .orElse(new Decision(Outcome.NO_CANDIDATE, null));
  }
}
