package eu.pharos.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages, the public page and the JSON API of good practices. */
@PharosTest
class PracticePagesTest {

  static final String CENTRE = "european-helplines";
  static final String BASE = "/app/centres/" + CENTRE + "/practices";
  static final String API = "/api/v1/centres/" + CENTRE + "/practices";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  static final String WR_ADVISOR = "advisor.wr-de@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Practices practices;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  private PracticeView create(String email, String title, Visibility visibility) {
    return tenancy.asUser(
        email, () -> practices.create(CENTRE, PracticesTest.input(title, visibility)));
  }

  @Test
  void aCentrePracticeIsNotFoundForNonMembersByPageApiAndPublicAddress() throws Exception {
    PracticeView centreOnly = create(WR_ADVISOR, "Routing by language (test)", Visibility.CENTRE);
    tenancy.assertOnlyOwnOrganisationSees(BASE + "/" + centreOnly.id(), APAV_ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(API + "/" + centreOnly.id(), APAV_ADVISOR, OUTSIDER);
    MockHttpServletResponse problem =
        mvc.perform(get(API + "/" + centreOnly.id()).with(tenancy.as(OUTSIDER)))
            .andReturn()
            .getResponse();
    assertThat(problem.getContentType()).startsWith("application/problem+json");
    assertThat(status(get("/centres/" + CENTRE + "/practices/" + centreOnly.id()))).isEqualTo(404);
    assertThat(
            status(
                get("/centres/" + CENTRE + "/practices/" + centreOnly.id())
                    .with(tenancy.as(APAV_ADVISOR))))
        .as("the public address shows public practices only, whoever asks")
        .isEqualTo(404);
    String list = body(get(BASE).with(tenancy.as(OUTSIDER)));
    assertThat(list).doesNotContain(centreOnly.id().toString());
  }

  @Test
  void anyoneReadsAPublicPracticeWithItsContactAndFilesWithoutSigningIn() throws Exception {
    PracticeView open = create(APAV_ADMIN, "Public call-back (test)", Visibility.PUBLIC);
    PracticeView network = create(APAV_ADMIN, "Network call-back (test)", Visibility.NETWORK);
    AttachmentView file =
        tenancy.asUser(
            APAV_ADMIN,
            () ->
                practices.attach(
                    CENTRE,
                    open.id(),
                    "call-back script.pdf",
                    new java.io.ByteArrayInputStream(TestFiles.pdf())));
    String path = "/centres/" + CENTRE + "/practices/" + open.id();
    Document page = Jsoup.parse(body(get(path)));
    assertThat(page.selectFirst("#title").text()).isEqualTo("Public call-back (test)");
    assertThat(page.selectFirst("#contact").text()).isEqualTo("Helpline coordinator");
    assertThat(page.selectFirst("#file-list").text()).contains("call-back script.pdf");
    assertThat(status(get("/centres/" + CENTRE + "/practices/" + network.id()))).isEqualTo(404);

    MockHttpServletResponse download =
        mvc.perform(get(path + "/attachments/" + file.id())).andReturn().getResponse();
    assertThat(download.getStatus()).isEqualTo(200);
    assertThat(download.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("call-back");
    assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getContentAsByteArray()).isEqualTo(TestFiles.pdf());

    String anonymousList = body(get(API));
    assertThat(anonymousList)
        .contains(open.id().toString())
        .doesNotContain(network.id().toString());
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedAndSaysWhatToFix() throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(
                post(BASE)
                    .with(tenancy.as(WR_ADVISOR))
                    .with(csrf())
                    .param("title", "")
                    .param("problem", "Callers wait too long")
                    .param("practice", "A queue by language")
                    .param("visibility", "CENTRE")
                    .param("language", "en"))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(400);
    Document page = Jsoup.parse(refused.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.selectFirst("#title-error").text()).contains("Enter a title.");
    assertThat(page.selectFirst(".govuk-error-summary a[href=\"#title\"]")).isNotNull();
    assertThat(page.selectFirst("#problem").text()).isEqualTo("Callers wait too long");

    MockHttpServletResponse created =
        mvc.perform(
                post(BASE)
                    .with(tenancy.as(WR_ADVISOR))
                    .with(csrf())
                    .param("title", "Queues by language (page)")
                    .param("problem", "Callers wait too long")
                    .param("practice", "A queue by language")
                    .param("visibility", "CENTRE")
                    .param("language", "en"))
            .andReturn()
            .getResponse();
    assertThat(created.getStatus()).isEqualTo(302);
    String location = created.getRedirectedUrl();
    assertThat(location).startsWith(BASE + "/");
    Document detail = Jsoup.parse(body(get(location).with(tenancy.as(APAV_ADVISOR))));
    assertThat(detail.selectFirst("h1").text()).isEqualTo("Queues by language (page)");
    assertThat(detail.selectFirst("#country").text()).isEqualTo("Germany");
  }

  @Test
  void aStaleEditShowsTheStoredTextBesideTheirsWithA409() throws Exception {
    PracticeView created = create(WR_ADVISOR, "Before", Visibility.CENTRE);
    tenancy.asUser(
        APAV_ADMIN,
        () ->
            practices.update(
                CENTRE,
                created.id(),
                PracticesTest.input("Changed meanwhile", Visibility.CENTRE),
                created.version()));
    MockHttpServletResponse stale =
        mvc.perform(
                post(BASE + "/" + created.id() + "/edit")
                    .with(tenancy.as(WR_ADVISOR))
                    .with(csrf())
                    .param("title", "My change")
                    .param("problem", "P")
                    .param("practice", "Q")
                    .param("visibility", "CENTRE")
                    .param("language", "en")
                    .param("version", String.valueOf(created.version())))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(409);
    Document page = Jsoup.parse(stale.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.selectFirst("#stale").text()).contains("Someone saved this practice");
    assertThat(page.selectFirst("#saved-title").text()).isEqualTo("Changed meanwhile");
    assertThat(page.selectFirst("#title").attr("value")).isEqualTo("My change");
    assertThat(page.selectFirst("input[name=version]").attr("value"))
        .isEqualTo(String.valueOf(created.version() + 1));
  }

  @Test
  void refusedFilesAndAdoptionsAreExplainedOnTheirForms() throws Exception {
    PracticeView created = create(APAV_ADMIN, "Files on the page", Visibility.CENTRE);
    String path = BASE + "/" + created.id();
    MockHttpServletResponse html =
        mvc.perform(
                multipart(path + "/attachments")
                    .file(
                        new MockMultipartFile(
                            "file", "notes.pdf", "application/pdf", TestFiles.html()))
                    .with(tenancy.as(APAV_ADMIN))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(html.getStatus()).isEqualTo(415);
    assertThat(
            Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("#file-error")
                .text())
        .contains("The selected file must be a PDF, a PNG or JPEG image");

    MockHttpServletResponse own =
        mvc.perform(
                post(path + "/adoptions")
                    .with(tenancy.as(APAV_ADVISOR))
                    .with(csrf())
                    .param("note", "We want it too"))
            .andReturn()
            .getResponse();
    assertThat(own.getStatus()).isEqualTo(400);
    Document page = Jsoup.parse(own.getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.selectFirst("#note-error").text())
        .contains("This practice comes from your own organisation");
    assertThat(page.selectFirst("#note").text()).isEqualTo("We want it too");

    MockHttpServletResponse asked =
        mvc.perform(
                post(path + "/adoptions")
                    .with(tenancy.as(WR_ADVISOR))
                    .with(csrf())
                    .param("note", "Could we adopt it?"))
            .andReturn()
            .getResponse();
    assertThat(asked.getStatus()).isEqualTo(302);
    Document seen = Jsoup.parse(body(get(path).with(tenancy.as(APAV_ADMIN))));
    assertThat(seen.selectFirst("#adoption-counts").text()).startsWith("1 organisations");
    assertThat(seen.text()).contains("Could we adopt it?");
  }

  @Test
  void theApiCreatesReadsAndChangesWithVersionsAndAnswersProblems() throws Exception {
    MockHttpServletResponse missing =
        send(
            post(API)
                .with(tenancy.as(WR_ADVISOR))
                .content(
                    "{\"title\":\"\",\"problem\":\"P\",\"practice\":\"Q\",\"visibility\":\"NETWORK\",\"language\":\"en\"}"));
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(text(missing)).contains("validation-failed").contains("Enter a title.");

    MockHttpServletResponse created =
        send(
            post(API)
                .with(tenancy.as(WR_ADVISOR))
                .content(
                    "{\"title\":\"Through the API\",\"problem\":\"P\",\"practice\":\"Q\","
                        + "\"visibility\":\"NETWORK\",\"language\":\"en\"}"));
    assertThat(created.getStatus()).isEqualTo(201);
    String location = created.getHeader("Location");
    assertThat(location).startsWith(API + "/");
    String etag = created.getHeader("ETag");
    assertThat(etag).isNotBlank();

    MockHttpServletResponse read = send(get(location).with(tenancy.as(OUTSIDER)));
    assertThat(read.getStatus()).isEqualTo(200);
    assertThat(text(read)).contains("\"title\":\"Through the API\"").contains("\"country\":\"DE\"");

    String change =
        "{\"title\":\"Changed through the API\",\"problem\":\"P\",\"practice\":\"Q\","
            + "\"visibility\":\"NETWORK\",\"language\":\"en\"}";
    assertThat(send(put(location).with(tenancy.as(WR_ADVISOR)).content(change)).getStatus())
        .as("no version")
        .isEqualTo(400);
    MockHttpServletResponse changed =
        send(put(location).with(tenancy.as(WR_ADVISOR)).header("If-Match", etag).content(change));
    assertThat(changed.getStatus()).isEqualTo(200);
    assertThat(text(changed)).contains("Changed through the API");
    MockHttpServletResponse stale =
        send(put(location).with(tenancy.as(WR_ADVISOR)).header("If-Match", etag).content(change));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(text(stale)).contains("concurrent-change").contains("currentVersion");
    assertThat(
            send(put(location).with(tenancy.as(OUTSIDER)).header("If-Match", etag).content(change))
                .getStatus())
        .as("a network member may read but not change it")
        .isEqualTo(403);
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).contentType(MediaType.APPLICATION_JSON))
        .andReturn()
        .getResponse();
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private int status(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private String body(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
