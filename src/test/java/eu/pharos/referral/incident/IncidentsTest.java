package eu.pharos.referral.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.identity.Role;
import eu.pharos.network.Directory;
import eu.pharos.network.SupportService;
import eu.pharos.referral.IncidentBatchResult;
import eu.pharos.referral.IncidentBatchResult.Reason;
import eu.pharos.referral.IncidentBoard;
import eu.pharos.referral.IncidentNotFound;
import eu.pharos.referral.IncidentPersonKind;
import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.IncidentView;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.NewIncident;
import eu.pharos.referral.NewIncidentPerson;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStatusChanged;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Incidents: who declares them, registering persons from several countries by two organisations, a
 * board that names persons to their own organisation only, a batch referral per country, and a
 * public page that lists where to get support without personal data.
 */
@PharosTest
class IncidentsTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String APAV_SUPERVISOR = "supervisor.apav@pharos.test";
  static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";
  static final String FV_MEMBER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Incidents incidents;
  @Autowired Referrals referrals;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired IncidentReferralFollower follower;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theSecretariatAndAMembersAdminsDeclareButAdvisorsAndMembersStaffDoNot() {
    assertThat(tenancy.asUser(SECRETARIAT, () -> incidents.declare(incident("Flood"))).open())
        .isTrue();
    IncidentView byApav = tenancy.asUser(APAV_ADMIN, () -> incidents.declare(incident("Fire")));
    assertThat(byApav.declaringOrganisationId()).isEqualTo(organisation("APAV"));
    assertThat(byApav.declaredByName()).isNotBlank();

    assertThatThrownBy(
            () -> tenancy.asUser(APAV_ADVISOR, () -> incidents.declare(incident("Storm"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tenancy.asUser(FV_MEMBER, () -> incidents.declare(incident("Storm"))))
        .isInstanceOf(AccessDeniedException.class);
    // Everyone of the network sees incidents, open ones first.
    assertThat(tenancy.asUser(FV_MEMBER, incidents::list))
        .extracting(IncidentView::id)
        .contains(byApav.id());
  }

  @Test
  void eachBadValueOfADeclarationGetsItsFieldsMessage() {
    InvalidInput empty =
        refused(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () ->
                        incidents.declare(
                            new NewIncident(null, " ", "", null, null, null, List.of(), null))));
    assertThat(empty.problems())
        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
        .containsExactly(
            tuple("title", "incident.error.title.missing"),
            tuple("summary", "incident.error.summary.missing"),
            tuple("place", "incident.error.place.missing"),
            tuple("countryCode", "incident.error.country.missing"),
            tuple("occurredAt", "incident.error.occurredAt.missing"),
            tuple("leadOrganisationId", "incident.error.lead"),
            tuple("languages", "incident.error.languages.missing"));

    InvalidInput wrong =
        refused(
            () ->
                tenancy.asUser(
                    SECRETARIAT,
                    () ->
                        incidents.declare(
                            new NewIncident(
                                "x".repeat(201),
                                "Summary",
                                "Place",
                                "XX",
                                Instant.now().plus(Duration.ofDays(1)),
                                UUID.randomUUID(),
                                List.of("pt", "zz"),
                                null))));
    assertThat(wrong.problems())
        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
        .containsExactly(
            tuple("title", "incident.error.tooLong"),
            tuple("countryCode", "incident.error.country.unknown"),
            tuple("occurredAt", "incident.error.occurredAt.future"),
            tuple("leadOrganisationId", "incident.error.lead"),
            tuple("languages", "incident.error.language.unknown"));
  }

  @Test
  void victimsFromThreeCountriesBecomeThreeBatchesOfReferralsTiedToTheIncident() throws Exception {
    String fvSupervisor = IncidentStaff.add(jdbc, "FV", Role.SUPERVISOR);
    String shnSupervisor = IncidentStaff.add(jdbc, "SHN", Role.SUPERVISOR);
    IncidentView incident =
        tenancy.asUser(SECRETARIAT, () -> incidents.declare(incident("Ferry fire")));
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // APAV registers passengers living in Germany, France and the Netherlands; one German one gave
    // no consent. Weisser Ring registers a German passenger of its own.
    tenancy.asUser(
        APAV_ADVISOR,
        () -> {
          register(incident, "Jonas Apav " + tag, "DE", true);
          register(incident, "Lena Apav " + tag, "DE", false);
          register(incident, "Camille Apav " + tag, "FR", true);
          register(incident, "Daan Apav " + tag, "NL", true);
          return null;
        });
    tenancy.asUser(WR_DE_ADVISOR, () -> register(incident, "Matthias Wr " + tag, "DE", true));

    IncidentBoard apavBoard = tenancy.asUser(APAV_ADVISOR, () -> incidents.board(incident.id()));
    assertThat(apavBoard.countries()).containsExactly("DE", "FR", "NL");
    assertThat(apavBoard.count("DE", IncidentPersonStatus.REGISTERED)).isEqualTo(3);
    assertThat(apavBoard.rows())
        .filteredOn(IncidentBoard.Row::own)
        .extracting(IncidentBoard.Row::victimName)
        .containsExactlyInAnyOrder(
            "Jonas Apav " + tag, "Lena Apav " + tag, "Camille Apav " + tag, "Daan Apav " + tag);
    IncidentBoard.Row hidden =
        apavBoard.rows().stream().filter(r -> !r.own()).findFirst().orElseThrow();
    assertThat(hidden.victimName()).isNull();
    assertThat(hidden.victimReference()).isNull();
    assertThat(hidden.victimId()).isNull();
    assertThat(hidden.holderOrganisationId()).isEqualTo(organisation("WR-DE"));
    IncidentBoard wrBoard = tenancy.asUser(WR_DE_ADVISOR, () -> incidents.board(incident.id()));
    assertThat(wrBoard.rows())
        .filteredOn(r -> !r.own())
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.victimName()).isNull());
    assertThat(wrBoard.rows())
        .filteredOn(IncidentBoard.Row::own)
        .extracting(IncidentBoard.Row::victimName)
        .containsExactly("Matthias Wr " + tag);

    IncidentBatchResult germany = refer(incident, "DE", "WR-DE");
    IncidentBatchResult france = refer(incident, "FR", "FV");
    IncidentBatchResult netherlands = refer(incident, "NL", "SHN");
    assertThat(germany.sent()).hasSize(1);
    assertThat(germany.skipped()).extracting(s -> s.reason()).containsExactly(Reason.NO_CONSENT);
    assertThat(france.sent()).hasSize(1);
    assertThat(france.skipped()).isEmpty();
    assertThat(netherlands.sent()).hasSize(1);

    // Each receiver sees its referral tied to the incident, with only the consented data.
    assertInboxHolds(WR_DE_ADVISOR, incident, germany);
    assertInboxHolds(fvSupervisor, incident, france);
    assertInboxHolds(shnSupervisor, incident, netherlands);
    ReferralView seen =
        tenancy.asUser(fvSupervisor, () -> referrals.get(france.sent().get(0).referralId()));
    assertThat(seen.incidentId()).isEqualTo(incident.id());
    assertThat(seen.pkg().fullName()).isEqualTo("Camille Apav " + tag);
    assertThat(seen.pkg().phone()).isNull();

    // Again: nobody is referred twice.
    IncidentBatchResult again = refer(incident, "DE", "WR-DE");
    assertThat(again.sent()).isEmpty();
    assertThat(again.skipped())
        .extracting(s -> s.reason())
        .containsExactlyInAnyOrder(Reason.ALREADY_REFERRED, Reason.NO_CONSENT);
    IncidentBoard after = tenancy.asUser(SECRETARIAT, () -> incidents.board(incident.id()));
    assertThat(after.count("DE", IncidentPersonStatus.REFERRED)).isEqualTo(1);
    assertThat(after.count("DE", IncidentPersonStatus.REGISTERED)).isEqualTo(2);
    assertThat(after.count("FR", IncidentPersonStatus.REFERRED)).isEqualTo(1);
    assertThat(after.rows()).allSatisfy(r -> assertThat(r.victimName()).isNull());

    // The public page lists each country's members and nobody's details.
    Document page =
        Jsoup.parse(
            mvc.perform(get("/incidents/" + incident.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("h2[id^=country-]").eachAttr("id"))
        .containsExactly("country-BE", "country-DE", "country-FR", "country-NL");
    assertThat(page.select("[data-country=DE]").eachAttr("data-member"))
        .contains(organisation("WR-DE").toString())
        .doesNotContain(organisation("FV").toString());
    assertThat(page.select("[data-country=FR]").eachAttr("data-member"))
        .containsExactlyElementsOf(
            directory.members(eu.pharos.network.MemberFilter.inCountry("FR")).stream()
                .map(m -> m.organisationId().toString())
                .toList());
    assertThat(page.select("[data-country=NL]").eachAttr("data-member"))
        .contains(organisation("SHN").toString());
    assertThat(page.select("#quick-exit")).hasSize(1);
    assertThat(page.select("a[href^=/find-help/FR]")).hasSize(1);
    String html = page.html();
    assertThat(html).doesNotContain(tag).doesNotContain("+49 151 7");
  }

  @Test
  void theDemoIncidentHasPersonsFromThreeCountriesAndAPublicPageOfTheirMembers() throws Exception {
    IncidentView demo =
        tenancy.asUser(SECRETARIAT, incidents::list).stream()
            .filter(i -> i.slug().equals("coach-crash-on-the-a2-near-almada"))
            .findFirst()
            .orElseThrow();
    assertThat(demo.leadOrganisationId()).isEqualTo(organisation("APAV"));
    IncidentBoard board = tenancy.asUser(SECRETARIAT, () -> incidents.board(demo.id()));
    assertThat(board.countries()).containsExactly("DE", "FR", "PT");
    assertThat(board.rows()).allSatisfy(r -> assertThat(r.victimName()).isNull());
    assertThat(tenancy.asUser(SECRETARIAT, () -> incidents.log(demo.id()))).hasSize(3);

    String html =
        mvc.perform(get("/incidents/" + demo.slug()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-country=PT]").eachAttr("data-member"))
        .contains(organisation("APAV").toString());
    assertThat(page.select("[data-country=DE]").eachAttr("data-member"))
        .contains(organisation("WR-DE").toString());
    assertThat(page.select("[data-country=FR]").eachAttr("data-member"))
        .contains(organisation("FV").toString());
    assertThat(page.select("a[href^=tel:116006]")).isNotEmpty();
    assertThat(html).doesNotContain("Becker").doesNotContain("Moreau").doesNotContain("Carvalho");

    Document french =
        Jsoup.parse(
            mvc.perform(get("/incidents/" + demo.slug()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(french.select("h2[id^=country-]").eachText())
        .containsExactly(
            "Portugal : où trouver de l’aide",
            "Allemagne : où trouver de l’aide",
            "France : où trouver de l’aide");
  }

  @Test
  void aPersonsStatusFollowsTheirReferralAndADeclinedPersonMayBeReferredAgain() throws Exception {
    IncidentView incident =
        tenancy.asUser(SECRETARIAT, () -> incidents.declare(incident("Train derailment")));
    String tag = UUID.randomUUID().toString().substring(0, 8);
    tenancy.asUser(
        APAV_ADVISOR,
        () -> {
          register(incident, "Anna Accept " + tag, "DE", true);
          return register(incident, "Bert Decline " + tag, "DE", true);
        });
    IncidentBatchResult batch = refer(incident, "DE", "WR-DE");
    assertThat(batch.sent()).hasSize(2);
    UUID advisor =
        jdbc.queryForObject(
            "select id from identity_user where email = ?", UUID.class, WR_DE_ADVISOR);
    tenancy.asUser(
        WR_DE_ADVISOR,
        () -> {
          ReferralView first = referrals.get(batch.sent().get(0).referralId());
          referrals.accept(first.id(), advisor, first.version());
          ReferralView second = referrals.get(batch.sent().get(1).referralId());
          return referrals.decline(second.id(), "No capacity this week", second.version());
        });

    IncidentBoard board = awaitBoard(incident, "DE", IncidentPersonStatus.DECLINED);
    assertThat(board.count("DE", IncidentPersonStatus.IN_SUPPORT)).isEqualTo(1);
    assertThat(board.count("DE", IncidentPersonStatus.DECLINED)).isEqualTo(1);
    // Changes are heard asynchronously: an older one heard late does not move anyone back.
    follower.on(
        new ReferralStatusChanged(
            batch.sent().get(1).referralId(),
            batch.sent().get(1).reference(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            ReferralStatus.SENT,
            ReferralStatus.RECEIVED,
            false,
            Instant.now()));
    assertThat(
            tenancy
                .asUser(SECRETARIAT, () -> incidents.board(incident.id()))
                .count("DE", IncidentPersonStatus.DECLINED))
        .isEqualTo(1);

    // The declined person goes in the next batch; the accepted one does not.
    IncidentBatchResult again = refer(incident, "DE", "WR-DE");
    assertThat(again.sent()).hasSize(1);
    assertThat(again.skipped())
        .extracting(s -> s.reason())
        .containsExactly(Reason.ALREADY_REFERRED);
  }

  private IncidentBoard awaitBoard(
      IncidentView incident, String country, IncidentPersonStatus status)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      IncidentBoard board = tenancy.asUser(SECRETARIAT, () -> incidents.board(incident.id()));
      if (board.count(country, status) > 0
          && board.count(country, IncidentPersonStatus.REFERRED) == 0) {
        return board;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the board did not follow the referrals");
  }

  @Test
  void anUnknownIncidentIsNotFound() throws Exception {
    mvc.perform(get("/incidents/no-such-incident")).andExpect(status().isNotFound());
    assertThatThrownBy(() -> tenancy.asUser(SECRETARIAT, () -> incidents.get(UUID.randomUUID())))
        .isInstanceOf(IncidentNotFound.class);
  }

  @Test
  void aPersonNeedsAKindACountryALanguageAndAConsentThatCouldBeSent() {
    IncidentView incident =
        tenancy.asUser(SECRETARIAT, () -> incidents.declare(incident("Stampede")));
    InvalidInput refused =
        refused(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR,
                    () ->
                        incidents.registerPerson(
                            incident.id(),
                            NewIncidentPerson.newVictim(
                                VictimDetails.unnamed(),
                                null,
                                "XX",
                                "",
                                new ReferralConsent(
                                    Set.of(),
                                    "",
                                    null,
                                    Instant.now().plus(Duration.ofDays(2)),
                                    LocalDate.now().plusYears(2))))));
    assertThat(refused.problems())
        .extracting(InvalidInput.Problem::field)
        .containsExactly(
            "kind",
            "residenceCountry",
            "language",
            "consentItems",
            "consentPurpose",
            "consentMethod",
            "consentGivenAt",
            "consentValidUntil");
    InvalidInput otherOrganisations =
        refused(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR,
                    () ->
                        incidents.registerPerson(
                            incident.id(),
                            NewIncidentPerson.existing(
                                UUID.randomUUID(), IncidentPersonKind.WITNESS, "PT", "pt", null))));
    assertThat(otherOrganisations.problems())
        .extracting(InvalidInput.Problem::messageKey)
        .containsExactly("incident.error.victim.unknown");
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    FV_MEMBER,
                    () ->
                        incidents.registerPerson(
                            incident.id(),
                            NewIncidentPerson.newVictim(
                                VictimDetails.unnamed(),
                                IncidentPersonKind.VICTIM,
                                "FR",
                                "fr",
                                null))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aClosedIncidentTakesNoMorePersonsAndTheLogKeepsTheOrganisationsMessages() {
    IncidentView incident =
        tenancy.asUser(APAV_SUPERVISOR, () -> incidents.declare(incident("Bridge collapse")));
    tenancy.asUser(
        WR_DE_ADVISOR, () -> incidents.addLogEntry(incident.id(), "We take German residents."));
    assertThat(tenancy.asUser(SECRETARIAT, () -> incidents.log(incident.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.organisationId()).isEqualTo(organisation("WR-DE"));
              assertThat(e.text()).isEqualTo("We take German residents.");
            });
    assertThat(
            refused(
                    () ->
                        tenancy.asUser(
                            SECRETARIAT, () -> incidents.addLogEntry(incident.id(), " ")))
                .problems())
        .extracting(InvalidInput.Problem::field)
        .containsExactly("text");

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_DE_ADVISOR, () -> incidents.close(incident.id(), incident.version())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            tenancy
                .asUser(SECRETARIAT, () -> incidents.close(incident.id(), incident.version()))
                .open())
        .isFalse();
    assertThat(
            refused(
                    () ->
                        tenancy.asUser(
                            APAV_ADVISOR,
                            () ->
                                incidents.registerPerson(
                                    incident.id(),
                                    NewIncidentPerson.newVictim(
                                        VictimDetails.unnamed(),
                                        IncidentPersonKind.VICTIM,
                                        "PT",
                                        "pt",
                                        null))))
                .problems())
        .extracting(InvalidInput.Problem::messageKey)
        .containsExactly("incident.error.closed");
  }

  private void assertInboxHolds(String email, IncidentView incident, IncidentBatchResult batch) {
    List<ReferralSummary> inbox =
        tenancy.asUser(
            email,
            () ->
                referrals.list(new ReferralQuery(ReferralSide.RECEIVER, Set.of(), 0, 100)).items());
    assertThat(inbox)
        .filteredOn(r -> incident.id().equals(r.incidentId()))
        .extracting(ReferralSummary::id)
        .containsExactlyInAnyOrderElementsOf(
            batch.sent().stream().map(IncidentBatchResult.Sent::referralId).toList());
  }

  private IncidentBatchResult refer(IncidentView incident, String country, String receiver) {
    UUID receiverId = organisation(receiver);
    SupportService service =
        directory.member(receiverId).orElseThrow().services().stream()
            .sorted()
            .findFirst()
            .orElseThrow();
    return tenancy.asUser(
        APAV_ADVISOR,
        () ->
            incidents.referCountry(
                incident.id(), country, receiverId, service, ReferralUrgency.STANDARD, null));
  }

  private Object register(IncidentView incident, String name, String country, boolean consented) {
    return incidents.registerPerson(
        incident.id(),
        NewIncidentPerson.newVictim(
            new VictimDetails(name, "+49 151 7000 1234", null, null, null, null, null),
            IncidentPersonKind.VICTIM,
            country,
            country.toLowerCase(),
            consented
                ? new ReferralConsent(
                    EnumSet.of(ReferralItem.FULL_NAME, ReferralItem.RESIDENCE_COUNTRY),
                    "Support at home after the incident",
                    ConsentMethod.VERBAL_IN_PERSON,
                    Instant.now().minus(Duration.ofHours(1)),
                    LocalDate.now().plusMonths(2))
                : null));
  }

  private UUID organisation(String shortName) {
    return IncidentStaff.organisation(jdbc, shortName);
  }

  NewIncident incident(String title) {
    return incident(title, organisation("APAV"));
  }

  static NewIncident incident(String title, UUID lead) {
    return new NewIncident(
        title + " " + UUID.randomUUID().toString().substring(0, 6),
        "Many people were hurt.",
        "Brussels",
        "BE",
        Instant.now().minus(Duration.ofHours(5)),
        lead,
        List.of("fr", "nl", "en"),
        "Support is free and confidential.");
  }

  private static InvalidInput refused(Supplier<?> call) {
    try {
      call.get();
    } catch (InvalidInput invalid) {
      return invalid;
    }
    throw new AssertionError("expected the input to be refused");
  }
}
