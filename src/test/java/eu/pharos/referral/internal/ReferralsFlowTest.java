package eu.pharos.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.identity.Organisations;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralNotFound;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSent;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralStatusChanged;
import eu.pharos.referral.ReferralSummary;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Referrals through the facade, between APAV (PT), Weisser Ring (DE) and SAW (BE) of the demo
 * network: what each side sees, the consent, the receiving case, the clocks and the audit trail.
 */
@PharosTest
@RecordApplicationEvents
class ReferralsFlowTest {

  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String APAV_SUPERVISOR = "supervisor.apav@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String WR_ADVISOR = "advisor.wr-de@pharos.test";
  static final String SAW_ADVISOR = "advisor.saw@pharos.test";

  static final Set<ReferralItem> THREE =
      EnumSet.of(ReferralItem.FULL_NAME, ReferralItem.PHONE, ReferralItem.CRIME_TYPE);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Referrals referrals;
  @Autowired Cases cases;
  @Autowired Victims victims;
  @Autowired Organisations organisations;
  @Autowired ReferralDeadlines deadlines;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  TenancyCheck tenancy;
  UUID apav;
  UUID wrDe;
  UUID saw;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    wrDe = organisations.findByShortName("WR-DE").orElseThrow().id();
    saw = organisations.findByShortName("SAW").orElseThrow().id();
  }

  // --- Sending -----------------------------------------------------------------------------------

  @Test
  void aReferralFromACaseCarriesExactlyTheConsentedItemsAndRecordsTheConsentOnTheVictim() {
    CaseView source = openApavCase("Maria Silva");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);

    assertThat(sent.reference()).matches("R-\\d{4}-\\d{6}");
    assertThat(sent.side()).isEqualTo(ReferralSide.SENDER);
    assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
    assertThat(sent.pkg().items()).isEqualTo(THREE);
    assertThat(sent.pkg().fullName()).isEqualTo("Maria Silva");
    assertThat(sent.pkg().phone()).isEqualTo("+351 912 000 111");
    assertThat(sent.pkg().crimeType()).isEqualTo(CrimeType.ROBBERY);
    assertThat(sent.pkg().email()).isNull();
    assertThat(sent.pkg().crimeSummary()).isNull();
    assertThat(sent.caseId()).isEqualTo(source.id());
    assertThat(sent.senderCountry()).isEqualTo("PT");
    assertThat(sent.receiverCountry()).isEqualTo("DE");
    assertThat(sent.crossBorder()).isTrue();
    assertThat(sent.dueAt()).isEqualTo(sent.sentAt().plus(ReferralUrgency.URGENT.defaultTarget()));
    assertThat(sent.history()).extracting(s -> s.status()).containsExactly(ReferralStatus.SENT);

    List<ConsentView> consents =
        tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id()));
    assertThat(consents)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ConsentKind.SHARE_WITH_ORGANISATION);
              assertThat(c.sharedWithOrganisationId()).isEqualTo(wrDe);
              assertThat(c.purpose()).isEqualTo("Support near home");
            });

    Map<String, Object> row = jdbc.queryForMap("select * from referral where id = ?", sent.id());
    assertThat(row.values())
        .allSatisfy(
            v -> assertThat(String.valueOf(v)).doesNotContain("Maria").doesNotContain("912 000"));
    assertThat((String) row.get("package_sealed")).startsWith(row.get("key_id") + ".");
  }

  @Test
  void sendingAndEachStatusChangeArePublishedWithoutPersonalData() {
    ReferralView sent = sendFromCase(openApavCase("Diana Cruz").id(), wrDe, THREE);
    ReferralView read = tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id()));
    tenancy.asUser(WR_ADVISOR, () -> referrals.decline(sent.id(), "Out of area", read.version()));

    assertThat(events.stream(ReferralSent.class).filter(e -> e.referralId().equals(sent.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.senderOrganisationId()).isEqualTo(apav);
              assertThat(e.receiverOrganisationId()).isEqualTo(wrDe);
              assertThat(e.senderCountry()).isEqualTo("PT");
              assertThat(e.receiverCountry()).isEqualTo("DE");
              assertThat(e.service()).isEqualTo(SupportService.FACE_TO_FACE);
            });
    assertThat(
            events.stream(ReferralStatusChanged.class)
                .filter(e -> e.referralId().equals(sent.id())))
        .extracting(ReferralStatusChanged::previous, ReferralStatusChanged::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ReferralStatus.SENT),
            org.assertj.core.groups.Tuple.tuple(ReferralStatus.SENT, ReferralStatus.RECEIVED),
            org.assertj.core.groups.Tuple.tuple(ReferralStatus.RECEIVED, ReferralStatus.DECLINED));
  }

  @Test
  void eachSideSeesItsOwnCaseOnlyAndAnUnrelatedOrganisationNothing() {
    CaseView source = openApavCase("Rui Costa");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);

    ReferralView received = tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(received.side()).isEqualTo(ReferralSide.RECEIVER);
    assertThat(received.status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(received.caseId()).isNull();
    assertThat(received.pkg().items()).isEqualTo(THREE);
    assertThat(received.history())
        .extracting(s -> s.status())
        .containsExactly(ReferralStatus.SENT, ReferralStatus.RECEIVED);
    // Names of the other side's people stay with them.
    assertThat(received.history().get(0).actorName()).isNull();
    assertThat(received.history().get(1).actorName()).isEqualTo("Jonas Berater (Weisser Ring)");

    ReferralView senderView = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(senderView.caseId()).isEqualTo(source.id());
    assertThat(senderView.history().get(0).actorName()).isEqualTo("Alex Advisor (APAV)");
    assertThat(senderView.history().get(1).actorName()).isNull();

    assertThatThrownBy(() -> tenancy.asUser(SAW_ADVISOR, () -> referrals.get(sent.id())))
        .isInstanceOf(ReferralNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SAW_ADVISOR, () -> referrals.accept(sent.id(), userId(SAW_ADVISOR), 1)))
        .isInstanceOf(ReferralNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    SAW_ADVISOR,
                    () -> referrals.withdrawConsent(sent.id(), ConsentMethod.VERBAL_PHONE)))
        .isInstanceOf(ReferralNotFound.class);
    assertThatThrownBy(() -> tenancy.asUser(WR_ADVISOR, () -> referrals.get(UUID.randomUUID())))
        .isInstanceOf(ReferralNotFound.class);
  }

  @Test
  void theInboxAndOutboxListNewestFirstByStatusWithoutPersonalData() {
    ReferralView first = sendFromCase(openApavCase("Ana Lopes").id(), wrDe, THREE);
    ReferralView second = sendFromCase(openApavCase("Ana Lopes").id(), wrDe, THREE);
    tenancy.asUser(WR_ADVISOR, () -> referrals.get(first.id()));

    ReferralList outbox =
        tenancy.asUser(APAV_ADVISOR, () -> referrals.list(ReferralQuery.outbox()));
    assertThat(outbox.items()).extracting(ReferralSummary::id).contains(first.id(), second.id());
    List<UUID> ids = outbox.items().stream().map(ReferralSummary::id).toList();
    assertThat(ids.indexOf(second.id())).isLessThan(ids.indexOf(first.id()));
    ReferralSummary summary =
        outbox.items().stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow();
    assertThat(summary.otherOrganisationId()).isEqualTo(wrDe);
    assertThat(summary.otherOrganisationName()).isEqualTo("Weisser Ring (Germany)");
    assertThat(summary.otherCountry()).isEqualTo("DE");
    assertThat(summary.overdue()).isFalse();

    ReferralList inboxSent =
        tenancy.asUser(
            WR_ADVISOR,
            () ->
                referrals.list(
                    new ReferralQuery(ReferralSide.RECEIVER, Set.of(ReferralStatus.SENT), 0, 100)));
    assertThat(inboxSent.items()).extracting(ReferralSummary::id).contains(second.id());
    assertThat(inboxSent.items()).extracting(ReferralSummary::id).doesNotContain(first.id());
    assertThat(inboxSent.items())
        .allSatisfy(s -> assertThat(s.side()).isEqualTo(ReferralSide.RECEIVER));

    ReferralList sawInbox =
        tenancy.asUser(SAW_ADVISOR, () -> referrals.list(ReferralQuery.inbox()));
    assertThat(sawInbox.items()).extracting(ReferralSummary::id).doesNotContain(first.id());

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () -> referrals.list(new ReferralQuery(ReferralSide.RECEIVER, null, 0, 500))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).contains("size"));
  }

  @Test
  void everyBadInputOfSendingGetsItsField() {
    CaseView source = openApavCase("Paula Reis");
    UUID pending =
        jdbc.queryForObject(
            "select organisation_id from network_member where status = 'PENDING'"
                + " fetch first 1 rows only",
            UUID.class);
    ReferralConsent valid = consent(THREE);

    assertThat(
            badFields(
                new NewReferral(source.id(), null, null, null, null, null, null, null, null, null)))
        .contains("receiverOrganisationId", "service", "urgency", "consent.items");
    assertThat(badFields(send(source.id(), apav, SupportService.FACE_TO_FACE, valid, null)))
        .containsExactly("receiverOrganisationId");
    assertThat(badFields(send(source.id(), pending, SupportService.FACE_TO_FACE, valid, null)))
        .containsExactly("receiverOrganisationId");
    assertThat(
            badFields(
                send(source.id(), UUID.randomUUID(), SupportService.FACE_TO_FACE, valid, null)))
        .containsExactly("receiverOrganisationId");
    assertThat(badFields(send(source.id(), wrDe, SupportService.TERRORISM_VICTIMS, valid, null)))
        .containsExactly("service");
    assertThat(
            badFields(
                send(
                    source.id(),
                    wrDe,
                    SupportService.FACE_TO_FACE,
                    new ReferralConsent(
                        Set.of(), "Support", ConsentMethod.WRITTEN, Instant.now(), LocalDate.now()),
                    null)))
        .containsExactly("consent.items");
    assertThat(
            badFields(
                send(
                    source.id(),
                    wrDe,
                    SupportService.FACE_TO_FACE,
                    new ReferralConsent(THREE, " ", null, null, null),
                    null)))
        .containsExactlyInAnyOrder(
            "consent.purpose", "consent.method", "consent.givenAt", "consent.validUntil");
    assertThat(
            badFields(
                send(
                    source.id(),
                    wrDe,
                    SupportService.FACE_TO_FACE,
                    new ReferralConsent(
                        THREE,
                        "Support",
                        ConsentMethod.WRITTEN,
                        Instant.now().plus(Duration.ofDays(1)),
                        LocalDate.now().minusDays(1)),
                    null)))
        .containsExactlyInAnyOrder("consent.givenAt", "consent.validUntil");
    assertThat(
            badFields(
                send(
                    source.id(),
                    wrDe,
                    SupportService.FACE_TO_FACE,
                    new ReferralConsent(
                        THREE,
                        "Support",
                        ConsentMethod.WRITTEN,
                        Instant.now(),
                        LocalDate.now().plusYears(2)),
                    null)))
        .containsExactly("consent.validUntil");
    assertThat(badFields(send(null, wrDe, SupportService.FACE_TO_FACE, valid, null)))
        .containsExactly("caseId");
    ReferralPackage tooMuch =
        new ReferralPackage(
            "Paula Reis",
            "+351 1",
            "paula@example.pt",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR,
                    () ->
                        referrals.send(
                            send(null, wrDe, SupportService.FACE_TO_FACE, valid, tooMuch))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(fields(e)).containsExactly("pkg");
              assertThat(e.problems().get(0).arguments()).containsExactly("EMAIL");
            });
    // Nothing was stored for any of them.
    assertThat(tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id())))
        .isEmpty();
  }

  @Test
  void aPackageGivenExplicitlyTravelsWithoutACase() {
    ReferralPackage pkg =
        new ReferralPackage(
            "Lena Vogel",
            null,
            null,
            null,
            LocalDate.of(1990, 2, 28),
            "de",
            null,
            CrimeType.FRAUD_CYBERCRIME,
            LocalDate.of(2026, 1, 15),
            null,
            null,
            null);
    ReferralView sent =
        tenancy.asUser(
            WR_ADVISOR,
            () ->
                referrals.send(
                    new NewReferral(
                        null,
                        null,
                        apav,
                        SupportService.LEGAL_INFORMATION,
                        ReferralUrgency.STANDARD,
                        consent(
                            EnumSet.of(
                                ReferralItem.FULL_NAME,
                                ReferralItem.DATE_OF_BIRTH,
                                ReferralItem.PREFERRED_LANGUAGE,
                                ReferralItem.CRIME_TYPE,
                                ReferralItem.CRIME_DATE)),
                        pkg,
                        "Victim on holiday in Lisbon, needs legal information.",
                        null,
                        "WR-4711")));
    assertThat(sent.pkg()).isEqualTo(pkg);
    assertThat(tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id())).pkg()).isEqualTo(pkg);
    assertThat(sent.caseId()).isNull();
    assertThat(sent.externalReference()).isEqualTo("WR-4711");
    assertThat(sent.message()).isEqualTo("Victim on holiday in Lisbon, needs legal information.");
  }

  // --- Answering ---------------------------------------------------------------------------------

  @Test
  void acceptingOpensACaseInTheReceivingOrganisationHoldingExactlyThePackage() {
    CaseView source = openApavCase("Joana Prata");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);
    UUID jonas = userId(WR_ADVISOR);

    ReferralView accepted =
        tenancy.asUser(WR_ADVISOR, () -> referrals.accept(sent.id(), jonas, sent.version()));

    assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(accepted.assignedAdvisorId()).isEqualTo(jonas);
    assertThat(accepted.caseId()).isNotNull().isNotEqualTo(source.id());
    CaseView opened = tenancy.asUser(WR_ADVISOR, () -> cases.get(accepted.caseId()));
    assertThat(opened.leadAdvisorId()).isEqualTo(jonas);
    assertThat(opened.crime().crimeType()).isEqualTo(CrimeType.ROBBERY);
    assertThat(opened.crime().summary()).isNull();
    assertThat(opened.crime().place()).isNull();
    assertThat(opened.crime().crimeCountry()).isNull();
    assertThat(opened.timeline())
        .anySatisfy(entry -> assertThat(String.valueOf(entry)).contains(sent.reference()));
    VictimView victim = tenancy.asUser(WR_ADVISOR, () -> victims.get(opened.victim().id()));
    assertThat(victim.details())
        .isEqualTo(
            new VictimDetails("Joana Prata", "+351 912 000 111", null, null, null, null, null));

    ReferralView senderView = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(senderView.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(senderView.caseId()).isEqualTo(source.id());
    assertThat(senderView.assignedAdvisorId()).isNull();
    assertThat(senderView.dueAt()).isNull();
    assertThat(notifications(userId(APAV_ADVISOR), "referral.notice.accepted", sent.id())).isOne();

    // A case of the sender stays the sender's.
    assertThatThrownBy(() -> tenancy.asUser(WR_ADVISOR, () -> cases.get(source.id())))
        .isInstanceOf(eu.pharos.helpline.CaseNotFound.class);

    // Twice is out of order, and the advisor must belong to the receiver.
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR, () -> referrals.accept(sent.id(), jonas, accepted.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("referral.error.out-of-order"));
  }

  @Test
  void onlyTheReceiverAnswersWithAnAdvisorOfItsOwnAndTheVersionItRead() {
    ReferralView sent = sendFromCase(openApavCase("Carla Dias").id(), wrDe, THREE);

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR,
                    () -> referrals.accept(sent.id(), userId(APAV_ADVISOR), sent.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("referral.error.receiver-only"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () -> referrals.accept(sent.id(), userId(APAV_ADVISOR), sent.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(fields(e)).containsExactly("advisorId"));
    ReferralView read = tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(read.version()).isGreaterThan(sent.version());
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version())))
        .isInstanceOfSatisfying(
            ConcurrentChange.class, e -> assertThat(e.currentVersion()).isEqualTo(read.version()));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR, () -> referrals.recordFirstContact(sent.id(), read.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("referral.error.out-of-order"));
  }

  @Test
  void aDeclineNeedsAReasonGoesBackToTheSenderAndHidesThePackageFromTheReceiver() {
    ReferralView sent = sendFromCase(openApavCase("Inês Matos").id(), wrDe, THREE);

    assertThatThrownBy(
            () ->
                tenancy.asUser(WR_ADVISOR, () -> referrals.decline(sent.id(), " ", sent.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(fields(e)).containsExactly("reason"));
    ReferralView declined =
        tenancy.asUser(
            WR_ADVISOR,
            () -> referrals.decline(sent.id(), "No capacity this month", sent.version()));

    assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(declined.pkg()).isNull();
    ReferralView senderView = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(senderView.declineReason()).isEqualTo("No capacity this month");
    assertThat(senderView.history().get(senderView.history().size() - 1).note())
        .isEqualTo("No capacity this month");
    assertThat(notifications(userId(APAV_ADVISOR), "referral.notice.declined", sent.id())).isOne();
  }

  @Test
  void firstContactAndClosingFollowAcceptanceAndTheFeedbackReachesTheSender() {
    ReferralView sent = sendFromCase(openApavCase("Tiago Neves").id(), wrDe, THREE);
    ReferralView accepted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version()));
    ReferralView contacted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.recordFirstContact(sent.id(), accepted.version()));
    ReferralView closed =
        tenancy.asUser(
            WR_ADVISOR,
            () -> referrals.close(sent.id(), "Supported in court.", contacted.version()));
    assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
    ReferralView senderView = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(senderView.feedback()).isEqualTo("Supported in court.");
    assertThat(notifications(userId(APAV_ADVISOR), "referral.notice.closed", sent.id())).isOne();
  }

  @Test
  void theSenderWithdrawsBeforeAcceptanceOnly() {
    ReferralView sent = sendFromCase(openApavCase("Rita Sousa").id(), wrDe, THREE);
    ReferralView withdrawn =
        tenancy.asUser(
            APAV_ADVISOR, () -> referrals.withdraw(sent.id(), "Victim moved", sent.version()));
    assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR, () -> referrals.withdraw(sent.id(), null, withdrawn.version())))
        .isInstanceOf(InvalidInput.class);
    ReferralView other = sendFromCase(openApavCase("Rita Sousa").id(), wrDe, THREE);
    ReferralView accepted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.accept(other.id(), userId(WR_ADVISOR), other.version()));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR, () -> referrals.withdraw(other.id(), null, accepted.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("referral.error.out-of-order"));
  }

  @Test
  void anExpiredConsentRefusesAcceptance() {
    ReferralView sent = sendFromCase(openApavCase("Marta Pinto").id(), wrDe, THREE);
    jdbc.update(
        "update referral set consent_valid_until = ? where id = ?",
        LocalDate.now().minusDays(1),
        sent.id());

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR,
                    () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("referral.error.consent-not-active"));
    assertThat(tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id())).pkg()).isNull();
  }

  // --- Consent -----------------------------------------------------------------------------------

  @Test
  void withdrawingConsentAfterAcceptanceErasesThePackageAndClearsTheReceivingVictim() {
    CaseView source = openApavCase("Sara Gomes");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);
    ReferralView accepted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version()));

    UUID receivingVictimId =
        jdbc.queryForObject(
            "select victim_id from helpline_case where id = ?", UUID.class, accepted.caseId());
    long byPeopleBefore = auditByPeople(wrDe, accepted.caseId(), receivingVictimId);

    ReferralView withdrawn =
        tenancy.asUser(
            APAV_ADVISOR, () -> referrals.withdrawConsent(sent.id(), ConsentMethod.VERBAL_PHONE));

    // Weisser Ring's records were changed by Pharos: none of its people read or changed anything.
    assertThat(auditByPeople(wrDe, accepted.caseId(), receivingVictimId)).isEqualTo(byPeopleBefore);
    assertThat(
            jdbc.queryForList(
                "select actor_id, actor_label, detail from audit_event"
                    + " where action = 'helpline.shared-data-removed' and target_id = ?"
                    + " and organisation_id = ?",
                accepted.caseId().toString(),
                wrDe))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_id")).isNull();
              assertThat(row.get("actor_label")).isEqualTo("Pharos");
              assertThat((String) row.get("detail"))
                  .startsWith("Einwilligung in die Vermittlung " + sent.reference() + " widerrufen")
                  .doesNotContain("Sara");
            });
    assertThat(withdrawn.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(withdrawn.pkg()).isNull();
    assertThat(withdrawn.consent().withdrawnOn()).isEqualTo(ReferralSide.SENDER);
    assertThat(withdrawn.consent().withdrawalMethod()).isEqualTo(ConsentMethod.VERBAL_PHONE);
    assertThat(
            jdbc.queryForObject(
                "select package_sealed from referral where id = ?", String.class, sent.id()))
        .isNull();
    CaseView receiving = tenancy.asUser(WR_ADVISOR, () -> cases.get(accepted.caseId()));
    VictimView victim = tenancy.asUser(WR_ADVISOR, () -> victims.get(receiving.victim().id()));
    assertThat(victim.details()).isEqualTo(VictimDetails.unnamed());
    assertThat(receiving.crime().crimeType()).isNull();
    assertThat(receiving.timeline())
        .filteredOn(entry -> entry.kind() == TimelineKind.SHARED_DATA_REMOVED)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.text())
                  .isEqualTo("Einwilligung in die Vermittlung " + sent.reference() + " widerrufen");
              assertThat(entry.authorId()).isNull();
            });
    assertThat(receiving.timeline())
        .filteredOn(entry -> entry.kind() == TimelineKind.NOTE)
        .extracting(TimelineEntryView::text)
        .containsExactly("Fall aus Vermittlung " + sent.reference() + " eröffnet.");
    assertThat(tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id())))
        .singleElement()
        .satisfies(c -> assertThat(c.withdrawnAt()).isNotNull());
    assertThat(notifications(userId(WR_ADVISOR), "referral.notice.consent-withdrawn", sent.id()))
        .isOne();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WR_ADVISOR, () -> referrals.withdrawConsent(sent.id(), ConsentMethod.WRITTEN)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void withdrawingTheConsentOnTheVictimsPageWithdrawsTheReferral() {
    CaseView source = openApavCase("Luísa Faria");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);
    ConsentView helplineConsent =
        tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id())).get(0);

    tenancy.asUser(
        APAV_ADVISOR,
        () ->
            victims.withdrawConsent(
                source.victim().id(), helplineConsent.id(), ConsentMethod.WRITTEN));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "select status from referral where id = ?", String.class, sent.id()))
                    .isEqualTo("WITHDRAWN"));
    ReferralView view = tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(view.pkg()).isNull();
    assertThat(view.consent().withdrawnOn()).isEqualTo(ReferralSide.SENDER);
    assertThat(view.consent().withdrawalMethod()).isEqualTo(ConsentMethod.WRITTEN);
  }

  @Test
  void theReceiverRecordsAWithdrawalAndTheSendersHelplineConsentIsWithdrawnToo() {
    CaseView source = openApavCase("Bruna Leal");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);
    ReferralView accepted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version()));

    ReferralView withdrawn =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.withdrawConsent(sent.id(), ConsentMethod.VERBAL_IN_PERSON));

    assertThat(withdrawn.consent().withdrawnOn()).isEqualTo(ReferralSide.RECEIVER);
    assertThat(withdrawn.pkg()).isNull();
    CaseView receiving = tenancy.asUser(WR_ADVISOR, () -> cases.get(accepted.caseId()));
    assertThat(tenancy.asUser(WR_ADVISOR, () -> victims.get(receiving.victim().id())).details())
        .isEqualTo(VictimDetails.unnamed());
    ConsentView senderConsent =
        tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id())).get(0);
    assertThat(senderConsent.withdrawnAt()).isNotNull();
    assertThat(senderConsent.withdrawalMethod()).isEqualTo(ConsentMethod.VERBAL_IN_PERSON);
    // Withdrawn in APAV's helpline by Pharos, on the receiver's word: nobody of APAV recorded it.
    assertThat(senderConsent.withdrawalRecordedBy()).isNull();
    assertThat(
            jdbc.queryForList(
                "select actor_id, actor_label, detail from audit_event"
                    + " where action = 'helpline.consent.withdrawn' and target_id = ?"
                    + " and organisation_id = ?",
                source.victim().id().toString(),
                apav))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor_id")).isNull();
              assertThat(row.get("actor_label")).isEqualTo("Pharos");
              assertThat((String) row.get("detail"))
                  .isEqualTo(
                      "consent "
                          + senderConsent.id()
                          + ": Consentimento para o encaminhamento "
                          + sent.reference()
                          + " retirado");
            });
    assertThat(
            jdbc.queryForObject(
                "select actor_id from audit_event where action = 'referral.consent-withdrawn'"
                    + " and target_id = ?",
                UUID.class,
                sent.id().toString()))
        .isEqualTo(userId(WR_ADVISOR));
    assertThat(notifications(userId(APAV_ADVISOR), "referral.notice.consent-withdrawn", sent.id()))
        .isOne();
    // The sender still sees its own case; the sender's view has no package any more.
    ReferralView senderView = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(sent.id()));
    assertThat(senderView.pkg()).isNull();
    assertThat(senderView.status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  @Test
  void aWithdrawalOnTheVictimsPageAfterAcceptanceClearsTheReceivingVictim() {
    CaseView source = openApavCase("Olga Meireles");
    ReferralView sent = sendFromCase(source.id(), wrDe, THREE);
    ReferralView accepted =
        tenancy.asUser(
            WR_ADVISOR, () -> referrals.accept(sent.id(), userId(WR_ADVISOR), sent.version()));
    ConsentView helplineConsent =
        tenancy.asUser(APAV_ADVISOR, () -> victims.consents(source.victim().id())).get(0);

    tenancy.asUser(
        APAV_SUPERVISOR,
        () ->
            victims.withdrawConsent(
                source.victim().id(), helplineConsent.id(), ConsentMethod.VERBAL_PHONE));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForObject(
                            "select consent_withdrawn_at from referral where id = ?",
                            java.sql.Timestamp.class,
                            sent.id()))
                    .isNotNull());
    CaseView receiving = tenancy.asUser(WR_ADVISOR, () -> cases.get(accepted.caseId()));
    assertThat(tenancy.asUser(WR_ADVISOR, () -> victims.get(receiving.victim().id())).details())
        .isEqualTo(VictimDetails.unnamed());
    assertThat(status(sent.id())).isEqualTo("ACCEPTED");
    assertThat(notifications(userId(WR_ADVISOR), "referral.notice.consent-withdrawn", sent.id()))
        .isOne();
  }

  @Test
  void theDailyRoundErasesPackagesWhoseConsentRanOut() {
    ReferralView waiting = sendFromCase(openApavCase("Vera Lima").id(), wrDe, THREE);
    ReferralView accepted = sendFromCase(openApavCase("Vera Lima").id(), wrDe, THREE);
    tenancy.asUser(
        WR_ADVISOR, () -> referrals.accept(accepted.id(), userId(WR_ADVISOR), accepted.version()));
    LocalDate later = LocalDate.now().plusMonths(7);

    deadlines.expireConsents(later, Instant.now());
    deadlines.expireConsents(later, Instant.now());

    assertThat(status(waiting.id())).isEqualTo("WITHDRAWN");
    assertThat(status(accepted.id())).isEqualTo("ACCEPTED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from referral where id in (?, ?) and package_sealed is not null",
                Integer.class,
                waiting.id(),
                accepted.id()))
        .isZero();
    ReferralView view = tenancy.asUser(APAV_ADVISOR, () -> referrals.get(waiting.id()));
    assertThat(view.history()).last().satisfies(s -> assertThat(s.side()).isNull());
    assertThat(view.history()).filteredOn(s -> s.status() == ReferralStatus.WITHDRAWN).hasSize(1);
  }

  // --- Response targets
  // ----------------------------------------------------------------------------

  @Test
  void aMissedTargetRemindsTheDeskOnceAndEscalatesToSupervisorsOnce() {
    ReferralView sent =
        tenancy.asUser(
            WR_ADVISOR,
            () ->
                referrals.send(
                    new NewReferral(
                        null,
                        null,
                        apav,
                        SupportService.FACE_TO_FACE,
                        ReferralUrgency.IMMEDIATE,
                        consent(EnumSet.of(ReferralItem.CRIME_TYPE)),
                        new ReferralPackage(
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            CrimeType.ASSAULT,
                            null,
                            null,
                            null,
                            null),
                        null,
                        null,
                        null)));
    UUID supervisor = userId(APAV_SUPERVISOR);
    UUID admin = userId(APAV_ADMIN);
    assertThat(notifications(supervisor, "referral.notice.received", sent.id())).isOne();
    assertThat(notifications(admin, "referral.notice.received", sent.id())).isOne();

    Instant due = sent.sentAt().plus(Duration.ofHours(4));
    deadlines.remind(due.minusSeconds(60));
    assertThat(notifications(supervisor, "referral.notice.reminder", sent.id())).isZero();

    deadlines.remind(due.plusSeconds(60));
    deadlines.remind(due.plusSeconds(120));
    assertThat(notifications(supervisor, "referral.notice.reminder", sent.id())).isOne();
    assertThat(notifications(admin, "referral.notice.reminder", sent.id())).isOne();
    assertThat(notifications(supervisor, "referral.notice.escalated", sent.id())).isZero();

    deadlines.remind(due.plus(Duration.ofHours(4)).plusSeconds(60));
    deadlines.remind(due.plus(Duration.ofHours(5)));
    assertThat(notifications(supervisor, "referral.notice.escalated", sent.id())).isOne();
    assertThat(notifications(admin, "referral.notice.escalated", sent.id())).isZero();
    assertThat(notifications(supervisor, "referral.notice.reminder", sent.id())).isOne();

    ReferralSummary listed =
        tenancy
            .asUser(APAV_SUPERVISOR, () -> referrals.list(ReferralQuery.inbox()))
            .items()
            .stream()
            .filter(s -> s.id().equals(sent.id()))
            .findFirst()
            .orElseThrow();
    assertThat(listed.overdue()).isFalse();
    jdbc.update(
        "update referral set due_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
        sent.id());
    assertThat(tenancy.asUser(APAV_SUPERVISOR, () -> referrals.get(sent.id())).overdue()).isTrue();
  }

  // --- Audit and desk ----------------------------------------------------------------------------

  @Test
  void readsOfThePackageAreAuditedInTheReadersOrganisation() {
    ReferralView sent = sendFromCase(openApavCase("Nuno Alves").id(), wrDe, THREE);
    tenancy.asUser(WR_ADVISOR, () -> referrals.get(sent.id()));
    tenancy.asUser(APAV_SUPERVISOR, () -> referrals.get(sent.id()));

    assertThat(packageReads(sent.id(), apav)).isGreaterThanOrEqualTo(2);
    assertThat(packageReads(sent.id(), wrDe)).isOne();
    assertThat(packageReads(sent.id(), saw)).isZero();
  }

  @Test
  void onlyAnOrganisationAdminChangesTheDeskAndTargetsShapeTheDueTime() {
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADVISOR, () -> referrals.changeDesk(new ReferralDesk(null, Map.of()))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    APAV_ADMIN,
                    () ->
                        referrals.changeDesk(
                            new ReferralDesk(
                                "not an address",
                                Map.of(
                                    ReferralUrgency.IMMEDIATE, Duration.ofMinutes(5),
                                    ReferralUrgency.STANDARD, Duration.ofDays(31))))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(fields(e))
                    .containsExactlyInAnyOrder(
                        "notificationEmail", "targets.IMMEDIATE", "targets.STANDARD"));

    ReferralDesk changed =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                referrals.changeDesk(
                    new ReferralDesk(
                        "referrals@apav.example",
                        Map.of(ReferralUrgency.STANDARD, Duration.ofDays(2)))));
    assertThat(changed.notificationEmail()).isEqualTo("referrals@apav.example");
    assertThat(changed.target(ReferralUrgency.STANDARD)).isEqualTo(Duration.ofDays(2));
    assertThat(changed.target(ReferralUrgency.URGENT)).isEqualTo(Duration.ofHours(24));
    assertThat(tenancy.asUser(APAV_ADVISOR, () -> referrals.desk())).isEqualTo(changed);

    try {
      ReferralView sent =
          tenancy.asUser(
              WR_ADVISOR,
              () ->
                  referrals.send(
                      new NewReferral(
                          null,
                          null,
                          apav,
                          SupportService.FACE_TO_FACE,
                          ReferralUrgency.STANDARD,
                          consent(EnumSet.of(ReferralItem.CRIME_TYPE)),
                          new ReferralPackage(
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              CrimeType.ASSAULT,
                              null,
                              null,
                              null,
                              null),
                          null,
                          null,
                          null)));
      assertThat(sent.dueAt()).isEqualTo(sent.sentAt().plus(Duration.ofDays(2)));
      String mail =
          jdbc.queryForObject(
              "select count(*) from platform_mail where recipient = ? and body like ?",
              String.class,
              "referrals@apav.example",
              "%" + sent.reference() + "%");
      assertThat(mail).isEqualTo("1");
    } finally {
      tenancy.asUser(APAV_ADMIN, () -> referrals.changeDesk(new ReferralDesk(null, Map.of())));
    }
  }

  // --- Helpers -----------------------------------------------------------------------------------

  CaseView openApavCase(String name) {
    return tenancy.asUser(
        APAV_ADVISOR,
        () ->
            cases.open(
                new NewCase(
                    null,
                    new VictimDetails(
                        name,
                        "+351 912 000 111",
                        "victim@example.pt",
                        "Rua 1, Lisboa",
                        LocalDate.of(1985, 3, 4),
                        "pt",
                        "PT"),
                    new CrimeDetails(
                        CrimeType.ROBBERY,
                        LocalDate.now().minusDays(3),
                        "Near the station",
                        "DE",
                        "PT",
                        "Robbed while on holiday in Berlin"),
                    null,
                    Set.of())));
  }

  ReferralView sendFromCase(UUID caseId, UUID receiver, Set<ReferralItem> items) {
    return tenancy.asUser(
        APAV_ADVISOR,
        () ->
            referrals.send(
                send(caseId, receiver, SupportService.FACE_TO_FACE, consent(items), null)));
  }

  static NewReferral send(
      UUID caseId,
      UUID receiver,
      SupportService service,
      ReferralConsent consent,
      ReferralPackage pkg) {
    return new NewReferral(
        caseId, null, receiver, service, ReferralUrgency.URGENT, consent, pkg, null, null, null);
  }

  static ReferralConsent consent(Set<ReferralItem> items) {
    return new ReferralConsent(
        items,
        "Support near home",
        ConsentMethod.VERBAL_PHONE,
        Instant.now().minusSeconds(600),
        LocalDate.now().plusMonths(6));
  }

  List<String> badFields(NewReferral referral) {
    try {
      tenancy.asUser(APAV_ADVISOR, () -> referrals.send(referral));
    } catch (InvalidInput e) {
      return fields(e);
    }
    throw new AssertionError("sent, though invalid: " + referral);
  }

  static List<String> fields(InvalidInput e) {
    return e.problems().stream().map(InvalidInput.Problem::field).toList();
  }

  UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  String status(UUID id) {
    return jdbc.queryForObject("select status from referral where id = ?", String.class, id);
  }

  long notifications(UUID userId, String key, UUID referralId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from platform_notification where user_id = ? and message_key = ?"
                + " and link = ?",
            Long.class,
            userId,
            key,
            "/app/referrals/" + referralId);
    return count == null ? 0 : count;
  }

  /** Audit records of the organisation's people about the case or the victim. */
  long auditByPeople(UUID organisationId, UUID caseId, UUID victimId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from audit_event where organisation_id = ? and actor_id is not null"
                + " and target_id in (?, ?)",
            Long.class,
            organisationId,
            caseId.toString(),
            victimId.toString());
    return count == null ? 0 : count;
  }

  long packageReads(UUID referralId, UUID organisationId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from audit_event where action = 'data.read' and target_type = 'referral'"
                + " and target_id = ? and organisation_id = ?",
            Long.class,
            referralId.toString(),
            organisationId);
    return count == null ? 0 : count;
  }
}
