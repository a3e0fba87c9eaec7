package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseTestSupport.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.network.CrimeType;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An advisor's case from opening to reopening, through the pages as a browser without JavaScript
 * would send them: each refused form answers with its status, the message beside the field, and
 * nothing stored changed.
 */
@PharosTest
class CasePagesFlowTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Cases cases;
  @Autowired Contacts contacts;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  CaseTestSupport support;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    support = new CaseTestSupport(tenancy, cases, jdbc);
  }

  @Test
  void anAdvisorRunsACaseFromOpeningToReopening() throws Exception {
    UUID me = support.userId(ADVISOR);
    String name = "Joana Pages " + UUID.randomUUID().toString().substring(0, 8);

    // Open the case for a new victim; the crime happened in Spain, she lives in Portugal.
    assertThat(page(get("/app/helpline/cases/new"), 200).selectFirst("h1").text())
        .isEqualTo("Open a case");
    MvcResult opened =
        mvc.perform(
                form("/app/helpline/cases/new")
                    .param("victim", "new")
                    .param("fullName", name)
                    .param("phone", "+351 913 222 333")
                    .param("preferredLanguage", "pt")
                    .param("victimResidenceCountry", "PT")
                    .param("crimeType", "ROBBERY")
                    .param("crimeDate", LocalDate.now().minusDays(2).toString())
                    .param("place", "Plaza Mayor")
                    .param("crimeCountry", "ES")
                    .param("summary", "Bag snatched on holiday")
                    .param("leadAdvisorId", me.toString()))
            .andReturn();
    assertThat(opened.getResponse().getStatus()).isEqualTo(302);
    String location = opened.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/app/helpline/cases/");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    Document casePage = page(get(location), 200);
    assertThat(casePage.selectFirst("h1").text()).isEqualTo(name);
    assertThat(casePage.selectFirst("#tags").text()).contains("Open").contains("Cross-border");
    assertThat(casePage.selectFirst("#crime-details").text())
        .contains("Robbery")
        .contains("Plaza Mayor")
        .contains("Spain")
        .contains("Portugal")
        .contains("Bag snatched on holiday");
    assertThat(casePage.selectFirst("#lead").text()).isNotBlank();
    Document list = page(get("/app/helpline/cases"), 200);
    assertThat(list.select("#cases tbody tr[data-case-id=" + id + "]")).hasSize(1);
    assertThat(list.selectFirst("#cases tbody tr[data-case-id=" + id + "]").text())
        .contains(name)
        .contains("Cross-border");

    // The needs assessment: a draft, a half-filled submission refused, then a full one.
    String assessment = location + "/assessment";
    Document form = page(get(assessment), 200);
    assertThat(form.select("#assessment-form fieldset legend h2[id^=section-]")).hasSize(4);
    assertThat(form.select("#assessment-form input[type=radio][name^=answers]"))
        .hasSize(AssessmentQuestion.values().length * 3);
    MvcResult draft =
        mvc.perform(
                form(assessment)
                    .param("save", "draft")
                    .param("version", "0")
                    .param("answers[CHILD]", "NO")
                    .param("answers[INTIMIDATION]", "YES")
                    .param("summary", "First talk, to be continued"))
            .andReturn();
    assertThat(draft.getResponse().getStatus()).isEqualTo(302);
    NeedsAssessmentView saved = tenancy.asUser(ADVISOR, () -> cases.assessments(id)).get(0);
    assertThat(saved.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(saved.answers())
        .containsEntry(AssessmentQuestion.CHILD, Answer.NO)
        .containsEntry(AssessmentQuestion.INTIMIDATION, Answer.YES);

    Document refused =
        page(
            form(assessment)
                .param("submit", "submit")
                .param("version", String.valueOf(saved.version()))
                .param("answers[CHILD]", "NO")
                .param("answers[INTIMIDATION]", "YES")
                .param("answers[DISABILITY]", "UNKNOWN")
                .param("summary", "First talk, to be continued"),
            400);
    int unanswered = AssessmentQuestion.values().length - 3;
    assertThat(refused.select(".govuk-error-summary__list li")).hasSize(unanswered);
    assertThat(refused.selectFirst(".govuk-error-summary__list").text())
        .contains("Answer the question: Is the victim an older person who may be more vulnerable?")
        .doesNotContain("Is the victim a child");
    assertThat(refused.selectFirst(".govuk-error-summary__list a").attr("href"))
        .isEqualTo("#q-OLDER_PERSON");
    assertThat(refused.selectFirst("#q-DISABILITY-UNKNOWN").hasAttr("checked")).isTrue();
    NeedsAssessmentView kept = tenancy.asUser(ADVISOR, () -> cases.assessments(id)).get(0);
    assertThat(kept.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThat(kept.answers())
        .hasSize(3)
        .containsEntry(AssessmentQuestion.DISABILITY, Answer.UNKNOWN);

    MockHttpServletRequestBuilder complete =
        form(assessment)
            .param("submit", "submit")
            .param("version", String.valueOf(kept.version()))
            .param("measures", "SAFETY_PLAN", "AVOID_CONTACT_WITH_OFFENDER")
            .param("summary", "Intimidated by the offender's friends");
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      complete.param(
          "answers[" + question.name() + "]",
          question == AssessmentQuestion.INTIMIDATION
              ? "YES"
              : question.scale().answers().get(1).name());
    }
    assertThat(mvc.perform(complete).andReturn().getResponse().getStatus()).isEqualTo(302);
    NeedsAssessmentView submitted = tenancy.asUser(ADVISOR, () -> cases.assessments(id)).get(0);
    assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(submitted.specificProtectionNeeds()).isTrue();
    Document afterSubmit = page(get(assessment), 200);
    assertThat(afterSubmit.select("#assessment-form")).as("no form until a reassessment").isEmpty();
    assertThat(afterSubmit.selectFirst("#reassess")).isNotNull();
    assertThat(afterSubmit.selectFirst(".specific-needs").text())
        .isEqualTo("Specific protection needs");

    // The support plan, a follow-up, a note.
    LocalDate due = LocalDate.now().plusDays(7);
    assertThat(
            post200(
                form(location + "/actions")
                    .param("description", "Help with the compensation claim")
                    .param("ownerId", me.toString())
                    .param("dueOn", due.toString())))
        .isEqualTo(location + "#plan");
    Document refusedAction = page(form(location + "/actions").param("description", ""), 400);
    assertThat(refusedAction.selectFirst("#description-error").text())
        .contains("Describe the action");
    assertThat(
            post200(
                form(location + "/follow-ups")
                    .param("dueDate", LocalDate.now().plusDays(1).toString())
                    .param("dueTime", "10:30")
                    .param("assigneeId", me.toString())
                    .param("note", "Call back about the hearing")))
        .isEqualTo(location + "#follow-ups");
    assertThat(post200(form(location + "/notes").param("text", "She called, calmer today.\nOK.")))
        .isEqualTo(location + "#timeline");

    // Documents: a PDF is attached; a disguised page and an oversized file are refused.
    byte[] pdf = TestFiles.pdf();
    assertThat(
            mvc.perform(upload(location, "statement.pdf", pdf))
                .andReturn()
                .getResponse()
                .getRedirectedUrl())
        .isEqualTo(location + "#timeline");
    Document wrongType = page(upload(location, "statement.pdf", TestFiles.html()), 415);
    assertThat(wrongType.selectFirst("#file-error").text())
        .contains("The selected file must be a PDF, a PNG or JPEG image");
    byte[] oversized = new byte[20 * 1024 * 1024 + 1];
    Arrays.fill(oversized, (byte) 'a');
    Document tooLarge = page(upload(location, "big.txt", oversized), 413);
    assertThat(tooLarge.selectFirst("#file-error").text())
        .contains("The selected file must be smaller than 20 MB");

    CaseView view = tenancy.asUser(ADVISOR, () -> cases.get(id));
    assertThat(view.plan()).singleElement().satisfies(a -> assertThat(a.dueOn()).isEqualTo(due));
    assertThat(view.followUps()).hasSize(1);
    assertThat(view.timeline().stream().map(e -> e.kind()).toList())
        .contains(
            TimelineKind.OPENED,
            TimelineKind.ASSESSMENT_SUBMITTED,
            TimelineKind.ACTION_ADDED,
            TimelineKind.FOLLOW_UP_SCHEDULED,
            TimelineKind.NOTE,
            TimelineKind.DOCUMENT);
    assertThat(view.timeline().stream().filter(e -> e.kind() == TimelineKind.DOCUMENT).count())
        .as("refused files leave no entry")
        .isEqualTo(1);
    UUID document =
        view.timeline().stream()
            .filter(e -> e.kind() == TimelineKind.DOCUMENT)
            .findFirst()
            .orElseThrow()
            .id();
    Document withAll = page(get(location), 200);
    assertThat(withAll.selectFirst("#plan-table").text())
        .contains("Help with the compensation claim");
    assertThat(withAll.selectFirst("#follow-ups-table").text())
        .contains("Call back about the hearing");
    assertThat(withAll.selectFirst("#timeline-entries").text())
        .contains("She called, calmer today.")
        .contains("statement.pdf");
    MvcResult downloaded =
        mvc.perform(get(location + "/documents/" + document).with(tenancy.as(ADVISOR))).andReturn();
    assertThat(downloaded.getResponse().getStatus()).isEqualTo(200);
    assertThat(downloaded.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    assertThat(downloaded.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("statement.pdf");
    assertThat(support.audited("data.read", id)).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where target_id = ? and detail = ?",
                Long.class,
                id.toString(),
                "document " + document))
        .isEqualTo(1);

    // The action done, then the case closed; closing twice is refused and changes nothing.
    UUID action = view.plan().get(0).id();
    mvc.perform(form(location + "/actions/" + action + "/status").param("status", "DONE"));
    assertThat(tenancy.asUser(ADVISOR, () -> cases.get(id)).plan().get(0).status())
        .isEqualTo(ActionStatus.DONE);
    long version = tenancy.asUser(ADVISOR, () -> cases.get(id)).version();
    Document noOutcome =
        page(form(location + "/close").param("version", String.valueOf(version)), 400);
    assertThat(noOutcome.selectFirst("#outcome-error").text())
        .contains("Choose the outcome of the case");
    assertThat(
            post200(
                form(location + "/close")
                    .param("outcome", "SUPPORT_COMPLETED")
                    .param("closingNote", "Compensation received")
                    .param("version", String.valueOf(version))))
        .isEqualTo(location + "#case-summary");
    CaseView closed = tenancy.asUser(ADVISOR, () -> cases.get(id));
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcome()).isEqualTo(CaseOutcome.SUPPORT_COMPLETED);
    Document twice =
        page(
            form(location + "/close")
                .param("outcome", "OTHER")
                .param("version", String.valueOf(closed.version())),
            400);
    assertThat(twice.selectFirst(".govuk-error-summary").text())
        .contains("This case is already closed");
    CaseView stillClosed = tenancy.asUser(ADVISOR, () -> cases.get(id));
    assertThat(stillClosed.outcome()).isEqualTo(CaseOutcome.SUPPORT_COMPLETED);
    assertThat(stillClosed.closedAt()).isEqualTo(closed.closedAt());
    assertThat(stillClosed.version()).isEqualTo(closed.version());
    Document closedPage = page(get(location), 200);
    assertThat(closedPage.selectFirst("#closed-notice")).isNotNull();
    assertThat(closedPage.select("#note-form, #upload-form, #action-form, #close-form")).isEmpty();

    // Reopening needs a reason.
    Document noReason = page(form(location + "/reopen").param("reason", " "), 400);
    assertThat(noReason.selectFirst("#reason-error").text())
        .contains("Say why the case is reopened");
    assertThat(
            post200(
                form(location + "/reopen").param("reason", "She was contacted by the offender")))
        .isEqualTo(location + "#case-summary");
    CaseView reopened = tenancy.asUser(ADVISOR, () -> cases.get(id));
    assertThat(reopened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(reopened.reopenedCount()).isEqualTo(1);
    assertThat(reopened.outcome()).isNull();
    assertThat(reopened.timeline().get(0).kind()).isEqualTo(TimelineKind.REOPENED);
    assertThat(reopened.timeline().get(0).text()).isEqualTo("She was contacted by the offender");
    Document reopenOpen = page(form(location + "/reopen").param("reason", "Again"), 400);
    assertThat(reopenOpen.selectFirst("#reopen-form")).isNull();
    assertThat(reopenOpen.text()).contains("Only a closed case can be reopened");
  }

  @Test
  void anOpenCaseFormWithImpossibleInputComesBackWithEveryProblemAndStoresNothing()
      throws Exception {
    Long before = jdbc.queryForObject("select count(*) from helpline_case", Long.class);
    Document page =
        page(
            form("/app/helpline/cases/new")
                .param("victim", "unnamed")
                .param("crimeType", "ROBBERY")
                .param("crimeDate", LocalDate.now().plusDays(5).toString())
                .param("crimeCountry", "QQ")
                .param("place", "x".repeat(301))
                .param("leadAdvisorId", support.userId(CaseTestSupport.OUTSIDER).toString()),
            400);
    assertThat(page.selectFirst("#crimeDate-error").text())
        .contains("The date of the crime cannot be in the future");
    assertThat(page.selectFirst("#crimeCountry-error").text())
        .contains("Choose a country from the list");
    assertThat(page.selectFirst("#place-error").text()).contains("300");
    assertThat(page.selectFirst("#leadAdvisorId-error").text())
        .contains("Choose an advisor of your organisation");
    assertThat(page.selectFirst("#place").attr("value")).isEqualTo("x".repeat(301));
    assertThat(jdbc.queryForObject("select count(*) from helpline_case", Long.class))
        .isEqualTo(before);
  }

  @Test
  void anExistingVictimIsFoundByTheirFullNameWithoutTheNameInTheAddress() throws Exception {
    String name = "Rita Existing " + UUID.randomUUID().toString().substring(0, 8);
    CaseView first = support.openCase(name, "First case");

    Document found =
        page(
            form("/app/helpline/cases/new")
                .param("find-victim", "find")
                .param("victimQuery", name.toUpperCase()),
            200);
    assertThat(found.select("#victims-found input[name=victimId]"))
        .singleElement()
        .satisfies(
            radio -> assertThat(radio.attr("value")).isEqualTo(first.victim().id().toString()));

    MvcResult opened =
        mvc.perform(
                form("/app/helpline/cases/new")
                    .param("victim", "existing")
                    .param("victimId", first.victim().id().toString())
                    .param("crimeType", "STALKING_HARASSMENT"))
            .andReturn();
    assertThat(opened.getResponse().getStatus()).isEqualTo(302);
    List<UUID> ofVictim =
        tenancy.asUser(ADVISOR, () -> cases.ofVictim(first.victim().id())).stream()
            .map(s -> s.id())
            .toList();
    assertThat(ofVictim).hasSize(2).contains(first.id());

    Document search =
        page(
            post("/app/helpline/cases/search")
                .with(csrf())
                .param("text", name)
                .param("advisor", "all"),
            200);
    assertThat(search.select("#cases tbody tr")).hasSize(2);
    Document byReference =
        page(
            post("/app/helpline/cases/search")
                .with(csrf())
                .param("text", first.reference().toLowerCase())
                .param("advisor", "all"),
            200);
    assertThat(byReference.select("#cases tbody tr")).singleElement();
    Document filtered =
        page(
            get("/app/helpline/cases?advisor=all&crimeType=" + CrimeType.STALKING_HARASSMENT), 200);
    assertThat(filtered.select("#cases tbody tr td:nth-of-type(3)"))
        .allSatisfy(cell -> assertThat(cell.text()).isEqualTo("Stalking and harassment"));
  }

  @Test
  void aPagePastTheEndSaysSoAndLeadsToTheLastPage() throws Exception {
    Document first = page(get("/app/helpline/cases?advisor=all"), 200);
    long total = Long.parseLong(first.selectFirst("#count").text().replaceAll("\\D", ""));
    assertThat(total).isPositive();
    long lastPage = (total - 1) / 25;

    Document past = page(get("/app/helpline/cases?advisor=all&page=" + (lastPage + 5)), 200);
    assertThat(past.select("#cases tbody tr")).isEmpty();
    assertThat(past.selectFirst("#count").text()).isEqualTo(first.selectFirst("#count").text());
    assertThat(past.selectFirst("#no-cases")).isNull();
    assertThat(past.selectFirst("#past-the-end").text())
        .contains("This page is past the end of the list.");
    assertThat(past.selectFirst("nav.govuk-pagination")).isNull();
    String back = past.selectFirst("#last-page").attr("href");
    assertThat(back).contains("advisor=all").endsWith("page=" + lastPage);
    assertThat(past.selectFirst("#last-page").text())
        .isEqualTo("Go to the last page, page " + (lastPage + 1));

    Document last = page(get(back), 200);
    assertThat(last.select("#cases tbody tr")).isNotEmpty();
    assertThat(last.selectFirst("#past-the-end")).isNull();

    // A search keeps its text out of the address: the way back is a form.
    String reference = first.selectFirst("#cases tbody tr th a").text();
    Document pastSearch =
        page(
            post("/app/helpline/cases/search")
                .with(csrf())
                .param("text", reference)
                .param("advisor", "all")
                .param("page", "7"),
            200);
    assertThat(pastSearch.selectFirst("#past-the-end form input[name=page]").val()).isEqualTo("0");
    assertThat(pastSearch.selectFirst("#past-the-end form input[name=text]").val())
        .isEqualTo(reference);
  }

  @Test
  void theCasePageListsTheContactsOfTheCase() throws Exception {
    CaseView view = support.openCase("Contact Victim", "Called twice");
    Instant started = Instant.now().minus(2, ChronoUnit.HOURS);
    tenancy.asUser(
        ADVISOR,
        () ->
            contacts.record(
                new NewContact(
                    ContactChannel.PHONE,
                    null,
                    "116 006",
                    ContactDirection.INBOUND,
                    started,
                    300,
                    "pt",
                    null,
                    null,
                    CrimeType.ROBBERY,
                    null,
                    null,
                    false,
                    "Asked about the hearing",
                    view.id(),
                    false)));

    Document page = page(get("/app/helpline/cases/" + view.id()), 200);
    assertThat(page.select("#contacts-list li")).singleElement();
    assertThat(page.selectFirst("#contacts-list").text()).contains("Phone");
    assertThat(page.selectFirst("#contacts-list").text())
        .as("a contact's note is read on its own page only")
        .doesNotContain("Asked about the hearing");
    assertThat(page.selectFirst("#timeline-entries").text()).contains("Contact linked");
  }

  private String post200(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    return result.getResponse().getRedirectedUrl();
  }

  private MockHttpServletRequestBuilder form(String path) {
    return post(path).with(csrf()).with(tenancy.as(ADVISOR));
  }

  private AbstractMockHttpServletRequestBuilder<?> upload(
      String location, String name, byte[] content) {
    return multipart(location + "/documents")
        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
        .with(csrf())
        .with(tenancy.as(ADVISOR));
  }

  private Document page(AbstractMockHttpServletRequestBuilder<?> request, int status)
      throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(ADVISOR))).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
