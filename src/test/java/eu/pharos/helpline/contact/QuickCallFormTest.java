package eu.pharos.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.NewCase;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.SupportService;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quick call form and the contact pages through MockMvc, as an advisor uses them: defaults, the
 * required fields only, every field, each bad input with its message beside its field (400, with
 * everything typed kept), the case choices, the list, a contact's page and its link to a case.
 */
@PharosTest
class QuickCallFormTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Contacts contacts;
  @Autowired Cases cases;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theFormStartsOnInboundNowAndTheOrganisations116006Line() throws Exception {
    Document page = page(get("/app/helpline/calls/new").with(tenancy.as(ADVISOR)), 200);

    assertThat(page.title()).isEqualTo("Record a call – Pharos");
    assertThat(page.selectFirst("#direction").attr("value")).isEqualTo("INBOUND");
    assertThat(page.selectFirst("#direction").hasAttr("checked")).isTrue();
    assertThat(page.select("[autofocus]")).as("one field has the focus").hasSize(1);
    assertThat(page.selectFirst("[autofocus]").id()).isEqualTo("direction");
    assertThat(page.selectFirst("#line option[selected]").attr("value"))
        .isEqualTo(line116006(ADVISOR).id().toString());
    assertThat(page.selectFirst("#date").attr("value")).isEqualTo(LocalDate.now(LISBON).toString());
    assertThat(page.selectFirst("#time").attr("value")).matches("\\d{2}:\\d{2}");
    assertThat(page.select("#channel")).as("a call is on the phone").isEmpty();
    assertThat(page.selectFirst("#caseChoice").hasAttr("checked")).isTrue();
    assertThat(page.select("form#contact-form button[type=submit]"))
        .as("Enter in a text field submits with the one button")
        .hasSize(1);
    assertThat(page.select("#language optgroup").first().select("option"))
        .extracting(o -> o.attr("value"))
        .containsExactly("en", "pt");
  }

  @Test
  void aCallWithOnlyTheRequiredFieldsIsSavedAndConfirmed() throws Exception {
    LocalDateTime now = LocalDateTime.now(LISBON).minusMinutes(2);
    MvcResult result =
        mvc.perform(
                post("/app/helpline/calls/new")
                    .with(tenancy.as(ADVISOR))
                    .with(csrf())
                    .param("direction", "INBOUND")
                    .param("date", now.toLocalDate().toString())
                    .param("time", now.format(DateTimeFormatter.ofPattern("HH:mm")))
                    .param("line", line116006(ADVISOR).id().toString())
                    .param("caseChoice", "NONE"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/app/helpline/contacts/recorded");
    UUID id = (UUID) result.getFlashMap().get("recordedId");
    assertThat(new java.util.HashMap<String, Object>(result.getFlashMap()))
        .doesNotContainValue(null);

    Document confirmation =
        page(
            get("/app/helpline/contacts/recorded")
                .with(tenancy.as(ADVISOR))
                .flashAttrs(result.getFlashMap()),
            200);
    assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Call recorded");
    assertThat(confirmation.selectFirst("#view-contact").attr("href"))
        .isEqualTo("/app/helpline/contacts/" + id);
    assertThat(confirmation.selectFirst("#record-another").attr("href"))
        .isEqualTo("/app/helpline/calls/new");
    assertThat(confirmation.select("#view-case")).isEmpty();

    ContactView saved = tenancy.asUser(ADVISOR, () -> contacts.get(id));
    assertThat(saved.channel()).isEqualTo(ContactChannel.PHONE);
    assertThat(saved.direction()).isEqualTo(ContactDirection.INBOUND);
    assertThat(saved.helplineId()).isEqualTo(line116006(ADVISOR).id());
    assertThat(saved.startedAt())
        .isEqualTo(now.truncatedTo(ChronoUnit.MINUTES).atZone(LISBON).toInstant());
    assertThat(saved.advisorId()).isEqualTo(user(ADVISOR).userId());
    assertThat(saved.caseId()).isNull();
    assertThat(saved.note()).isNull();
  }

  @Test
  void aCallWithEveryFieldIsSavedAsTyped() throws Exception {
    MvcResult result =
        mvc.perform(
                valid(ADVISOR, "direction", "OUTBOUND")
                    .param("durationMinutes", "17")
                    .param("line", "")
                    .param("lineLabel", "Faro office")
                    .param("crimeType", "ROBBERY")
                    .param("topic", "COMPENSATION_CLAIMS")
                    .param("outcome", "REFERRED_EXTERNALLY")
                    .param("language", "uk")
                    .param("heardFrom", "SEARCH_ENGINE")
                    .param("anonymous", "true")
                    .param(
                        "note", "Robbed at the bus stop.\r\nReferred to the compensation office."))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    ContactView saved =
        tenancy.asUser(ADVISOR, () -> contacts.get((UUID) result.getFlashMap().get("recordedId")));
    assertThat(saved.direction()).isEqualTo(ContactDirection.OUTBOUND);
    assertThat(saved.durationSeconds()).isEqualTo(17 * 60);
    assertThat(saved.helplineId()).isNull();
    assertThat(saved.lineLabel()).isEqualTo("Faro office");
    assertThat(saved.crimeType()).isEqualTo(CrimeType.ROBBERY);
    assertThat(saved.topic()).isEqualTo(SupportService.COMPENSATION_CLAIMS);
    assertThat(saved.outcome()).isEqualTo(ContactOutcome.REFERRED_EXTERNALLY);
    assertThat(saved.language()).isEqualTo("uk");
    assertThat(saved.heardFrom()).isEqualTo(HeardFrom.SEARCH_ENGINE);
    assertThat(saved.anonymous()).isTrue();
    assertThat(saved.note())
        .isEqualTo("Robbed at the bus stop.\r\nReferred to the compensation office.");

    Document contactPage =
        page(get("/app/helpline/contacts/" + saved.id()).with(tenancy.as(ADVISOR)), 200);
    assertThat(contactPage.select("#note p"))
        .extracting(e -> e.text())
        .containsExactly("Robbed at the bus stop.", "Referred to the compensation office.");
    assertThat(contactPage.selectFirst("#details").text())
        .contains("Faro office", "17 min", "Ukrainian", "Robbery", "Search engine", "Yes");
  }

  @Test
  void eachBadInputIsShownBesideItsFieldWithEverythingTypedKept() throws Exception {
    Integer before = jdbc.queryForObject("select count(*) from helpline_contact", Integer.class);
    LocalDateTime inAnHour = LocalDateTime.now(LISBON).plusHours(1);

    // A start in the future.
    Document future =
        invalid(
            valid(
                    ADVISOR,
                    "date",
                    inAnHour.toLocalDate().toString(),
                    "time",
                    inAnHour.format(DateTimeFormatter.ofPattern("HH:mm")))
                .param("note", "Kept while the start is fixed"));
    assertThat(error(future, "date")).isEqualTo("Error: The start must not be in the future");
    assertThat(future.selectFirst("#note").text()).isEqualTo("Kept while the start is fixed");
    assertThat(future.selectFirst(".govuk-error-summary a").attr("href")).isEqualTo("#date");

    // Over 24 hours.
    Document tooLong = invalid(valid(ADVISOR).param("durationMinutes", "1441"));
    assertThat(error(tooLong, "durationMinutes"))
        .isEqualTo("Error: The duration must be between 0 and 24 hours");
    assertThat(tooLong.selectFirst("#durationMinutes").attr("value")).isEqualTo("1441");

    // Not a number of minutes.
    Document notANumber = invalid(valid(ADVISOR).param("durationMinutes", "ten"));
    assertThat(error(notANumber, "durationMinutes"))
        .isEqualTo("Error: Enter the duration as a whole number of minutes");

    // An unknown language code.
    Document language =
        invalid(valid(ADVISOR).param("language", "xx").param("crimeType", "ASSAULT"));
    assertThat(error(language, "language")).isEqualTo("Error: Choose a language from the list");
    assertThat(language.selectFirst("#crimeType option[selected]").attr("value"))
        .isEqualTo("ASSAULT");

    // Weisser Ring's 116 006 line.
    Document line = invalid(valid(ADVISOR).param("line", line116006(OUTSIDER).id().toString()));
    assertThat(error(line, "line")).isEqualTo("Error: Choose one of your organisation’s lines");

    // A case reference of another organisation: "not found", like an unknown one.
    CaseView foreign = foreignCase();
    Document foreignCase =
        invalid(
            valid(ADVISOR)
                .param("caseChoice", "ATTACH")
                .param("caseReference", foreign.reference()));
    assertThat(error(foreignCase, "caseReference"))
        .isEqualTo("Error: No case with this reference was found");
    assertThat(foreignCase.selectFirst("#caseReference").attr("value"))
        .isEqualTo(foreign.reference());
    assertThat(foreignCase.selectFirst("#caseChoice-attach").hasAttr("checked")).isTrue();

    // Attach chosen without a reference; a date that does not exist.
    Document noReference =
        invalid(valid(ADVISOR, "date", "2026-02-30").param("caseChoice", "ATTACH"));
    assertThat(error(noReference, "caseReference")).isEqualTo("Error: Enter the case reference");
    assertThat(error(noReference, "date"))
        .isEqualTo("Error: Enter a real date, for example 2026-05-03");

    // A new case asked for with a reference typed as well: which one is meant?
    Document both =
        invalid(valid(ADVISOR).param("caseChoice", "OPEN").param("caseReference", "C-2026-000001"));
    assertThat(error(both, "caseReference"))
        .isEqualTo(
            "Error: Clear the case reference to open a new case, or choose to attach the contact to"
                + " that case");

    assertThat(jdbc.queryForObject("select count(*) from helpline_contact", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void aCallOpensANewCaseOrJoinsOneByItsReference() throws Exception {
    MvcResult opened =
        mvc.perform(valid(ADVISOR).param("crimeType", "HATE_CRIME").param("caseChoice", "OPEN"))
            .andReturn();
    assertThat(opened.getResponse().getStatus()).isEqualTo(302);
    UUID caseId = (UUID) opened.getFlashMap().get("recordedCaseId");
    String reference = (String) opened.getFlashMap().get("recordedCaseReference");
    assertThat(caseId).isNotNull();
    CaseView newCase = tenancy.asUser(ADVISOR, () -> cases.get(caseId));
    assertThat(newCase.crime().crimeType()).isEqualTo(CrimeType.HATE_CRIME);
    Document confirmation =
        page(
            get("/app/helpline/contacts/recorded")
                .with(tenancy.as(ADVISOR))
                .flashAttrs(opened.getFlashMap()),
            200);
    assertThat(confirmation.selectFirst(".govuk-panel__body").text())
        .isEqualTo("New case " + reference + " opened");
    assertThat(confirmation.selectFirst("#view-case").attr("href"))
        .isEqualTo("/app/helpline/cases/" + caseId);

    // A second call about the same case, its reference typed in lower case.
    MvcResult attached =
        mvc.perform(
                valid(SUPERVISOR)
                    .param("caseChoice", "ATTACH")
                    .param("caseReference", " " + reference.toLowerCase() + " "))
            .andReturn();
    assertThat(attached.getResponse().getStatus()).isEqualTo(302);
    assertThat(attached.getFlashMap().get("recordedCaseId")).isEqualTo(caseId);
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.ofCase(caseId))).hasSize(2);
  }

  @Test
  void aContactOfAnotherChannelIsRecordedWithItsChannel() throws Exception {
    Document form = page(get("/app/helpline/contacts/new").with(tenancy.as(ADVISOR)), 200);
    assertThat(form.selectFirst("[autofocus]").id()).isEqualTo("channel");

    Document noChannel = invalid(validAt(ADVISOR, "/app/helpline/contacts/new"));
    assertThat(error(noChannel, "channel")).isEqualTo("Error: Choose the channel");

    MvcResult result =
        mvc.perform(validAt(ADVISOR, "/app/helpline/contacts/new").param("channel", "EMAIL"))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getFlashMap().get("quick")).isEqualTo(false);
    UUID id = (UUID) result.getFlashMap().get("recordedId");
    assertThat(tenancy.asUser(ADVISOR, () -> contacts.get(id)).channel())
        .isEqualTo(ContactChannel.EMAIL);
  }

  @Test
  void theListFiltersUnlinkedContactsAndAContactIsLinkedToACaseFromItsPage() throws Exception {
    MvcResult recorded = mvc.perform(valid(ADVISOR).param("durationMinutes", "3")).andReturn();
    UUID id = (UUID) recorded.getFlashMap().get("recordedId");
    String today = LocalDate.now(LISBON).toString();

    assertThat(listedAsUnlinked(id, today, "mine")).isTrue();

    // A reference of another organisation's case: not found, and the contact stays unlinked.
    CaseView foreign = foreignCase();
    Document refused =
        page(
            post("/app/helpline/contacts/" + id + "/case-link")
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .param("caseReference", foreign.reference()),
            400);
    assertThat(error(refused, "caseReference"))
        .isEqualTo("Error: No case with this reference was found");

    CaseView own = openCase(ADVISOR);
    MockHttpServletResponse linked =
        mvc.perform(
                post("/app/helpline/contacts/" + id + "/case-link")
                    .with(tenancy.as(ADVISOR))
                    .with(csrf())
                    .param("caseReference", own.reference()))
            .andReturn()
            .getResponse();
    assertThat(linked.getRedirectedUrl()).isEqualTo("/app/helpline/contacts/" + id);
    Document page = page(get("/app/helpline/contacts/" + id).with(tenancy.as(ADVISOR)), 200);
    assertThat(page.selectFirst("#case-link").text()).isEqualTo(own.reference());
    assertThat(page.select("#link-form")).isEmpty();

    assertThat(listedAsUnlinked(id, today, null)).isFalse();
  }

  /**
   * Whether any page of the day's unlinked contacts lists the contact: other tests record contacts
   * of the same advisor on the same day, later ones first, so it need not be on the first page.
   */
  private boolean listedAsUnlinked(UUID id, String day, String who) throws Exception {
    for (int page = 0; page < 1_000; page++) {
      MockHttpServletRequestBuilder request =
          get("/app/helpline/contacts")
              .param("unlinked", "true")
              .param("from", day)
              .param("to", day)
              .param("page", Integer.toString(page))
              .with(tenancy.as(ADVISOR));
      if (who != null) {
        request.param("who", who);
      }
      Document list = page(request, 200);
      if (!list.select("#contacts a[href='/app/helpline/contacts/" + id + "']").isEmpty()) {
        return true;
      }
      if (list.select("#contacts a[href^='/app/helpline/contacts/']").isEmpty()) {
        return false;
      }
    }
    throw new AssertionError("the list of unlinked contacts did not end");
  }

  @Test
  void anotherOrganisationGetsNotFoundForTheContactPage() throws Exception {
    MvcResult recorded = mvc.perform(valid(ADVISOR)).andReturn();
    UUID id = (UUID) recorded.getFlashMap().get("recordedId");
    tenancy.assertOnlyOwnOrganisationSees("/app/helpline/contacts/" + id, ADVISOR, OUTSIDER);
    assertThat(
            mvc.perform(
                    post("/app/helpline/contacts/" + id + "/case-link")
                        .with(tenancy.as(OUTSIDER))
                        .with(csrf())
                        .param("caseReference", "C-2026-000001"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  /** A valid quick call form as posted, each given name and value replacing the default's. */
  MockHttpServletRequestBuilder valid(String email, String... namesAndValues) {
    return validAt(email, "/app/helpline/calls/new", namesAndValues);
  }

  MockHttpServletRequestBuilder validAt(String email, String path, String... namesAndValues) {
    LocalDateTime now = LocalDateTime.now(LISBON).minusMinutes(1);
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("direction", "INBOUND");
    params.put("date", now.toLocalDate().toString());
    params.put("time", now.format(DateTimeFormatter.ofPattern("HH:mm")));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    MockHttpServletRequestBuilder request = post(path).with(tenancy.as(email)).with(csrf());
    params.forEach(request::param);
    return request;
  }

  Document invalid(MockHttpServletRequestBuilder request) throws Exception {
    Document page = page(request, 400);
    assertThat(page.selectFirst(".govuk-error-summary").text()).startsWith("There is a problem");
    return page;
  }

  Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString());
  }

  static String error(Document page, String field) {
    var message = page.selectFirst("#" + field + "-error");
    assertThat(message).as("message beside %s", field).isNotNull();
    return message.text();
  }

  StaffUser user(String email) {
    return (StaffUser) userDetails.loadUserByUsername(email);
  }

  HelplineView line116006(String email) {
    return directory.member(user(email).organisationId()).orElseThrow().helplines().stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .orElseThrow();
  }

  /**
   * A case of Weisser Ring whose reference no APAV case has: references are numbered per
   * organisation, so the same reference may name a case of each.
   */
  CaseView foreignCase() {
    UUID apav = user(ADVISOR).organisationId();
    while (true) {
      CaseView foreign = openCase(OUTSIDER);
      Integer same =
          jdbc.queryForObject(
              "select count(*) from helpline_case where organisation_id = ? and reference = ?",
              Integer.class,
              apav,
              foreign.reference());
      if (same == 0) {
        return foreign;
      }
    }
  }

  CaseView openCase(String email) {
    return tenancy.asUser(
        email,
        () ->
            cases.open(
                new NewCase(
                    null,
                    null,
                    new CrimeDetails(CrimeType.ASSAULT, null, null, null, null, null),
                    null,
                    Set.of())));
  }
}
