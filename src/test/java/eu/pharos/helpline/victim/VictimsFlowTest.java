package eu.pharos.helpline.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentNotFound;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Victims through the facade: registration, reading, summaries, tenancy and storage at rest. */
@PharosTest
class VictimsFlowTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Victims victims;
  @Autowired JdbcTemplate jdbc;
  @Autowired Directory directory;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void anAdvisorRegistersAVictimAndASupervisorReadsThem() {
    VictimView registered =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails(
                        "  Maria Silva ",
                        "+351 912 345 678",
                        "maria@example.pt",
                        "Rua das Flores 1, Lisboa",
                        LocalDate.of(1980, 5, 17),
                        "PT",
                        "pt")));

    assertThat(registered.reference()).matches("V-\\d{4}-\\d{6}");
    assertThat(registered.version()).isZero();
    assertThat(registered.details())
        .isEqualTo(
            new VictimDetails(
                "Maria Silva",
                "+351 912 345 678",
                "maria@example.pt",
                "Rua das Flores 1, Lisboa",
                LocalDate.of(1980, 5, 17),
                "pt",
                "PT"));

    VictimView read = tenancy.asUser(SUPERVISOR, () -> victims.get(registered.id()));
    assertThat(read.details()).isEqualTo(registered.details());
    assertThat(read.displayName()).isEqualTo("Maria Silva");
  }

  @Test
  void theDatabaseHoldsNoPlainTextOfAVictim() {
    UUID id =
        tenancy
            .asUser(
                ADVISOR,
                () ->
                    victims.register(
                        new VictimDetails(
                            "Maria Silva",
                            "+351 912 000 111",
                            "maria.silva@example.pt",
                            "Avenida da Liberdade 9",
                            LocalDate.of(1975, 1, 2),
                            "pt",
                            "PT")))
            .id();

    Map<String, Object> row = jdbc.queryForMap("select * from helpline_victim where id = ?", id);
    assertThat(row.values())
        .allSatisfy(
            value ->
                assertThat(String.valueOf(value))
                    .doesNotContainIgnoringCase("maria")
                    .doesNotContainIgnoringCase("silva")
                    .doesNotContain("912 000 111")
                    .doesNotContain("912000111")
                    .doesNotContainIgnoringCase("liberdade")
                    .doesNotContain("1975-01-02"));
    assertThat((String) row.get("full_name_sealed")).startsWith(row.get("key_id") + ".");
    assertThat((String) row.get("name_index")).matches("[0-9a-f]{64}");
  }

  @Test
  void summariesKeepTheOrderOfTheIdsAndNameTheUnnamedByReference() {
    VictimView named =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails("Ana Costa", null, null, null, null, null, null)));
    VictimView unnamed = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed()));

    List<VictimSummary> summaries =
        tenancy.asUser(
            ADVISOR, () -> victims.summaries(List.of(unnamed.id(), UUID.randomUUID(), named.id())));

    assertThat(summaries)
        .containsExactly(
            new VictimSummary(unnamed.id(), unnamed.reference(), unnamed.reference()),
            new VictimSummary(named.id(), named.reference(), "Ana Costa"));
    assertThat(tenancy.asUser(OUTSIDER, () -> victims.summaries(List.of(named.id())))).isEmpty();
  }

  @Test
  void anotherOrganisationsVictimIsNotFound() {
    UUID id = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed())).id();

    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> victims.get(id)))
        .isInstanceOf(VictimNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> victims.get(UUID.randomUUID())))
        .isInstanceOf(VictimNotFound.class);
  }

  @Test
  void aVictimIsFoundByTheirWholeNameOrNumberWhateverTheWritingButNeverByAPart() {
    String name = "Joana Ferreira " + unique();
    UUID id =
        tenancy
            .asUser(
                ADVISOR,
                () ->
                    victims.register(
                        new VictimDetails(
                            name, "+351 21 " + digits(), null, null, null, null, null)))
            .id();
    String phone = tenancy.asUser(ADVISOR, () -> victims.get(id)).details().phone();

    assertThat(tenancy.asUser(ADVISOR, () -> victims.find(name)))
        .extracting(VictimSummary::id)
        .containsExactly(id);
    assertThat(
            tenancy.asUser(
                SUPERVISOR,
                () -> victims.find("  JOÁNA   ferreira " + name.substring(15).toUpperCase())))
        .extracting(VictimSummary::id)
        .containsExactly(id);
    assertThat(
            tenancy.asUser(ADVISOR, () -> victims.find(phone.replace("+", "00").replace(" ", "-"))))
        .extracting(VictimSummary::id)
        .containsExactly(id);
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find("Joana Ferreira")))
        .extracting(VictimSummary::id)
        .doesNotContain(id);
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find(phone.substring(0, 8)))).isEmpty();
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find("   "))).isEmpty();
    assertThat(tenancy.asUser(OUTSIDER, () -> victims.find(name)))
        .as("another organisation finds nothing")
        .isEmpty();
    assertThat(
            jdbc.queryForList(
                "select detail from audit_event where target_type = 'helpline.victim' and"
                    + " target_id = ? and action = 'data.read'",
                String.class,
                id.toString()))
        .contains("search")
        .allSatisfy(detail -> assertThat(String.valueOf(detail)).doesNotContain("Joana"));
  }

  @Test
  void aCorrectionBasedOnAnOlderVersionIsRefusedWithTheStoredVictim() {
    VictimView registered =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails("Rui Alves", null, null, null, null, null, "PT")));

    VictimView corrected =
        tenancy.asUser(
            SUPERVISOR,
            () ->
                victims.rectify(
                    registered.id(),
                    new VictimDetails("Rui Alves Santos", null, null, null, null, "pt", "PT"),
                    0));
    assertThat(corrected.version()).isEqualTo(1);
    assertThat(corrected.details().fullName()).isEqualTo("Rui Alves Santos");
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find("rui alves santos")))
        .extracting(VictimSummary::id)
        .containsExactly(registered.id());
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find("Rui Alves")))
        .extracting(VictimSummary::id)
        .doesNotContain(registered.id());

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () ->
                        victims.rectify(
                            registered.id(),
                            new VictimDetails("Rui A.", null, null, null, null, null, null),
                            0)))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            stale -> {
              assertThat(stale.currentVersion()).isEqualTo(1);
              assertThat(((VictimView) stale.current()).details().fullName())
                  .isEqualTo("Rui Alves Santos");
              assertThat(stale.getMessage()).doesNotContain("Rui");
            });
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(registered.id())).details().fullName())
        .isEqualTo("Rui Alves Santos");
    assertThat(audited("helpline.victim.rectified", registered.id())).isEqualTo(1);
  }

  @Test
  void badDetailsAreRefusedWithEveryProblemAndNothingIsStoredOrQuoted() {
    long before = victimRows();
    VictimDetails bad =
        new VictimDetails(
            "Maria Silva",
            "12ab34",
            "maria-at-example.pt",
            null,
            LocalDate.now().plusDays(3),
            "xx",
            "XX");

    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> victims.register(bad)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> {
              assertThat(invalid.problems())
                  .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                  .containsExactlyInAnyOrder(
                      org.assertj.core.groups.Tuple.tuple(
                          "phone", "helpline.victim.error.phone-malformed"),
                      org.assertj.core.groups.Tuple.tuple(
                          "email", "helpline.victim.error.email-malformed"),
                      org.assertj.core.groups.Tuple.tuple(
                          "dateOfBirth", "helpline.victim.error.date-of-birth-future"),
                      org.assertj.core.groups.Tuple.tuple(
                          "preferredLanguage", "helpline.victim.error.language-unknown"),
                      org.assertj.core.groups.Tuple.tuple(
                          "residenceCountry", "helpline.victim.error.country-unknown"));
              assertThat(invalid.getMessage()).doesNotContain("Maria").doesNotContain("12ab34");
            });
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () ->
                        victims.register(
                            new VictimDetails(
                                "x".repeat(151), null, null, null, null, "por", "PRT"))))
        .as("a name too long, and three-letter codes, are refused")
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactlyInAnyOrder(
                        "fullName", "preferredLanguage", "residenceCountry"));
    assertThat(victimRows()).isEqualTo(before);
  }

  @Test
  void consentsAreRecordedCheckedAndWithdrawnOnce() {
    UUID victim = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed())).id();
    UUID member =
        directory.members(MemberFilter.all()).stream()
            .filter(m -> m.shortName() != null && m.shortName().startsWith("WR"))
            .findFirst()
            .orElseThrow()
            .organisationId();
    Instant yesterday = Instant.now().minus(Duration.ofDays(1));

    ConsentView contact =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.recordConsent(
                    victim,
                    new NewConsent(
                        ConsentKind.CONTACT_BACK,
                        UUID.randomUUID(),
                        "ignored",
                        null,
                        ConsentMethod.VERBAL_PHONE,
                        yesterday,
                        null)));
    assertThat(contact.sharedWithOrganisationId()).as("only a share names with whom").isNull();
    ConsentView share =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.recordConsent(
                    victim,
                    new NewConsent(
                        ConsentKind.SHARE_WITH_ORGANISATION,
                        member,
                        null,
                        "Referral for court accompaniment",
                        ConsentMethod.WRITTEN,
                        Instant.now().minusSeconds(60),
                        LocalDate.now().plusYears(1))));
    assertThat(share.sharedWithOrganisationId()).isEqualTo(member);
    assertThat(share.purpose()).isEqualTo("Referral for court accompaniment");
    Map<String, Object> stored =
        jdbc.queryForMap("select * from helpline_consent where id = ?", share.id());
    assertThat(stored.values())
        .as("the purpose is free text about the person: sealed at rest")
        .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("accompaniment"));
    assertThat((String) stored.get("purpose_sealed")).startsWith(stored.get("key_id") + ".");
    ConsentView police =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.recordConsent(
                    victim,
                    new NewConsent(
                        ConsentKind.SHARE_WITH_ORGANISATION,
                        null,
                        "Local police station",
                        null,
                        ConsentMethod.VERBAL_IN_PERSON,
                        Instant.now().minus(Duration.ofDays(2)),
                        null)));

    assertThat(tenancy.asUser(SUPERVISOR, () -> victims.consents(victim)))
        .extracting(ConsentView::id)
        .containsExactly(share.id(), contact.id(), police.id());

    assertRefused(
        victim,
        new NewConsent(
            ConsentKind.SHARE_WITH_ORGANISATION,
            null,
            " ",
            null,
            ConsentMethod.WRITTEN,
            yesterday,
            null),
        "helpline.consent.error.share-without-whom");
    assertRefused(
        victim,
        new NewConsent(
            ConsentKind.SHARE_WITH_ORGANISATION,
            UUID.randomUUID(),
            null,
            null,
            ConsentMethod.WRITTEN,
            yesterday,
            null),
        "helpline.consent.error.not-a-member");
    assertRefused(
        victim,
        new NewConsent(
            ConsentKind.DATA_KEPT,
            null,
            null,
            null,
            ConsentMethod.ONLINE,
            Instant.now().plus(Duration.ofHours(2)),
            null),
        "helpline.consent.error.given-at-future");
    assertRefused(
        victim,
        new NewConsent(null, null, null, null, null, null, null),
        "helpline.consent.error.kind-missing",
        "helpline.consent.error.method-missing",
        "helpline.consent.error.given-at-missing");
    assertRefused(
        victim,
        new NewConsent(
            ConsentKind.DATA_KEPT,
            null,
            null,
            null,
            ConsentMethod.ONLINE,
            yesterday,
            LocalDate.now().minusDays(10)),
        "helpline.consent.error.valid-until-before-given");

    ConsentView withdrawn =
        tenancy.asUser(
            ADVISOR,
            () -> victims.withdrawConsent(victim, contact.id(), ConsentMethod.VERBAL_PHONE));
    assertThat(withdrawn.withdrawnAt()).isNotNull();
    assertThat(withdrawn.activeOn(LocalDate.now())).isFalse();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () -> victims.withdrawConsent(victim, contact.id(), ConsentMethod.WRITTEN)))
        .as("withdrawing twice is refused")
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems().get(0).messageKey())
                    .isEqualTo("helpline.consent.error.already-withdrawn"));
    assertThat(tenancy.asUser(ADVISOR, () -> victims.consents(victim)))
        .filteredOn(c -> c.id().equals(contact.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.withdrawalMethod()).isEqualTo(ConsentMethod.VERBAL_PHONE));

    UUID otherVictim =
        tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed())).id();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () -> victims.withdrawConsent(otherVictim, share.id(), ConsentMethod.WRITTEN)))
        .as("a consent is withdrawn through its own victim only")
        .isInstanceOf(ConsentNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(OUTSIDER, () -> victims.consents(victim)))
        .isInstanceOf(VictimNotFound.class);
  }

  @Test
  void everyReadIsAuditedByIdAndOnlyCaseWorkersMayRead() {
    UUID id =
        tenancy
            .asUser(
                ADVISOR,
                () ->
                    victims.register(
                        new VictimDetails("Maria Silva", null, null, null, null, null, null)))
            .id();
    int before = audited("data.read", id);

    tenancy.asUser(SUPERVISOR, () -> victims.get(id));
    tenancy.asUser(ADVISOR, () -> victims.consents(id));
    tenancy.asUser(ADVISOR, () -> victims.summaries(List.of(id)));

    assertThat(audited("data.read", id)).isEqualTo(before + 3);
    assertThat(audited("helpline.victim.registered", id)).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select coalesce(detail, '') from audit_event where target_id = ?",
                String.class,
                id.toString()))
        .allSatisfy(detail -> assertThat(detail).doesNotContain("Maria"));
    assertThatThrownBy(() -> tenancy.asUser("orgadmin.apav@pharos.test", () -> victims.get(id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    "orgadmin.apav@pharos.test", () -> victims.register(VictimDetails.unnamed())))
        .isInstanceOf(AccessDeniedException.class);
  }

  private void assertRefused(UUID victim, NewConsent consent, String... messageKeys) {
    assertThatThrownBy(() -> tenancy.asUser(ADVISOR, () -> victims.recordConsent(victim, consent)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactlyInAnyOrder(messageKeys));
  }

  private int audited(String action, UUID id) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = ? and target_id = ?",
        Integer.class,
        action,
        id.toString());
  }

  private long victimRows() {
    return jdbc.queryForObject("select count(*) from helpline_victim", Long.class);
  }

  static String unique() {
    String letters = "";
    long value = System.nanoTime();
    for (int i = 0; i < 8; i++) {
      letters += (char) ('a' + (int) (value % 26));
      value /= 26;
    }
    return letters;
  }

  static String digits() {
    return String.format("%07d", (System.nanoTime() / 1000) % 10_000_000);
  }
}
