package eu.pharos.network.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.identity.Organisations;
import eu.pharos.network.AddMember;
import eu.pharos.network.Directory;
import eu.pharos.network.DirectoryChanged;
import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberNotFound;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import eu.pharos.network.MembershipType;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.network.ProfileProblem;
import eu.pharos.network.SupportService;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
@RecordApplicationEvents
class DirectoryFlowTest {

  @Autowired Directory directory;
  @Autowired MemberAdministration administration;
  @Autowired Organisations organisations;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  UUID id(String shortName) {
    return organisations.findByShortName(shortName).orElseThrow().id();
  }

  @Test
  void theDemoDirectoryListsApprovedMembersWithTheir116006Lines() {
    MemberView apav = directory.member(id("APAV")).orElseThrow();
    assertThat(apav.countryCode()).isEqualTo("PT");
    assertThat(apav.website()).isEqualTo("https://apav.pt");
    assertThat(apav.chatInPharos()).isTrue();
    assertThat(apav.offices()).extracting(o -> o.city()).contains("Lisboa", "Porto");
    assertThat(apav.helplines())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.number()).isEqualTo("116 006");
              assertThat(h.harmonised()).isTrue();
              assertThat(h.telLink()).isEqualTo("tel:116006");
            });
    assertThat(directory.member(id("NATAL")).orElseThrow().membershipType())
        .isEqualTo(MembershipType.PARTNER);
    assertThat(directory.member(id("V-EUROPE")).orElseThrow().membershipType())
        .isEqualTo(MembershipType.ASSOCIATE);
    assertThat(directory.member(id("SAW")).orElseThrow().helplines()).isEmpty();
    assertThat(directory.members(MemberFilter.all()))
        .allMatch(m -> m.status() == MemberStatus.APPROVED);
    assertThat(directory.member(id("BOJ"))).as("a pending application is not public").isEmpty();
    assertThat(directory.member(id("VSE"))).as("the secretariat has no profile").isEmpty();
    assertThat(directory.helplines("HR"))
        .extracting(h -> h.organisationName())
        .containsExactly("Victim and Witness Support Service (Croatia)");
  }

  @Test
  void filtersByCountryLanguageServiceAndOpeningTime() {
    assertThat(directory.members(MemberFilter.inCountry("pt")))
        .extracting(MemberView::shortName)
        .containsExactly("APAV");
    assertThat(directory.members(new MemberFilter("HR", "en", null, null, null)))
        .extracting(MemberView::shortName)
        .containsExactly("HR-VWSS");
    assertThat(
            directory.members(
                new MemberFilter("BE", null, SupportService.TERRORISM_VICTIMS, null, null)))
        .extracting(MemberView::shortName)
        .containsExactly("V-EUROPE");

    Instant mondayMorningInLisbon =
        ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneId.of("Europe/Lisbon")).toInstant();
    Instant sundayNightInLisbon =
        ZonedDateTime.of(2026, 12, 6, 3, 0, 0, 0, ZoneId.of("Europe/Lisbon")).toInstant();
    assertThat(directory.members(new MemberFilter("PT", null, null, null, mondayMorningInLisbon)))
        .hasSize(1);
    assertThat(directory.members(new MemberFilter("PT", null, null, null, sundayNightInLisbon)))
        .isEmpty();
    assertThat(directory.members(new MemberFilter("AT", null, null, null, sundayNightInLisbon)))
        .as("Weisser Ring's 116 006 line answers day and night")
        .extracting(MemberView::shortName)
        .containsExactly("WR-AT");
    Instant christmasMorning =
        ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, ZoneId.of("Europe/Lisbon")).toInstant();
    assertThat(directory.member(id("APAV")).orElseThrow().openStateAt(christmasMorning).open())
        .isFalse();
  }

  @Test
  void theSecretariatAddsAndApprovesAMember() {
    long before = directory.revision();
    UUID added =
        tenancy.asUser(
            "secretariat@pharos.test",
            () ->
                administration
                    .add(
                        new AddMember(
                            "Skalbes",
                            "SKALBES-" + UUID.randomUUID().toString().substring(0, 6),
                            "LV",
                            MembershipType.FULL,
                            "https://www.skalbes.lv",
                            "info@skalbes.lv",
                            "Europe/Riga"))
                    .member()
                    .organisationId());
    assertThat(directory.member(added)).as("pending").isEmpty();
    assertThat(directory.revision()).isGreaterThan(before);

    tenancy.asUser(
        "admin@pharos.test",
        () -> {
          administration.approve(added);
          return null;
        });
    assertThat(directory.member(added))
        .get()
        .satisfies(
            m -> {
              assertThat(m.countryCode()).isEqualTo("LV");
              assertThat(m.contactVerified()).isFalse();
            });
    assertThat(events.stream(DirectoryChanged.class))
        .anyMatch(e -> added.equals(e.organisationId()));
    assertThat(tenancy.asUser("secretariat@pharos.test", () -> administration.history(added)))
        .extracting(c -> c.action())
        .containsExactly("member.approved", "member.added");

    tenancy.asUser(
        "secretariat@pharos.test",
        () -> {
          administration.end(added);
          return null;
        });
    assertThat(directory.member(added)).as("ended").isEmpty();
  }

  @Test
  void anOrganisationAdminChangesOnlyTheirOwnOpeningHours() {
    UUID apav = id("APAV");
    UUID wrde = id("WR-DE");
    var original = directory.member(apav).orElseThrow();
    List<OpeningPeriod> periods =
        List.of(
            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.MIDNIGHT));
    try {
      tenancy.asUser(
          "orgadmin.apav@pharos.test",
          () -> {
            administration.updateHours(apav, new OpeningHoursUpdate(false, periods, List.of()));
            return null;
          });
      assertThat(directory.member(apav).orElseThrow().hours().periods()).isEqualTo(periods);

      var wrdeHours = directory.member(wrde).orElseThrow().hours();
      assertThatThrownBy(
              () ->
                  tenancy.asUser(
                      "orgadmin.apav@pharos.test",
                      () -> {
                        administration.updateHours(
                            wrde, new OpeningHoursUpdate(true, List.of(), List.of()));
                        return null;
                      }))
          .isInstanceOf(MemberNotFound.class);
      assertThat(directory.member(wrde).orElseThrow().hours()).isEqualTo(wrdeHours);

      assertThatThrownBy(
              () ->
                  tenancy.asUser(
                      "orgadmin.apav@pharos.test",
                      () -> {
                        administration.updateHours(
                            apav,
                            new OpeningHoursUpdate(
                                false,
                                List.of(
                                    new OpeningPeriod(
                                        DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                                    new OpeningPeriod(
                                        DayOfWeek.TUESDAY,
                                        LocalTime.of(16, 0),
                                        LocalTime.of(18, 0))),
                                List.of()));
                        return null;
                      }))
          .isInstanceOfSatisfying(
              InvalidMemberProfile.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          new ProfileProblem(
                              0, "periods[1]", "network.hours.invalid.OVERLAP", null)));
      assertThat(directory.member(apav).orElseThrow().hours().periods()).isEqualTo(periods);
    } finally {
      tenancy.asUser(
          "orgadmin.apav@pharos.test",
          () -> {
            administration.updateHours(
                apav,
                new OpeningHoursUpdate(false, original.hours().periods(), original.holidays()));
            return null;
          });
    }
  }

  @Test
  void aBulkImportStoresEverythingOrNothing() {
    String good = "IMP-" + UUID.randomUUID().toString().substring(0, 6);
    var valid =
        new eu.pharos.network.MemberProfileImport(
            null,
            "Imported organisation",
            good,
            "SE",
            MembershipType.FULL,
            MemberStatus.APPROVED,
            new eu.pharos.network.MemberDetails(
                "https://example.org",
                null,
                null,
                null,
                "Europe/Stockholm",
                List.of("sv"),
                java.util.Set.of(SupportService.HELPLINE),
                null,
                List.of()),
            new OpeningHoursUpdate(true, List.of(), List.of()),
            List.of(),
            List.of(
                new eu.pharos.network.HelplineDetails(
                    "116 006",
                    true,
                    List.of("sv"),
                    true,
                    List.of(),
                    eu.pharos.network.CallCost.FREE)),
            false);
    var invalid =
        new eu.pharos.network.MemberProfileImport(
            null,
            "Broken",
            "BROKEN-" + good,
            "ZZ",
            MembershipType.FULL,
            MemberStatus.APPROVED,
            new eu.pharos.network.MemberDetails(
                null, null, null, null, "Europe/Nowhere", List.of("xx"), null, null, null),
            null,
            List.of(),
            List.of(),
            false);
    long revision = directory.revision();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "secretariat@pharos.test",
                    () -> administration.importProfiles(List.of(valid, invalid))))
        .isInstanceOfSatisfying(
            InvalidMemberProfile.class,
            e ->
                assertThat(e.problems())
                    .extracting(ProfileProblem::record, ProfileProblem::field)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "countryCode"),
                        org.assertj.core.groups.Tuple.tuple(1, "details.timeZone"),
                        org.assertj.core.groups.Tuple.tuple(1, "details.languages")));
    assertThat(organisations.findByShortName(good)).isEmpty();
    assertThat(directory.revision()).isEqualTo(revision);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "orgadmin.apav@pharos.test",
                    () -> administration.importProfiles(List.of(valid))))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

    var result =
        tenancy.asUser(
            "secretariat@pharos.test", () -> administration.importProfiles(List.of(valid)));
    assertThat(result.created()).isEqualTo(1);
    MemberView imported = directory.member(id(good)).orElseThrow();
    assertThat(imported.hours().isAlwaysOpen()).isTrue();
    assertThat(imported.helplines()).hasSize(1);
    assertThat(directory.revision()).isGreaterThan(revision);
    tenancy.asUser(
        "secretariat@pharos.test",
        () -> {
          administration.end(id(good));
          return null;
        });
  }
}
