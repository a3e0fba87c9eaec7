package eu.pharos.helpline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentNotFound;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.ConsentWithdrawn;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.DataItem;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.SharedDataWithdrawal;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.identity.Organisations;
import eu.pharos.network.CrimeType;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pharos removing, in an organisation's scope and with nobody signed in, the data another module
 * brought, and withdrawing a consent on its request: exactly the items asked for, on the timeline
 * and in the audit trail as Pharos, never as one of the organisation's people.
 */
@PharosTest
@RecordApplicationEvents
class SharedDataWithdrawalTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String REASON = "Consentimento para o encaminhamento R-2026-000012 retirado";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired SharedDataWithdrawal shared;
  @Autowired VictimDataRights rights;
  @Autowired Victims victims;
  @Autowired Cases cases;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;
  UUID apav;
  UUID wrDe;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    wrDe = organisations.findByShortName("WR-DE").orElseThrow().id();
  }

  @Test
  void clearsExactlyTheItemsFromTheVictimAndTheCaseAsPharos() {
    CaseView opened = openCase("Inês Brandão");
    UUID victimId = opened.victim().id();
    long peopleBefore = auditByPeople(opened.id(), victimId);

    asPharos(
        apav,
        () ->
            shared.removeSharedData(
                opened.id(),
                EnumSet.of(
                    DataItem.FULL_NAME,
                    DataItem.PHONE,
                    DataItem.RESIDENCE_COUNTRY,
                    DataItem.CRIME_TYPE,
                    DataItem.CRIME_SUMMARY),
                REASON));

    assertThat(auditByPeople(opened.id(), victimId)).isEqualTo(peopleBefore);
    assertThat(pharosRecords("helpline.shared-data-removed", opened.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_id")).isNull();
              assertThat(row.get("actor_label")).isEqualTo("Pharos");
              assertThat(row.get("outcome")).isEqualTo("SUCCESS");
              assertThat((String) row.get("detail")).startsWith(REASON).doesNotContain("Inês");
            });

    VictimView victim = tenancy.asUser(ADVISOR, () -> victims.get(victimId));
    assertThat(victim.details())
        .isEqualTo(
            new VictimDetails(
                null, null, "ines@example.pt", "Rua Nova 3", LocalDate.of(1990, 5, 1), "pt", null));
    assertThat(tenancy.asUser(ADVISOR, () -> victims.find("Inês Brandão"))).isEmpty();
    CaseView after = tenancy.asUser(ADVISOR, () -> cases.get(opened.id()));
    assertThat(after.crime())
        .isEqualTo(
            new CrimeDetails(
                null, opened.crime().crimeDate(), "Near the station", "ES", null, null));
    assertThat(after.crime().crossBorder()).isFalse();
    assertThat(after.version()).isEqualTo(opened.version() + 1);
    assertThat(after.timeline())
        .filteredOn(e -> e.kind() == TimelineKind.SHARED_DATA_REMOVED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.text()).isEqualTo(REASON);
              assertThat(e.authorId()).isNull();
            });
    assertThat(
            jdbc.queryForObject(
                "select updated_by from helpline_victim where id = ?", UUID.class, victimId))
        .isNull();
  }

  @Test
  void aLegalHoldKeepsTheDataAndSaysSo() {
    CaseView opened = openCase("Marta Pires");
    tenancy.asUser(SUPERVISOR, () -> rights.setLegalHold(opened.victim().id(), "Court order"));

    asPharos(
        apav,
        () ->
            shared.removeSharedData(
                opened.id(), EnumSet.of(DataItem.FULL_NAME, DataItem.CRIME_TYPE), REASON));

    VictimView victim = tenancy.asUser(ADVISOR, () -> victims.get(opened.victim().id()));
    assertThat(victim.details().fullName()).isEqualTo("Marta Pires");
    CaseView after = tenancy.asUser(ADVISOR, () -> cases.get(opened.id()));
    assertThat(after.crime()).isEqualTo(opened.crime());
    assertThat(after.timeline())
        .extracting(TimelineEntryView::kind)
        .contains(TimelineKind.SHARED_DATA_KEPT)
        .doesNotContain(TimelineKind.SHARED_DATA_REMOVED);
    assertThat(pharosRecords("helpline.shared-data-removed", opened.id()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_label")).isEqualTo("Pharos");
              assertThat(row.get("outcome")).isEqualTo("DENIED");
              assertThat((String) row.get("detail")).isEqualTo("kept under legal hold: " + REASON);
            });
  }

  @Test
  void anErasedVictimAndItsAnonymisedCaseHoldNothingToClear() {
    CaseView opened = openCase("Rita Valente");
    tenancy.asUser(SUPERVISOR, () -> rights.erase(opened.victim().id(), "Asked for erasure"));
    int entries = timelineEntries(opened.id());

    asPharos(
        apav, () -> shared.removeSharedData(opened.id(), EnumSet.allOf(DataItem.class), REASON));

    assertThat(timelineEntries(opened.id())).isEqualTo(entries);
    assertThat(pharosRecords("helpline.shared-data-removed", opened.id()))
        .singleElement()
        .satisfies(row -> assertThat((String) row.get("detail")).contains("nothing held"));
  }

  @Test
  void anotherOrganisationsCaseOrAnUnknownOneIsNotFound() {
    CaseView opened = openCase("Carla Moura");

    assertThatThrownBy(
            () ->
                asPharos(
                    wrDe,
                    () ->
                        shared.removeSharedData(
                            opened.id(), EnumSet.of(DataItem.FULL_NAME), REASON)))
        .isInstanceOf(CaseNotFound.class);
    assertThatThrownBy(
            () ->
                asPharos(
                    apav,
                    () ->
                        shared.removeSharedData(
                            UUID.randomUUID(), EnumSet.of(DataItem.FULL_NAME), REASON)))
        .isInstanceOf(CaseNotFound.class);
    assertThat(
            tenancy.asUser(ADVISOR, () -> victims.get(opened.victim().id())).details().fullName())
        .isEqualTo("Carla Moura");
  }

  @Test
  void neverOnBehalfOfASignedInUser() {
    CaseView opened = openCase("Sofia Rebelo");

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ADVISOR,
                    () -> {
                      shared.removeSharedData(opened.id(), EnumSet.of(DataItem.FULL_NAME), REASON);
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConsentIsWithdrawnOnRequestByNobodyOfTheOrganisationAndOnlyOnce() {
    CaseView opened = openCase("Teresa Lopes");
    UUID victimId = opened.victim().id();
    ConsentView consent =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.recordConsent(
                    victimId,
                    new NewConsent(
                        ConsentKind.SHARE_WITH_ORGANISATION,
                        wrDe,
                        null,
                        "Support near home",
                        ConsentMethod.WRITTEN,
                        Instant.now().minus(Duration.ofHours(1)),
                        LocalDate.now().plusMonths(3))));

    asPharos(
        apav,
        () ->
            shared.withdrawConsentOnRequest(
                victimId, consent.id(), ConsentMethod.VERBAL_PHONE, REASON));
    asPharos(
        apav,
        () ->
            shared.withdrawConsentOnRequest(victimId, consent.id(), ConsentMethod.WRITTEN, REASON));

    ConsentView withdrawn =
        tenancy.asUser(ADVISOR, () -> victims.consents(victimId)).stream()
            .filter(c -> c.id().equals(consent.id()))
            .findFirst()
            .orElseThrow();
    assertThat(withdrawn.withdrawnAt()).isNotNull();
    assertThat(withdrawn.withdrawalMethod()).isEqualTo(ConsentMethod.VERBAL_PHONE);
    assertThat(withdrawn.withdrawalRecordedBy()).isNull();
    assertThat(pharosRecords("helpline.consent.withdrawn", victimId))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_id")).isNull();
              assertThat(row.get("actor_label")).isEqualTo("Pharos");
              assertThat(row.get("detail")).isEqualTo("consent " + consent.id() + ": " + REASON);
            });
    assertThat(
            events.stream(ConsentWithdrawn.class).filter(e -> e.consentId().equals(consent.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.organisationId()).isEqualTo(apav);
              assertThat(e.victimId()).isEqualTo(victimId);
              assertThat(e.method()).isEqualTo(ConsentMethod.VERBAL_PHONE);
            });

    assertThatThrownBy(
            () ->
                asPharos(
                    wrDe,
                    () ->
                        shared.withdrawConsentOnRequest(
                            victimId, consent.id(), ConsentMethod.WRITTEN, REASON)))
        .isInstanceOf(VictimNotFound.class);
    assertThatThrownBy(
            () ->
                asPharos(
                    apav,
                    () ->
                        shared.withdrawConsentOnRequest(
                            victimId, UUID.randomUUID(), ConsentMethod.WRITTEN, REASON)))
        .isInstanceOf(ConsentNotFound.class);
  }

  CaseView openCase(String name) {
    return tenancy.asUser(
        ADVISOR,
        () -> {
          VictimView victim =
              victims.register(
                  new VictimDetails(
                      name,
                      "+351 912 345 678",
                      "ines@example.pt",
                      "Rua Nova 3",
                      LocalDate.of(1990, 5, 1),
                      "pt",
                      "PT"));
          return cases.open(
              new NewCase(
                  victim.id(),
                  null,
                  new CrimeDetails(
                      CrimeType.ROBBERY,
                      LocalDate.now().minusDays(3),
                      "Near the station",
                      "ES",
                      "PT",
                      "Her bag was taken"),
                  null,
                  Set.of()));
        });
  }

  /** Runs work as the referral module does: in the organisation's scope, nobody signed in. */
  void asPharos(UUID organisationId, Runnable work) {
    TransactionTemplate requiresNew = new TransactionTemplate(transactions);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    TenantContext.runAs(organisationId, () -> requiresNew.executeWithoutResult(s -> work.run()));
  }

  List<Map<String, Object>> pharosRecords(String action, UUID targetId) {
    return jdbc.queryForList(
        "select actor_id, actor_label, outcome, detail from audit_event"
            + " where action = ? and target_id = ? and organisation_id = ?",
        action,
        targetId.toString(),
        apav);
  }

  /** Audit records of people (not Pharos) about the case or the victim. */
  long auditByPeople(UUID caseId, UUID victimId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from audit_event where actor_id is not null and target_id in (?, ?)",
            Long.class,
            caseId.toString(),
            victimId.toString());
    return count == null ? 0 : count;
  }

  int timelineEntries(UUID caseId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from helpline_timeline_entry where case_id = ?",
            Integer.class,
            caseId);
    return count == null ? 0 : count;
  }
}
