package eu.pharos.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The referral pages with the real facade and security: Weisser Ring (Germany) refers victims to
 * APAV (Portugal); an organisation of its own for the test is the outsider.
 */
@PharosTest
class ReferralPagesTest {

  static final String SENDER = "advisor.wr-de@pharos.test";
  static final String RECEIVER = "advisor.apav@pharos.test";
  static final String RECEIVING_SUPERVISOR = "supervisor.apav@pharos.test";
  static final String RECEIVING_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired Referrals referrals;
  @Autowired Cases cases;
  @Autowired Contacts contacts;

  TenancyCheck tenancy;
  TestTeam outsiders;
  String outsider;
  UUID apav;
  UUID wrDe;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    outsiders = TestTeam.create(jdbc, cipher);
    outsiders.person("Olga Outsider", Role.ADVISOR, Role.ORG_ADMIN);
    outsider = outsiders.email("Olga Outsider");
    apav = organisation("APAV");
    wrDe = organisation("WR-DE");
  }

  // --- Navigation and lists ----------------------------------------------------------------------

  @Test
  void advisorsSupervisorsAndAdminsFindReferralsInTheNavigationAndOthersDoNot() throws Exception {
    for (String user : Set.of(RECEIVER, RECEIVING_SUPERVISOR, RECEIVING_ADMIN)) {
      Document page = page(get("/app"), user, 200);
      assertThat(page.select("#navigation a[href='/app/referrals']")).as(user).hasSize(1);
    }
    page(get("/app/referrals"), RECEIVER, 200);
    assertThat(perform(get("/app/referrals"), RECEIVING_ADMIN).getRedirectedUrl())
        .as("an admin who works no cases manages the desk")
        .isEqualTo("/app/referrals/desk");
    page(get("/app/referrals"), "member.fv@pharos.test", 403);
    assertThat(page(get("/app"), "member.fv@pharos.test", 200).select("a[href='/app/referrals']"))
        .isEmpty();
  }

  @Test
  void theInboxAndOutboxListReferralsWithoutPersonalDataAndFilterByStatus() throws Exception {
    ReferralView sent = sendByPackage("Inês Listada", ReferralUrgency.IMMEDIATE);

    Document inbox = page(get("/app/referrals"), RECEIVER, 200);
    assertThat(inbox.selectFirst("#tab-inbox").attr("aria-current")).isEqualTo("page");
    var row = inbox.selectFirst("tr[data-referral-id=" + sent.id() + "]");
    assertThat(row).isNotNull();
    assertThat(row.text()).contains(sent.reference(), "Weisser Ring");
    assertThat(row.select(".govuk-tag--red").eachText())
        .as("an immediate referral stands out, and it is not late yet")
        .containsExactly("Immediate");
    assertThat(inbox.text()).doesNotContain("Inês Listada");

    Document outbox = page(get("/app/referrals?box=outbox"), SENDER, 200);
    assertThat(outbox.selectFirst("#tab-outbox").attr("aria-current")).isEqualTo("page");
    assertThat(outbox.selectFirst("tr[data-referral-id=" + sent.id() + "]")).isNotNull();
    assertThat(outbox.text()).doesNotContain("Inês Listada");

    Document declinedOnly = page(get("/app/referrals?box=outbox&status=DECLINED"), SENDER, 200);
    assertThat(declinedOnly.selectFirst("tr[data-referral-id=" + sent.id() + "]")).isNull();
    assertThat(declinedOnly.selectFirst("#filter-status option[selected]").val())
        .isEqualTo("DECLINED");
  }

  @Test
  void theOutboxIsPagedByTwentyFive() throws Exception {
    UUID wrAt = organisation("WR-AT");
    for (int i = 0; i < 26; i++) {
      tenancy.asUser(
          outsider, () -> referrals.send(byPackage(wrAt, "Paged", ReferralUrgency.STANDARD)));
    }
    Document first = page(get("/app/referrals?box=outbox"), outsider, 200);
    assertThat(first.select("#referrals tbody tr")).hasSize(25);
    assertThat(first.selectFirst("#count").text()).isEqualTo("Referrals: 26");
    assertThat(first.selectFirst(".govuk-pagination__next a").attr("href"))
        .isEqualTo("/app/referrals?box=outbox&status=&page=1");
    Document second = page(get("/app/referrals?box=outbox&status=&page=1"), outsider, 200);
    assertThat(second.select("#referrals tbody tr")).hasSize(1);
    assertThat(second.selectFirst(".govuk-pagination__prev a")).isNotNull();
    assertThat(second.selectFirst(".govuk-pagination__next")).isNull();
  }

  @Test
  void aMalformedFilterOrPageShowsTheFirstPageOfEverything() throws Exception {
    Document page = page(get("/app/referrals?box=nonsense&status=LOST&page=-3"), RECEIVER, 200);
    assertThat(page.selectFirst("#tab-inbox").attr("aria-current")).isEqualTo("page");
    assertThat(page.selectFirst("#filter-status option[selected]")).isNull();
  }

  @Test
  void anOverdueReferralIsMarked() throws Exception {
    ReferralView sent = sendByPackage("Rita Atrasada", ReferralUrgency.IMMEDIATE);
    jdbc.update(
        "update referral set due_at = ? where id = ?",
        Instant.now().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
        sent.id());
    Document inbox = page(get("/app/referrals"), RECEIVER, 200);
    var row = inbox.selectFirst("tr[data-referral-id=" + sent.id() + "]");
    assertThat(row.attr("data-overdue")).isEqualTo("true");
    assertThat(row.text()).contains("Overdue");
  }

  // --- The referral form -------------------------------------------------------------------------

  @Test
  void theDirectoryStepDefaultsToTheVictimsCountryAndLeavesOutTheCallersOwnOrganisation()
      throws Exception {
    CaseView source = openCase("Joana Directório");
    Document casePage = page(get("/app/helpline/cases/" + source.id()), SENDER, 200);
    assertThat(casePage.selectFirst("#refer").attr("href"))
        .isEqualTo("/app/referrals/new?case=" + source.id());
    Document choose = page(get("/app/referrals/new?case=" + source.id()), SENDER, 200);
    assertThat(choose.selectFirst("#country option[selected]").val()).isEqualTo("PT");
    assertThat(choose.select("#receivers li").eachAttr("data-organisation-id"))
        .contains(apav.toString())
        .doesNotContain(wrDe.toString());
    assertThat(choose.selectFirst("#receivers a[href*='to=" + apav + "']").attr("href"))
        .contains("case=" + source.id())
        .contains("country=PT");

    Document german =
        page(get("/app/referrals/new?case=" + source.id() + "&country=DE"), SENDER, 200);
    assertThat(german.select("#receivers li").eachAttr("data-organisation-id"))
        .doesNotContain(wrDe.toString());

    Document byService =
        page(
            get("/app/referrals/new?case=" + source.id() + "&country=&service=TERRORISM_VICTIMS"),
            SENDER,
            200);
    assertThat(byService.select("#receivers li").eachAttr("data-organisation-id"))
        .contains(apav.toString());
    assertThat(byService.selectFirst("#directory-filter input[name=case]").val())
        .isEqualTo(source.id().toString());
  }

  @Test
  void theFormFromACaseShowsWhichItemsHaveAValue() throws Exception {
    CaseView source = openCase("Joana Valores");
    Document form =
        page(
            get("/app/referrals/new?case=" + source.id() + "&to=" + apav + "&service=HELPLINE"),
            SENDER,
            200);
    assertThat(form.selectFirst("h1").text()).contains("APAV");
    assertThat(form.selectFirst("#item-hint-FULL_NAME").text()).contains("Joana Valores");
    assertThat(form.selectFirst("#item-hint-EMAIL").text())
        .isEqualTo("Nothing recorded in the case");
    assertThat(form.selectFirst("#service option[selected]").val()).isEqualTo("HELPLINE");
    assertThat(form.selectFirst("#validUntil").val())
        .isEqualTo(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(90).toString());
    assertThat(form.select("input[name=items][checked]")).isEmpty();
    assertThat(form.selectFirst("#fullName")).as("no typed package for a case").isNull();
  }

  @Test
  void aReferralFromACaseCarriesOnlyTheTickedItems() throws Exception {
    CaseView source = openCase("Joana Enviada");
    MockHttpServletResponse sent =
        perform(
            sendForm(source.id().toString(), "")
                .param("items", "FULL_NAME", "PHONE", "PREFERRED_LANGUAGE"),
            SENDER);
    assertThat(sent.getStatus()).isEqualTo(302);
    String path = sent.getRedirectedUrl();
    assertThat(path).startsWith("/app/referrals/");

    Document received = page(get(path), RECEIVER, 200);
    assertThat(received.select("#package-items [data-item]").eachAttr("data-item"))
        .containsExactly("FULL_NAME", "PHONE", "PREFERRED_LANGUAGE");
    assertThat(received.selectFirst("#package-items").text())
        .contains("Joana Enviada", "+351 912 000 111")
        .doesNotContain("Porto");
    assertThat(received.selectFirst("#status").text()).isEqualTo("Received");
  }

  @Test
  void aReferralFromAContactSendsTheTypedItemsThatAreTickedAndNoOther() throws Exception {
    ContactView contact = recordContact();
    Document contactPage = page(get("/app/helpline/contacts/" + contact.id()), SENDER, 200);
    assertThat(contactPage.selectFirst("#refer").attr("href"))
        .isEqualTo("/app/referrals/new?contact=" + contact.id());
    Document form =
        page(get("/app/referrals/new?contact=" + contact.id() + "&to=" + apav), SENDER, 200);
    assertThat(form.selectFirst("#preferredLanguage option[selected]").val()).isEqualTo("pt");
    assertThat(form.selectFirst("#crimeType option[selected]").val()).isEqualTo("ASSAULT");

    MockHttpServletResponse sent =
        perform(
            sendForm("", contact.id().toString())
                .param("items", "FULL_NAME", "PHONE")
                .param("fullName", "Carla Contacto")
                .param("phone", "+351 913 222 333")
                .param("email", "not.ticked@example.org"),
            SENDER);
    assertThat(sent.getStatus()).isEqualTo(302);
    Document received = page(get(sent.getRedirectedUrl()), RECEIVER, 200);
    assertThat(received.select("#package-items [data-item]").eachAttr("data-item"))
        .containsExactly("FULL_NAME", "PHONE");
    assertThat(received.text()).contains("Carla Contacto").doesNotContain("not.ticked");
  }

  @Test
  void malformedDatesAreNamedBesideTheirFieldsWithEverythingTypedKeptAndNothingSent()
      throws Exception {
    CaseView source = openCase("Joana Datas");
    long before = referralCount();
    Document refused =
        page(
            sendForm(source.id().toString(), "", "givenAt", "yesterday", "validUntil", "31/12/2026")
                .param("items", "FULL_NAME"),
            SENDER,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#givenAt", "#validUntil");
    assertThat(refused.selectFirst("#givenAt-error")).isNotNull();
    assertThat(refused.selectFirst("#givenAt").val()).isEqualTo("yesterday");
    assertThat(refused.selectFirst("#purpose").val()).isEqualTo("Support near her home");
    assertThat(refused.selectFirst("#message").text()).isEqualTo("Please call in the morning.");
    assertThat(refused.selectFirst("input[value=FULL_NAME]").hasAttr("checked")).isTrue();
    assertThat(referralCount()).isEqualTo(before);
  }

  @Test
  void aReferralWithoutConsentedItemsOrMethodIsRefusedBesideThoseFields() throws Exception {
    CaseView source = openCase("Joana Sem Itens");
    long before = referralCount();
    Document refused =
        page(
            post("/app/referrals/new")
                .with(csrf())
                .param("caseId", source.id().toString())
                .param("to", apav.toString())
                .param("service", "HELPLINE")
                .param("urgency", "STANDARD")
                .param("purpose", "Support near her home")
                .param(
                    "givenAt",
                    LocalDateTime.now().minusHours(1).withNano(0).withSecond(0).toString())
                .param("validUntil", LocalDate.now().plusDays(30).toString()),
            SENDER,
            400);
    assertThat(refused.selectFirst("#items-error")).isNotNull();
    assertThat(refused.selectFirst("#method-error")).isNotNull();
    assertThat(refused.selectFirst("#purpose").val()).isEqualTo("Support near her home");
    assertThat(referralCount()).isEqualTo(before);
  }

  @Test
  void aReferralToTheCallersOwnOrganisationOrWithAnExpiredConsentIsRefused() throws Exception {
    CaseView source = openCase("Joana Própria");
    Document own =
        page(
            sendForm(source.id().toString(), "", "to", wrDe.toString()).param("items", "FULL_NAME"),
            SENDER,
            400);
    assertThat(own.select(".govuk-error-summary__list li")).isNotEmpty();

    Document expired =
        page(
            sendForm(
                    source.id().toString(),
                    "",
                    "validUntil",
                    LocalDate.now().minusDays(2).toString())
                .param("items", "FULL_NAME"),
            SENDER,
            400);
    assertThat(expired.selectFirst("#validUntil-error")).isNotNull();
    assertThat(expired.selectFirst("#validUntil").val())
        .isEqualTo(LocalDate.now().minusDays(2).toString());
  }

  @Test
  void anotherOrganisationsCaseCannotBeReferred() throws Exception {
    CaseView source = openCase("Joana Alheia");
    page(get("/app/referrals/new?case=" + source.id()), RECEIVER, 404);
    page(sendForm(source.id().toString(), "").param("items", "FULL_NAME"), RECEIVER, 404);
  }

  // --- A referral's page and its actions --------------------------------------------------------

  @Test
  void theReceiverAcceptsAssigningAnAdvisorAndReachesTheNewCase() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Aceite", ReferralUrgency.URGENT);
    Document shown = page(get("/app/referrals/" + sent.id()), RECEIVING_SUPERVISOR, 200);
    UUID supervisor = userId(RECEIVING_SUPERVISOR);
    assertThat(shown.selectFirst("#accept-advisor option[selected]").val())
        .isEqualTo(supervisor.toString());
    assertThat(shown.select("#history-steps li").eachAttr("data-status"))
        .contains("SENT", "RECEIVED");
    long version = Long.parseLong(shown.selectFirst("#accept-form input[name=version]").val());

    MockHttpServletResponse accepted =
        perform(
            post("/app/referrals/" + sent.id() + "/accept")
                .with(csrf())
                .param("advisorId", userId(RECEIVER).toString())
                .param("version", Long.toString(version)),
            RECEIVING_SUPERVISOR);
    assertThat(accepted.getStatus()).isEqualTo(302);

    Document after = page(get("/app/referrals/" + sent.id()), RECEIVING_SUPERVISOR, 200);
    assertThat(after.selectFirst("#status").text()).isEqualTo("Accepted");
    assertThat(after.selectFirst("#case-link").attr("href")).startsWith("/app/helpline/cases/");
    assertThat(after.selectFirst("#assigned").text()).isEqualTo("Alex Advisor (APAV)");
    assertThat(after.selectFirst("#accept-form")).isNull();

    Document senderSide = page(get("/app/referrals/" + sent.id()), SENDER, 200);
    assertThat(senderSide.selectFirst("#status").text()).isEqualTo("Accepted");
    assertThat(senderSide.selectFirst("#case-link")).isNull();
    assertThat(senderSide.selectFirst("#withdraw-form")).isNull();
  }

  @Test
  void anAcceptOnAStaleVersionIsAConflictShowingTheReferralAsItNowStands() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Conflito", ReferralUrgency.STANDARD);
    ReferralView seen = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id()));
    tenancy.asUser(
        RECEIVING_SUPERVISOR, () -> referrals.decline(sent.id(), "No capacity", seen.version()));

    Document conflict =
        page(
            post("/app/referrals/" + sent.id() + "/accept")
                .with(csrf())
                .param("advisorId", userId(RECEIVER).toString())
                .param("version", Long.toString(seen.version())),
            RECEIVER,
            409);
    assertThat(conflict.selectFirst("#conflict")).isNotNull();
    assertThat(conflict.selectFirst("#status").text()).isEqualTo("Declined");
    assertThat(conflict.selectFirst("#accept-form")).isNull();
  }

  @Test
  void anAcceptWithoutAnAdvisorIsRefusedBesideTheChoice() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Sem Técnico", ReferralUrgency.STANDARD);
    ReferralView seen = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id()));
    Document refused =
        page(
            post("/app/referrals/" + sent.id() + "/accept")
                .with(csrf())
                .param("advisorId", "")
                .param("version", Long.toString(seen.version())),
            RECEIVER,
            400);
    assertThat(refused.selectFirst("#accept-advisor-error")).isNotNull();
    assertThat(status(sent.id())).isEqualTo(ReferralStatus.RECEIVED);
  }

  @Test
  void aDeclineNeedsAReasonAndTheSenderReadsIt() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Recusada", ReferralUrgency.STANDARD);
    ReferralView seen = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id()));
    Document refused =
        page(
            post("/app/referrals/" + sent.id() + "/decline")
                .with(csrf())
                .param("reason", "   ")
                .param("version", Long.toString(seen.version())),
            RECEIVER,
            400);
    assertThat(refused.selectFirst("#decline-reason-error")).isNotNull();
    assertThat(refused.selectFirst("#decline-details").hasAttr("open")).isTrue();

    perform(
        post("/app/referrals/" + sent.id() + "/decline")
            .with(csrf())
            .param("reason", "We do not cover that region")
            .param("version", Long.toString(seen.version())),
        RECEIVER);
    Document senderSide = page(get("/app/referrals/" + sent.id()), SENDER, 200);
    assertThat(senderSide.selectFirst("#status").text()).isEqualTo("Declined");
    assertThat(senderSide.selectFirst("#decline-reason-shown").text())
        .isEqualTo("We do not cover that region");
  }

  @Test
  void theReceiverRecordsTheFirstContactAndClosesWithFeedbackForTheSender() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Fechada", ReferralUrgency.STANDARD);
    ReferralView seen = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id()));
    ReferralView accepted =
        tenancy.asUser(
            RECEIVER, () -> referrals.accept(sent.id(), userId(RECEIVER), seen.version()));

    assertThat(
            perform(
                    post("/app/referrals/" + sent.id() + "/first-contact")
                        .with(csrf())
                        .param("version", Long.toString(accepted.version())),
                    RECEIVER)
                .getStatus())
        .isEqualTo(302);
    assertThat(status(sent.id())).isEqualTo(ReferralStatus.FIRST_CONTACT);
    Document again =
        page(
            post("/app/referrals/" + sent.id() + "/first-contact")
                .with(csrf())
                .param("version", Long.toString(accepted.version())),
            RECEIVER,
            409);
    assertThat(again.selectFirst("#conflict")).isNotNull();

    long version = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id())).version();
    perform(
        post("/app/referrals/" + sent.id() + "/close")
            .with(csrf())
            .param("feedback", "Supported through the trial")
            .param("version", Long.toString(version)),
        RECEIVER);
    Document senderSide = page(get("/app/referrals/" + sent.id()), SENDER, 200);
    assertThat(senderSide.selectFirst("#status").text()).isEqualTo("Closed");
    assertThat(senderSide.selectFirst("#feedback-shown").text())
        .isEqualTo("Supported through the trial");
  }

  @Test
  void theSenderWithdrawsAReferralNotYetAccepted() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Retirada", ReferralUrgency.STANDARD);
    Document shown = page(get("/app/referrals/" + sent.id()), SENDER, 200);
    assertThat(shown.selectFirst("#accept-form")).isNull();
    long version = Long.parseLong(shown.selectFirst("#withdraw-form input[name=version]").val());
    assertThat(
            perform(
                    post("/app/referrals/" + sent.id() + "/withdraw")
                        .with(csrf())
                        .param("reason", "The victim found help nearer")
                        .param("version", Long.toString(version)),
                    SENDER)
                .getStatus())
        .isEqualTo(302);
    assertThat(status(sent.id())).isEqualTo(ReferralStatus.WITHDRAWN);
    Document receiverSide = page(get("/app/referrals/" + sent.id()), RECEIVER, 200);
    assertThat(receiverSide.selectFirst("#package-items")).isNull();
    assertThat(receiverSide.selectFirst("#accept-form")).isNull();
  }

  @Test
  void aWithdrawalOfConsentNeedsAMethodThenErasesThePackageForTheReceiver() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Consentimento", ReferralUrgency.STANDARD);
    ReferralView seen = tenancy.asUser(RECEIVER, () -> referrals.get(sent.id()));
    tenancy.asUser(RECEIVER, () -> referrals.accept(sent.id(), userId(RECEIVER), seen.version()));

    Document refused =
        page(
            post("/app/referrals/" + sent.id() + "/consent-withdrawal").with(csrf()),
            RECEIVER,
            400);
    assertThat(refused.selectFirst("#consent-method-error")).isNotNull();
    assertThat(refused.selectFirst("#consent-withdrawal-details").hasAttr("open")).isTrue();
    assertThat(refused.selectFirst("#package-items").text()).contains("Beatriz Consentimento");

    assertThat(
            perform(
                    post("/app/referrals/" + sent.id() + "/consent-withdrawal")
                        .with(csrf())
                        .param("method", ConsentMethod.WRITTEN.name()),
                    SENDER)
                .getStatus())
        .isEqualTo(302);
    Document receiverSide = page(get("/app/referrals/" + sent.id()), RECEIVER, 200);
    assertThat(receiverSide.selectFirst("#package-items")).isNull();
    assertThat(receiverSide.selectFirst("#package-gone")).isNotNull();
    assertThat(receiverSide.selectFirst("#consent-withdrawn")).isNotNull();
    assertThat(receiverSide.text()).doesNotContain("Beatriz Consentimento");
    assertThat(receiverSide.selectFirst("#consent-withdrawal-form")).isNull();
  }

  // --- Tenancy -----------------------------------------------------------------------------------

  @Test
  void anotherOrganisationsReferralIsNotFound() throws Exception {
    ReferralView sent = sendByPackage("Beatriz Alheia", ReferralUrgency.STANDARD);
    tenancy.assertOnlyOwnOrganisationSees("/app/referrals/" + sent.id(), SENDER, outsider);
    tenancy.assertOnlyOwnOrganisationSees("/app/referrals/" + sent.id(), RECEIVER, outsider);
    page(
        post("/app/referrals/" + sent.id() + "/accept")
            .with(csrf())
            .param("advisorId", outsiders.id("Olga Outsider").toString())
            .param("version", "0"),
        outsider,
        404);
    page(
        post("/app/referrals/" + sent.id() + "/consent-withdrawal")
            .with(csrf())
            .param("method", "WRITTEN"),
        outsider,
        404);
    page(get("/app/referrals/" + UUID.randomUUID()), RECEIVER, 404);
    assertThat(page(get("/app/referrals?box=outbox"), outsider, 200).text())
        .doesNotContain(sent.reference());
    assertThat(status(sent.id())).isIn(ReferralStatus.SENT, ReferralStatus.RECEIVED);
  }

  // --- The desk ----------------------------------------------------------------------------------

  @Test
  void anOrganisationAdminSetsTheDeskAndBadHoursAreNamedBesideTheirFields() throws Exception {
    Document shown = page(get("/app/referrals/desk"), outsider, 200);
    assertThat(shown.selectFirst("#target-IMMEDIATE").val()).isEqualTo("4");
    assertThat(shown.selectFirst("#target-STANDARD").val()).isEqualTo("120");

    Document refused =
        page(
            post("/app/referrals/desk")
                .with(csrf())
                .param("notificationEmail", "desk@team.test")
                .param("target-IMMEDIATE", "two")
                .param("target-URGENT", "24")
                .param("target-STANDARD", ""),
            outsider,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#target-IMMEDIATE", "#target-STANDARD");
    assertThat(refused.selectFirst("#target-IMMEDIATE").val()).isEqualTo("two");
    assertThat(refused.selectFirst("#notificationEmail").val()).isEqualTo("desk@team.test");

    Document outOfRange =
        page(
            post("/app/referrals/desk")
                .with(csrf())
                .param("notificationEmail", "not an address")
                .param("target-IMMEDIATE", "0.1")
                .param("target-URGENT", "24")
                .param("target-STANDARD", "100"),
            outsider,
            400);
    assertThat(outOfRange.selectFirst("#notificationEmail-error")).isNotNull();
    assertThat(outOfRange.selectFirst("#target-IMMEDIATE-error")).isNotNull();

    assertThat(
            perform(
                    post("/app/referrals/desk")
                        .with(csrf())
                        .param("notificationEmail", "desk@team.test")
                        .param("target-IMMEDIATE", "2.5")
                        .param("target-URGENT", "12")
                        .param("target-STANDARD", "72"),
                    outsider)
                .getStatus())
        .isEqualTo(302);
    ReferralDesk desk = tenancy.asUser(outsider, () -> referrals.desk());
    assertThat(desk.notificationEmail()).isEqualTo("desk@team.test");
    assertThat(desk.target(ReferralUrgency.IMMEDIATE)).isEqualTo(Duration.ofMinutes(150));
    assertThat(
            page(get("/app/referrals/desk"), outsider, 200).selectFirst("#target-IMMEDIATE").val())
        .isEqualTo("2.5");
  }

  @Test
  void onlyAnOrganisationAdminOpensTheDesk() throws Exception {
    page(get("/app/referrals/desk"), RECEIVER, 403);
    page(get("/app/referrals/desk"), RECEIVING_SUPERVISOR, 403);
    page(get("/app/referrals/desk"), RECEIVING_ADMIN, 200);
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /** A case of Weisser Ring for a Portuguese victim living in Portugal. */
  private CaseView openCase(String victimName) {
    return tenancy.asUser(
        SENDER,
        () ->
            cases.open(
                new NewCase(
                    null,
                    new VictimDetails(victimName, "+351 912 000 111", null, null, null, "pt", "PT"),
                    new CrimeDetails(
                        CrimeType.ASSAULT,
                        LocalDate.now().minusDays(3),
                        "Porto",
                        "DE",
                        "PT",
                        "Attacked on holiday"),
                    null,
                    Set.of())));
  }

  private ContactView recordContact() {
    return tenancy.asUser(
        SENDER,
        () ->
            contacts.record(
                new NewContact(
                    ContactChannel.PHONE,
                    null,
                    null,
                    ContactDirection.INBOUND,
                    Instant.now().minusSeconds(600),
                    300,
                    "pt",
                    null,
                    SupportService.HELPLINE,
                    CrimeType.ASSAULT,
                    null,
                    null,
                    false,
                    null,
                    null,
                    false)));
  }

  /** A referral from Weisser Ring to APAV with a package of name, phone and language. */
  private ReferralView sendByPackage(String name, ReferralUrgency urgency) {
    return tenancy.asUser(SENDER, () -> referrals.send(byPackage(apav, name, urgency)));
  }

  private static NewReferral byPackage(UUID receiver, String name, ReferralUrgency urgency) {
    return new NewReferral(
        null,
        null,
        receiver,
        SupportService.HELPLINE,
        urgency,
        new ReferralConsent(
            Set.of(ReferralItem.FULL_NAME, ReferralItem.PHONE, ReferralItem.PREFERRED_LANGUAGE),
            "Support near her home",
            ConsentMethod.VERBAL_PHONE,
            Instant.now().minus(10, ChronoUnit.MINUTES),
            LocalDate.now().plusDays(90)),
        new ReferralPackage(
            name, "+351 912 000 222", null, null, null, "pt", null, null, null, null, null, null),
        "Please call in the morning.",
        null,
        null);
  }

  /**
   * The referral form as a user fills it, to APAV; {@code changes} are field names and values that
   * replace or add to what is typed.
   */
  private MockHttpServletRequestBuilder sendForm(
      String caseId, String contactId, String... changes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("caseId", caseId);
    fields.put("contactId", contactId);
    fields.put("to", apav.toString());
    fields.put("service", "HELPLINE");
    fields.put("urgency", "URGENT");
    fields.put("purpose", "Support near her home");
    fields.put("method", "VERBAL_PHONE");
    fields.put(
        "givenAt",
        LocalDateTime.now(ZoneId.of("Europe/Berlin"))
            .minusMinutes(30)
            .truncatedTo(ChronoUnit.MINUTES)
            .toString());
    fields.put("validUntil", LocalDate.now().plusDays(90).toString());
    fields.put("message", "Please call in the morning.");
    for (int i = 0; i + 1 < changes.length; i += 2) {
      fields.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/app/referrals/new").with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private ReferralStatus status(UUID id) {
    return tenancy.asUser(SENDER, () -> referrals.get(id)).status();
  }

  private long referralCount() {
    Long count = jdbc.queryForObject("select count(*) from referral", Long.class);
    return count == null ? 0 : count;
  }

  private UUID organisation(String shortName) {
    return jdbc.queryForObject(
        "select id from identity_organisation where short_name = ?", UUID.class, shortName);
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
