package eu.pharos.knowledge.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The guideline pages and API with the real security: who reads, who drafts, what is refused. */
@PharosTest
class GuidelinePagesTest {

  static final String CENTRE = GuidelinesTest.CENTRE;
  static final String BASE = "/app/centres/" + CENTRE + "/guidelines";
  static final String API = "/api/v1/centres/" + CENTRE + "/guidelines";
  static final String MODERATOR = GuidelinesTest.MODERATOR;
  static final String MEMBER = GuidelinesTest.MEMBER;
  static final String OUTSIDER = GuidelinesTest.OUTSIDER;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Guidelines guidelines;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void membersListReadAndEditDraftsThroughThePages() throws Exception {
    Document list = page(get(BASE), MEMBER, 200);
    assertThat(list.select("#guidelines").text())
        .contains("Common recommendations for 116 006 helplines", "Published")
        .contains("Handling calls outside opening hours", "In review");

    MockHttpServletResponse created =
        perform(
            post(BASE)
                .param("kind", "RECOMMENDATION")
                .param("title", "Page draft")
                .param("summary", "Summary")
                .param("language", "en")
                .param("heading", "First")
                .param("text", "First line\nsecond line")
                .with(csrf()),
            MEMBER);
    assertThat(created.getStatus()).isEqualTo(302);
    String editor = created.getRedirectedUrl();
    assertThat(editor).endsWith("/edit");
    UUID id = UUID.fromString(editor.replace(BASE + "/", "").replace("/edit", ""));

    Document edit = page(get(editor), MEMBER, 200);
    assertThat(edit.select("#sections li")).hasSize(1);
    assertThat(edit.select("#sections p br")).hasSize(1);
    assertThat(edit.select("#sections p").text()).isEqualTo("First line second line");

    GuidelineView view = as(MEMBER, () -> guidelines.find(CENTRE, id));
    UUID section = view.sections().get(0).id();
    perform(
        post(BASE + "/" + id + "/sections")
            .param("version", Long.toString(view.version()))
            .param("heading", "Second")
            .param("text", "More")
            .with(csrf()),
        MEMBER);
    GuidelineView two = as(MEMBER, () -> guidelines.find(CENTRE, id));
    assertThat(two.sections()).extracting(SectionView::heading).containsExactly("First", "Second");

    // a stale edit: 409, the saved text beside the typed one, which is kept
    Document stale =
        page(
            post(BASE + "/" + id + "/sections/" + section)
                .param("version", Long.toString(view.version()))
                .param("heading", "First")
                .param("text", "My own words")
                .with(csrf()),
            MEMBER,
            409);
    assertThat(stale.select("#stale").text()).contains("Someone changed this guideline");
    assertThat(stale.select("#saved").text()).contains("First line");
    assertThat(stale.select("#text").text()).isEqualTo("My own words");
    assertThat(stale.select("input[name=version]").val()).isEqualTo(Long.toString(two.version()));

    // the guideline page shows sections and the form to open it for review
    Document page = page(get(BASE + "/" + id), MEMBER, 200);
    assertThat(page.select("#section-" + section + " h2").text()).isEqualTo("1. First");
    assertThat(page.select("#submit")).hasSize(1);

    // a review that ends in the past is refused; the date typed is kept
    Document past =
        page(
            post(BASE + "/" + id + "/review")
                .param("version", Long.toString(two.version()))
                .param("reviewEndsOn", LocalDate.now().minusDays(2).toString())
                .with(csrf()),
            MEMBER,
            400);
    assertThat(past.select("#reviewEndsOn-error").text())
        .contains("The review must end after today.");
    assertThat(past.select("#reviewEndsOn").val())
        .isEqualTo(LocalDate.now().minusDays(2).toString());

    MockHttpServletResponse submitted =
        perform(
            post(BASE + "/" + id + "/review")
                .param("version", Long.toString(two.version()))
                .param("reviewEndsOn", LocalDate.now().plusDays(7).toString())
                .with(csrf()),
            MEMBER);
    assertThat(submitted.getStatus()).isEqualTo(302);

    // a quote that is not in the section is refused, the comment kept
    Document badQuote =
        page(
            post(BASE + "/" + id + "/comments")
                .param("section", section.toString())
                .param("quote", "not in the text")
                .param("text", "My comment")
                .with(csrf()),
            MEMBER,
            400);
    assertThat(badQuote.select("#quote-error").text())
        .contains("The quoted passage is not in the section “First”.");
    assertThat(badQuote.select("#text").text()).isEqualTo("My comment");

    perform(
        post(BASE + "/" + id + "/comments")
            .param("section", section.toString())
            .param("quote", "second line")
            .param("text", "Why a second line?")
            .with(csrf()),
        GuidelinesTest.OTHER_MEMBER);
    Document withComment = page(get(BASE + "/" + id), MEMBER, 200);
    assertThat(withComment.select("#section-" + section + " aside").text())
        .contains("second line", "Why a second line?");

    // the moderator is refused adoption before the review ends, with the unresolved comment listed
    long version = as(MEMBER, () -> guidelines.find(CENTRE, id)).version();
    Document early =
        page(
            post(BASE + "/" + id + "/adopt").param("version", Long.toString(version)).with(csrf()),
            MODERATOR,
            400);
    assertThat(early.select("#closeEarly-error").text()).contains("The review period runs until");
    assertThat(early.select("#unresolved").text()).contains("Why a second line?");
    // a member may not adopt
    assertThat(
            perform(
                    post(BASE + "/" + id + "/adopt")
                        .param("version", Long.toString(version))
                        .param("closeEarly", "true")
                        .with(csrf()),
                    MEMBER)
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void anAdoptedGuidelineRefusesEveryEditByPageAndApiWithTheMessage() throws Exception {
    GuidelineView adopted = adopted("Adopted " + UUID.randomUUID());
    UUID id = adopted.id();
    UUID section = adopted.sections().get(0).id();

    Document refused =
        page(
            post(BASE + "/" + id + "/sections/" + section)
                .param("version", Long.toString(adopted.version()))
                .param("heading", "Changed")
                .param("text", "Changed")
                .with(csrf()),
            MEMBER,
            409);
    assertThat(refused.select("#refused").text())
        .contains("This guideline was adopted on")
        .contains("Start a new version to change it.");
    assertThat(refused.select("#new-version")).hasSize(1);

    MockHttpServletResponse api =
        perform(
            put(API + "/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"GUIDELINE\",\"title\":\"Changed\",\"summary\":\"\","
                        + "\"language\":\"en\",\"sections\":[],\"version\":"
                        + adopted.version()
                        + "}")
                .with(csrf()),
            MEMBER);
    assertThat(api.getStatus()).isEqualTo(409);
    assertThat(api.getContentAsString(StandardCharsets.UTF_8))
        .contains("urn:pharos:problem:guideline-adopted")
        .contains("This guideline was adopted on")
        .contains("Start a new version to change it.");

    // the editor of an adopted guideline leads back to it with the message
    MockHttpServletResponse editor = perform(get(BASE + "/" + id + "/edit"), MEMBER);
    assertThat(editor.getRedirectedUrl()).isEqualTo(BASE + "/" + id);

    // starting a new version opens a draft of the adopted text
    MockHttpServletResponse next =
        perform(post(BASE + "/" + id + "/new-version").with(csrf()), MEMBER);
    assertThat(next.getRedirectedUrl()).endsWith("/edit").doesNotContain(id.toString());
  }

  @Test
  void theApiDraftsAndRefusesStaleAndInvalidChanges() throws Exception {
    MockHttpServletResponse created =
        perform(
            post(API)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"GUIDELINE\",\"title\":\"API draft\",\"summary\":\"S\","
                        + "\"language\":\"en\",\"sections\":[{\"heading\":\"A\",\"text\":\"Alpha\"}]}")
                .with(csrf()),
            MEMBER);
    assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    String location = created.getHeader("Location");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    GuidelineView view = as(MEMBER, () -> guidelines.find(CENTRE, id));
    String sectionId = view.sections().get(0).id().toString();

    MockHttpServletResponse updated =
        perform(
            put(API + "/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"GUIDELINE\",\"title\":\"API draft\",\"summary\":\"S\","
                        + "\"language\":\"en\",\"sections\":[{\"heading\":\"B\",\"text\":\"Beta\"},"
                        + "{\"id\":\""
                        + sectionId
                        + "\",\"heading\":\"A\",\"text\":\"Alpha 2\"}],\"version\":"
                        + view.version()
                        + "}")
                .with(csrf()),
            MEMBER);
    assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
    GuidelineView after = as(MEMBER, () -> guidelines.find(CENTRE, id));
    assertThat(after.sections()).extracting(SectionView::heading).containsExactly("B", "A");
    assertThat(after.sections().get(1).id().toString()).isEqualTo(sectionId);

    MockHttpServletResponse stale =
        perform(
            put(API + "/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"GUIDELINE\",\"title\":\"Old\",\"summary\":\"S\","
                        + "\"language\":\"en\",\"sections\":[],\"version\":"
                        + view.version()
                        + "}")
                .with(csrf()),
            MEMBER);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString()).contains("concurrent-change", "API draft");

    MockHttpServletResponse empty =
        perform(
            post(API)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"GUIDELINE\",\"title\":\"\",\"sections\":[]}")
                .with(csrf()),
            MEMBER);
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a title.");

    MockHttpServletResponse past =
        perform(
            post(API + "/" + id + "/review")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reviewEndsOn\":\""
                        + LocalDate.now().minusDays(1)
                        + "\",\"version\":"
                        + after.version()
                        + "}")
                .with(csrf()),
            MEMBER);
    assertThat(past.getStatus()).isEqualTo(400);
    assertThat(past.getContentAsString(StandardCharsets.UTF_8))
        .contains("The review must end after today.");

    MockHttpServletResponse review =
        perform(
            post(API + "/" + id + "/review")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"reviewEndsOn\":\""
                        + LocalDate.now().plusDays(1)
                        + "\",\"version\":"
                        + after.version()
                        + "}")
                .with(csrf()),
            MEMBER);
    assertThat(review.getStatus()).isEqualTo(200);
    long inReview = as(MEMBER, () -> guidelines.find(CENTRE, id)).version();
    assertThat(
            perform(
                    post(API + "/" + id + "/adopt")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"closeEarly\":true,\"version\":" + inReview + "}")
                        .with(csrf()),
                    MEMBER)
                .getStatus())
        .isEqualTo(403);
    MockHttpServletResponse adopted =
        perform(
            post(API + "/" + id + "/adopt")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"closeEarly\":true,\"version\":" + inReview + "}")
                .with(csrf()),
            MODERATOR);
    assertThat(adopted.getStatus()).as(adopted.getContentAsString()).isEqualTo(200);
    long adoptedVersion = as(MEMBER, () -> guidelines.find(CENTRE, id)).version();
    MockHttpServletResponse published =
        perform(
            post(API + "/" + id + "/publish")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"visibility\":\"CENTRE\",\"version\":" + adoptedVersion + "}")
                .with(csrf()),
            MODERATOR);
    assertThat(published.getStatus()).isEqualTo(200);
    assertThat(published.getContentAsString()).contains("\"status\":\"PUBLISHED\"");
  }

  @Test
  void draftsAreForMembersAndOnlyPublishedPublicGuidelinesForEveryone() throws Exception {
    GuidelineView draft =
        as(
            MEMBER,
            () ->
                guidelines.create(
                    CENTRE,
                    new GuidelineDetails(GuidelineKind.GUIDELINE, "Members only", "", "en"),
                    List.of(new SectionInput(null, "One", "Text"))));
    assertThat(perform(get(BASE + "/" + draft.id()), OUTSIDER).getStatus()).isEqualTo(404);
    assertThat(perform(get(API + "/" + draft.id()), OUTSIDER).getStatus()).isEqualTo(404);
    assertThat(perform(get(BASE + "/" + draft.id()), MEMBER).getStatus()).isEqualTo(200);
    assertThat(perform(get(API), OUTSIDER).getContentAsString()).doesNotContain("Members only");

    UUID published =
        GuidelinesTest.byTitle(
                as(MEMBER, () -> guidelines.list(CENTRE)),
                "Common recommendations for 116 006 helplines")
            .id();
    // without sign-in: the public page of a published public guideline, nothing else
    MockHttpServletResponse anonymous =
        mvc.perform(get("/centres/" + CENTRE + "/guidelines/" + published))
            .andReturn()
            .getResponse();
    assertThat(anonymous.getStatus()).isEqualTo(200);
    Document publicPage = Jsoup.parse(anonymous.getContentAsString(StandardCharsets.UTF_8));
    assertThat(publicPage.select("h1").text())
        .isEqualTo("Common recommendations for 116 006 helplines");
    assertThat(publicPage.text()).contains("Free and confidential calls");
    assertThat(
            mvc.perform(get("/centres/" + CENTRE + "/guidelines/" + draft.id()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    String anonymousList =
        mvc.perform(get(API)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(anonymousList)
        .contains("Common recommendations for 116 006 helplines")
        .doesNotContain("Handling calls outside opening hours")
        .doesNotContain("Members only");
    assertThat(mvc.perform(get(API + "/" + draft.id())).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    assertThat(mvc.perform(get(BASE)).andReturn().getResponse().getStatus()).isEqualTo(302);

    // the history and comparison of the published recommendations
    Document history = page(get(BASE + "/" + published + "/history"), MEMBER, 200);
    assertThat(history.select("#versions tbody tr")).hasSize(2);
    Document compare = page(get(BASE + "/" + published + "/compare?from=1&to=2"), MEMBER, 200);
    assertThat(compare.text()).contains("Changed", "wellbeing");
    Document version = page(get(BASE + "/" + published + "/versions/1"), MEMBER, 200);
    assertThat(version.select("h1").text())
        .isEqualTo("Common recommendations for 116 006 helplines");
  }

  @Test
  void anEmptyTitleAndAnOverLongSectionAreRefusedOnTheFormWithWhatWasTyped() throws Exception {
    Document refused =
        page(
            post(BASE)
                .param("kind", "GUIDELINE")
                .param("title", "")
                .param("summary", "Kept summary")
                .param("language", "en")
                .param("heading", "H")
                .param("text", "y".repeat(Guidelines.SECTION_MAX + 5))
                .with(csrf()),
            MEMBER,
            400);
    assertThat(refused.select("#title-error").text()).contains("Enter a title.");
    assertThat(refused.select("#text-error").text())
        .contains("A section can hold at most 20,000 characters; this one has 20,005.");
    assertThat(refused.select("#summary").text()).isEqualTo("Kept summary");
    assertThat(refused.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#title", "#text");
  }

  GuidelineView adopted(String title) {
    GuidelineView draft =
        as(
            MEMBER,
            () ->
                guidelines.create(
                    CENTRE,
                    new GuidelineDetails(GuidelineKind.GUIDELINE, title, "", "en"),
                    List.of(new SectionInput(null, "One", "Text"))));
    GuidelineView review =
        as(
            MEMBER,
            () ->
                guidelines.submit(
                    CENTRE, draft.id(), draft.version(), LocalDate.now().plusDays(5)));
    GuidelineView adopted =
        as(MODERATOR, () -> guidelines.adopt(CENTRE, draft.id(), review.version(), true));
    return as(
        MODERATOR,
        () -> guidelines.publish(CENTRE, draft.id(), adopted.version(), Visibility.PUBLIC));
  }

  <T> T as(String email, Supplier<T> work) {
    return tenancy.asUser(email, work);
  }

  MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  Document page(MockHttpServletRequestBuilder request, String user, int expected) throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus())
        .as(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
