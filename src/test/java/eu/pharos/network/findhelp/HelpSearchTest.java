package eu.pharos.network.findhelp;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.network.CallCost;
import eu.pharos.network.CountryView;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.network.SupportService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking of Find help and the opening times it shows, on a directory made for the test. */
class HelpSearchTest {

  private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  // Wednesday 2026-12-02 10:30 in Lisbon (UTC+0 in winter), 12:30 in Helsinki.
  private static final Instant WEDNESDAY_1030 = Instant.parse("2026-12-02T10:30:00Z");

  private static final CountryView PORTUGAL =
      country("PT", true, HarmonisedLineStatus.OPERATING, LISBON);
  private static final CountryView GREECE =
      country("GR", false, HarmonisedLineStatus.NOT_OPERATING, ZoneId.of("Europe/Athens"));

  private final List<MemberView> members = new ArrayList<>();

  @Test
  void ranksWhatFitsThenLanguageThenOpenNowThenThe116006Line() {
    MemberView closedPortuguese =
        member("Closed in Portuguese", "PT", List.of("pt"), weekdays(14, 18), false);
    MemberView openEnglish = member("Open in English", "PT", List.of("en"), weekdays(9, 17), false);
    MemberView openPortuguese =
        member("Open in Portuguese", "PT", List.of("pt"), weekdays(9, 17), false);
    MemberView openPortugueseWith116006 =
        member("Zeta runs 116 006", "PT", List.of("pt"), weekdays(9, 17), true);
    MemberView noLegalInformation =
        withServices(
            member("Aardvark without legal help", "PT", List.of("pt"), weekdays(9, 17), true),
            Set.of(SupportService.HELPLINE));
    members.addAll(
        List.of(
            closedPortuguese,
            openEnglish,
            openPortuguese,
            openPortugueseWith116006,
            noLegalInformation));

    HelpResults results =
        search(
            new HelpQuery(PORTUGAL, "pt", null, SupportService.LEGAL_INFORMATION, LISBON),
            WEDNESDAY_1030);

    assertThat(results.fitting())
        .extracting(offer -> offer.member().name())
        .containsExactly(
            "Zeta runs 116 006", "Open in Portuguese", "Closed in Portuguese", "Open in English");
    assertThat(results.others())
        .extracting(offer -> offer.member().name())
        .containsExactly("Aardvark without legal help");
    assertThat(results.harmonisedLine()).isNotNull();
  }

  @Test
  void anOrganisationThatListsNoCrimeTypeSupportsEveryVictimOneThatListsSomeOnlyThose() {
    MemberView generic = member("Generic", "PT", List.of("pt"), weekdays(9, 17), false);
    MemberView specialised =
        withCrimes(
            member("Specialised", "PT", List.of("pt"), weekdays(9, 17), false),
            Set.of(CrimeType.DOMESTIC_VIOLENCE));
    members.addAll(List.of(generic, specialised));

    HelpResults fraud =
        search(
            new HelpQuery(PORTUGAL, "pt", CrimeType.FRAUD_CYBERCRIME, null, LISBON),
            WEDNESDAY_1030);

    assertThat(fraud.fitting()).extracting(o -> o.member().name()).containsExactly("Generic");
    assertThat(fraud.others()).extracting(o -> o.member().name()).containsExactly("Specialised");
  }

  @Test
  void showsOpeningTimesInTheVisitorsTimeZoneAndIsValidUntilTheNextChange() {
    members.add(member("Lisbon office", "PT", List.of("pt"), weekdays(9, 17), false));

    HelpResults inHelsinki =
        search(new HelpQuery(PORTUGAL, "pt", null, null, HELSINKI), WEDNESDAY_1030);

    HelpOffer offer = inHelsinki.fitting().get(0);
    assertThat(offer.openNow()).isTrue();
    // Closes at 17:00 in Lisbon, which is 19:00 in Helsinki.
    assertThat(offer.opening())
        .isEqualTo(new OpeningLabel("findhelp.open.until", true, "19:00", null));
    assertThat(inHelsinki.validUntil()).isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));

    // At 18:00 in Lisbon it is closed until Thursday 09:00 Lisbon = 11:00 in Helsinki, "tomorrow".
    HelpResults evening =
        search(
            new HelpQuery(PORTUGAL, "pt", null, null, HELSINKI),
            Instant.parse("2026-12-02T18:00:00Z"));
    assertThat(evening.fitting().get(0).opening())
        .isEqualTo(new OpeningLabel("findhelp.opens", false, "11:00", "tomorrow"));

    // On Friday evening the next opening is Monday.
    HelpResults weekend =
        search(
            new HelpQuery(PORTUGAL, "pt", null, null, LISBON),
            Instant.parse("2026-12-04T18:00:00Z"));
    assertThat(weekend.fitting().get(0).opening())
        .isEqualTo(new OpeningLabel("findhelp.opens", false, "09:00", "MONDAY"));
  }

  @Test
  void aCountryWithoutMembersShowsThoseWhoHelpAcrossBordersAndSaysWhatItLacks() {
    MemberView crossBorder =
        withServices(
            member("Cross-border", "PT", List.of("en", "pt"), weekdays(9, 17), true),
            Set.of(SupportService.CROSS_BORDER_SUPPORT, SupportService.HELPLINE));
    members.add(crossBorder);

    HelpResults greece =
        search(new HelpQuery(GREECE, "el", null, null, GREECE.timeZone()), WEDNESDAY_1030);

    assertThat(greece.noMember()).isTrue();
    assertThat(greece.hasHarmonisedLine()).isFalse();
    assertThat(greece.lacksGenericService()).isTrue();
    assertThat(greece.crossBorder())
        .extracting(o -> o.member().name())
        .containsExactly("Cross-border");
  }

  private HelpResults search(HelpQuery query, Instant at) {
    return new HelpSearch(directory(), Clock.fixed(at, ZoneOffset.UTC)).search(query);
  }

  private static OpeningHours weekdays(int from, int to) {
    List<OpeningPeriod> periods = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      periods.add(new OpeningPeriod(day, LocalTime.of(from, 0), LocalTime.of(to, 0)));
    }
    return OpeningHours.of(periods);
  }

  private static MemberView member(
      String name, String country, List<String> languages, OpeningHours hours, boolean runs116006) {
    UUID id = UUID.nameUUIDFromBytes(name.getBytes());
    List<HelplineView> helplines =
        runs116006
            ? List.of(
                new HelplineView(
                    UUID.randomUUID(),
                    id,
                    name,
                    country,
                    "116 006",
                    true,
                    languages,
                    hours,
                    CallCost.FREE,
                    true))
            : List.of();
    return new MemberView(
        id,
        name,
        null,
        country,
        MembershipType.FULL,
        MemberStatus.APPROVED,
        null,
        null,
        null,
        null,
        LISBON,
        languages,
        Set.of(SupportService.LEGAL_INFORMATION, SupportService.HELPLINE),
        Set.of(),
        List.of(),
        List.of(),
        hours,
        List.of(),
        helplines,
        false,
        true,
        WEDNESDAY_1030);
  }

  private static MemberView withServices(MemberView m, Set<SupportService> services) {
    return new MemberView(
        m.organisationId(),
        m.name(),
        m.shortName(),
        m.countryCode(),
        m.membershipType(),
        m.status(),
        m.website(),
        m.email(),
        m.phone(),
        m.summary(),
        m.timeZone(),
        m.languages(),
        services,
        m.crimeTypes(),
        m.regions(),
        m.offices(),
        m.hours(),
        m.holidays(),
        m.helplines(),
        m.chatInPharos(),
        m.contactVerified(),
        m.updatedAt());
  }

  private static MemberView withCrimes(MemberView m, Set<CrimeType> crimes) {
    return new MemberView(
        m.organisationId(),
        m.name(),
        m.shortName(),
        m.countryCode(),
        m.membershipType(),
        m.status(),
        m.website(),
        m.email(),
        m.phone(),
        m.summary(),
        m.timeZone(),
        m.languages(),
        m.services(),
        crimes,
        m.regions(),
        m.offices(),
        m.hours(),
        m.holidays(),
        m.helplines(),
        m.chatInPharos(),
        m.contactVerified(),
        m.updatedAt());
  }

  private static CountryView country(
      String code, boolean generic, HarmonisedLineStatus line, ZoneId zone) {
    return new CountryView(
        code,
        true,
        "112",
        generic,
        line,
        null,
        zone,
        List.of(),
        List.of(),
        "test",
        LocalDate.of(2026, 1, 1));
  }

  private Directory directory() {
    return new Directory() {
      @Override
      public List<MemberView> members(MemberFilter filter) {
        return members.stream()
            .filter(
                m -> filter.countryCode() == null || m.countryCode().equals(filter.countryCode()))
            .toList();
      }

      @Override
      public Optional<MemberView> member(UUID organisationId) {
        return members.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst();
      }

      @Override
      public List<HelplineView> helplines(String countryCode) {
        return members(MemberFilter.inCountry(countryCode)).stream()
            .flatMap(m -> m.helplines().stream())
            .toList();
      }

      @Override
      public Map<String, Long> memberCountByCountry() {
        return Map.of();
      }

      @Override
      public long revision() {
        return 1;
      }
    };
  }
}
