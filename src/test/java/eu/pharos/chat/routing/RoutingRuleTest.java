package eu.pharos.chat.routing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.routing.RoutingRule.Advisor;
import eu.pharos.chat.routing.RoutingRule.Candidate;
import eu.pharos.chat.routing.RoutingRule.Decision;
import eu.pharos.chat.routing.RoutingRule.Origin;
import eu.pharos.chat.routing.RoutingRule.Outcome;
import eu.pharos.network.OpeningHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The routing rule with statuses, capacities, hours and opt-ins of every kind. */
class RoutingRuleTest {

  /** Wednesday 2026-11-25, 11:00 in Berlin. */
  private static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-25T10:00:00Z");

  /** Sunday 2026-11-29, 11:00 in Berlin. */
  private static final Instant SUNDAY = Instant.parse("2026-11-29T10:00:00Z");

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final OpeningHours WEEKDAYS =
      OpeningHours.parse("MON 09:00-17:00; TUE 09:00-17:00; WED 09:00-17:00; THU 09:00-17:00");
  private static final UUID ORIGIN = UUID.randomUUID();

  private static Advisor free(String... languages) {
    return new Advisor(AdvisorAvailability.AVAILABLE, 2, 0, Set.of(languages));
  }

  private static Candidate candidate(String name, int queue, Advisor... advisors) {
    return candidate(name, true, Set.of("en"), WEEKDAYS, queue, advisors);
  }

  private static Candidate candidate(
      String name,
      boolean serving,
      Set<String> languages,
      OpeningHours hours,
      int queue,
      Advisor... advisors) {
    return new Candidate(
        UUID.nameUUIDFromBytes(name.getBytes()),
        name,
        "DE",
        serving,
        languages,
        hours,
        BERLIN,
        Set.of(),
        List.of(advisors),
        queue);
  }

  private static Origin origin(boolean open, Advisor... advisors) {
    return new Origin(ORIGIN, open, List.of(advisors));
  }

  @Test
  void anOpenOrganisationWithAFreeAdvisorInTheLanguageKeepsTheChat() {
    Decision decision =
        RoutingRule.decide(
            origin(true, free("pt", "en")),
            "en",
            List.of(candidate("A", 0, free("en"))),
            WEDNESDAY_NOON);

    assertThat(decision.outcome()).isEqualTo(Outcome.ORIGIN_ANSWERS);
  }

  @Test
  void anAdvisorWhoIsAwayFullOrSpeaksAnotherLanguageIsNotFree() {
    Advisor away = new Advisor(AdvisorAvailability.AWAY, 2, 0, Set.of("en"));
    Advisor offline = new Advisor(AdvisorAvailability.OFFLINE, 2, 0, Set.of("en"));
    Advisor full = new Advisor(AdvisorAvailability.AVAILABLE, 2, 2, Set.of("en"));
    Advisor portugueseOnly = free("pt");

    Decision decision =
        RoutingRule.decide(
            origin(true, away, offline, full, portugueseOnly),
            "en",
            List.of(candidate("A", 0, free("en"))),
            WEDNESDAY_NOON);

    assertThat(decision.outcome()).isEqualTo(Outcome.ROUTE);
    assertThat(decision.to().name()).isEqualTo("A");
  }

  @Test
  void aClosedOrganisationRoutesEvenWithAnAdvisorSignedIn() {
    Decision decision =
        RoutingRule.decide(
            origin(false, free("en")),
            "en",
            List.of(candidate("A", 0, free("en"))),
            WEDNESDAY_NOON);

    assertThat(decision.outcome()).isEqualTo(Outcome.ROUTE);
  }

  @Test
  void theShortestQueueAnswersThenTheNameThenTheId() {
    List<Candidate> candidates =
        List.of(
            candidate("C", 3, free("en")),
            candidate("B", 1, free("en")),
            candidate("A", 1, free("en")));

    Decision decision = RoutingRule.decide(origin(false), "en", candidates, WEDNESDAY_NOON);

    assertThat(decision.to().name()).isEqualTo("A");
    assertThat(
            RoutingRule.decide(origin(false), "en", reversed(candidates), WEDNESDAY_NOON)
                .to()
                .name())
        .isEqualTo("A");
  }

  private static List<Candidate> reversed(List<Candidate> candidates) {
    List<Candidate> copy = new java.util.ArrayList<>(candidates);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void noRouteWithoutOptInOrTheLanguageOffered() {
    List<Candidate> candidates =
        List.of(
            candidate("Not serving", false, Set.of("en"), WEEKDAYS, 0, free("en")),
            candidate("Other language", true, Set.of("de"), WEEKDAYS, 0, free("en", "de")));

    assertThat(RoutingRule.decide(origin(false), "en", candidates, WEDNESDAY_NOON).outcome())
        .isEqualTo(Outcome.NO_CANDIDATE);
  }

  @Test
  void noRouteOutsideTheNetworkHoursOrOnAClosedDay() {
    Candidate weekdays = candidate("A", 0, free("en"));
    Candidate none = candidate("B", true, Set.of("en"), OpeningHours.none(), 0, free("en"));
    Candidate holiday =
        new Candidate(
            UUID.randomUUID(),
            "C",
            "DE",
            true,
            Set.of("en"),
            WEEKDAYS,
            BERLIN,
            Set.of(LocalDate.of(2026, 11, 25)),
            List.of(free("en")),
            0);

    assertThat(RoutingRule.decide(origin(false), "en", List.of(weekdays), SUNDAY).outcome())
        .isEqualTo(Outcome.NO_CANDIDATE);
    assertThat(
            RoutingRule.decide(origin(false), "en", List.of(none, holiday), WEDNESDAY_NOON)
                .outcome())
        .isEqualTo(Outcome.NO_CANDIDATE);
    assertThat(
            RoutingRule.decide(
                    origin(false),
                    "en",
                    List.of(
                        candidate(
                            "D", true, Set.of("en"), OpeningHours.alwaysOpen(), 0, free("en"))),
                    SUNDAY)
                .outcome())
        .isEqualTo(Outcome.ROUTE);
  }

  @Test
  void noRouteWithoutAFreeAdvisorSpeakingTheLanguage() {
    List<Candidate> candidates =
        List.of(
            candidate("German only", 0, free("de")),
            candidate("Full", 0, new Advisor(AdvisorAvailability.AVAILABLE, 1, 1, Set.of("en"))),
            candidate("Away", 0, new Advisor(AdvisorAvailability.AWAY, 3, 0, Set.of("en"))),
            candidate("Nobody", 0));

    assertThat(RoutingRule.decide(origin(false), "en", candidates, WEDNESDAY_NOON).outcome())
        .isEqualTo(Outcome.NO_CANDIDATE);
  }

  @Test
  void theOrganisationItselfIsNeverItsOwnCandidate() {
    Candidate itself =
        new Candidate(
            ORIGIN,
            "Self",
            "PT",
            true,
            Set.of("en"),
            OpeningHours.alwaysOpen(),
            BERLIN,
            Set.of(),
            List.of(free("en")),
            0);

    assertThat(RoutingRule.decide(origin(false), "en", List.of(itself), WEDNESDAY_NOON).outcome())
        .isEqualTo(Outcome.NO_CANDIDATE);
  }
}
