package eu.pharos.knowledge.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The discussion pages and API with the real security: forms work without scripts, refused ones
 * keep the text with the message beside the field, posts are shown as text only, and a thread for
 * the centre's members is not found by anyone else.
 */
@PharosTest
class DiscussionPagesTest {

  static final String HELPLINES = "european-helplines";
  static final String BASE = "/app/centres/european-helplines/discussions";
  static final String API = "/api/v1/centres/european-helplines/discussions";
  static final String AUTHOR = "advisor.wr-de@pharos.test";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Discussions discussions;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aThreadStartedAndAnsweredByFormsShowsPostsAsTextWithMentionsAsNames() throws Exception {
    String title = "Forms " + UUID.randomUUID();
    MockHttpServletResponse started =
        perform(
            post(BASE)
                .param("title", title)
                .param("body", "<script>alert(1)</script>\nSecond line")
                .param("visibility", "CENTRE"),
            AUTHOR);
    assertThat(started.getStatus()).isEqualTo(302);
    String link = started.getRedirectedUrl();
    assertThat(link).startsWith(BASE + "/");

    MockHttpServletResponse replied =
        perform(post(link + "/posts").param("body", "Agreed, @advisor.wr-de."), MODERATOR);
    assertThat(replied.getStatus()).isEqualTo(302);

    Document page = page(get(link), AUTHOR, 200);
    assertThat(page.select("h1").text()).isEqualTo(title);
    assertThat(page.select("script:containsData(alert(1))")).isEmpty();
    assertThat(page.select(".pharos-post__text").get(0).text())
        .contains("<script>alert(1)</script>");
    assertThat(page.select(".pharos-post__text").get(0).select("br")).hasSize(1);
    assertThat(page.select(".pharos-mention").text()).isEqualTo(name(AUTHOR));
    assertThat(page.selectFirst("#follow-thread").text())
        .isEqualTo("Stop following this discussion");

    Document list = page(get(BASE), AUTHOR, 200);
    assertThat(list.select("#threads tbody tr").first().text()).contains(title).contains("1");
  }

  @Test
  void refusedFormsKeepTheTextAndSayWhy() throws Exception {
    Document empty = page(post(BASE).param("title", "").param("body", "Kept text"), AUTHOR, 400);
    assertThat(empty.selectFirst("#title-error").text()).contains("Enter the discussion's title.");
    assertThat(empty.selectFirst("#body").text()).isEqualTo("Kept text");
    assertThat(empty.select(".govuk-error-summary a[href=#title]")).hasSize(1);

    Document publicRefused =
        page(
            post(BASE).param("title", "T").param("body", "B").param("visibility", "PUBLIC"),
            AUTHOR,
            400);
    assertThat(publicRefused.selectFirst("#visibility-error").text())
        .contains("discussions are never public");

    ThreadView thread = start("Refusals " + UUID.randomUUID());
    String link = BASE + "/" + thread.id();
    Document outsider = page(post(link + "/posts").param("body", "Ask @member.fv"), AUTHOR, 400);
    assertThat(outsider.selectFirst("#body-error").text())
        .contains(
            "@member.fv is not a member of this centre; they would not be able to read this.");
    assertThat(outsider.selectFirst("#body").text()).isEqualTo("Ask @member.fv");

    Document tooLong = page(post(link + "/posts").param("body", "y".repeat(20_001)), AUTHOR, 400);
    assertThat(tooLong.selectFirst("#body-error").text()).contains("Use at most 20000 characters");

    UUID postId = thread.posts().get(0).id();
    Document noReason =
        page(post(link + "/posts/" + postId + "/hide").param("reason", ""), MODERATOR, 400);
    assertThat(noReason.selectFirst("#h-" + postId + "-reason-error").text())
        .contains("Say why you hide it");
    assertThat(
            perform(post(link + "/posts/" + postId + "/hide").param("reason", "x"), AUTHOR)
                .getStatus())
        .as("a member who is no moderator")
        .isEqualTo(403);

    Document stale =
        page(
            post(link + "/posts/" + postId).param("body", "Mine").param("version", "99"),
            AUTHOR,
            409);
    assertThat(stale.selectFirst("#conflict")).isNotNull();
    assertThat(stale.selectFirst("#conflict-submitted").text()).isEqualTo("Mine");
  }

  @Test
  void aNonMemberFindsNeitherTheThreadPageNorItThroughTheApi() throws Exception {
    ThreadView thread = start("Members only " + UUID.randomUUID());
    assertThat(perform(get(BASE + "/" + thread.id()), OUTSIDER).getStatus()).isEqualTo(404);
    assertThat(perform(get(API + "/" + thread.id()), OUTSIDER).getStatus()).isEqualTo(404);
    assertThat(
            send(post(API + "/" + thread.id() + "/posts").content("{\"body\":\"Hi\"}"), OUTSIDER)
                .getStatus())
        .isEqualTo(404);
    assertThat(
            perform(post(BASE + "/" + thread.id() + "/posts").param("body", "Hi"), OUTSIDER)
                .getStatus())
        .isEqualTo(404);
    Document list = page(get(BASE), OUTSIDER, 200);
    assertThat(list.text()).doesNotContain(thread.title());
    assertThat(list.selectFirst("#not-member")).isNotNull();
    assertThat(perform(get(BASE + "/new"), OUTSIDER).getStatus()).isEqualTo(403);
  }

  @Test
  void theApiListsReadsStartsAndAnswersWithProblemsForBadInput() throws Exception {
    String title = "API " + UUID.randomUUID();
    MockHttpServletResponse created =
        send(
            post(API)
                .content(
                    "{\"title\":\"" + title + "\",\"body\":\"Hello\",\"visibility\":\"NETWORK\"}"),
            AUTHOR);
    assertThat(created.getStatus()).isEqualTo(201);
    String location = created.getHeader("Location");
    assertThat(text(perform(get(API), AUTHOR))).contains(title);
    MockHttpServletResponse reply =
        send(post(location + "/posts").content("{\"body\":\"Hi @advisor.wr-de\"}"), MODERATOR);
    assertThat(reply.getStatus()).isEqualTo(201);
    assertThat(text(reply)).contains("\"body\":\"Hi @advisor.wr-de\"");
    MockHttpServletResponse bad =
        send(post(location + "/posts").content("{\"body\":\"Hi @nobody.at.all\"}"), MODERATOR);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(text(bad)).contains("validation-failed").contains("@nobody.at.all is nobody");
    MockHttpServletResponse empty =
        send(post(location + "/posts").content("{\"body\":\"\"}"), MODERATOR);
    assertThat(text(empty)).contains("Write your post.");
    String read = text(perform(get(location), OUTSIDER));
    assertThat(read).as("a network thread is read by the network").contains(title);
    String firstPost =
        jdbc.queryForObject(
            "select cast(id as varchar) from knowledge_post where thread_id = ? and position = 0",
            String.class,
            UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    MockHttpServletResponse stale =
        send(
            put(location + "/posts/" + firstPost).content("{\"body\":\"New\",\"version\":7}"),
            AUTHOR);
    assertThat(stale.getStatus()).isEqualTo(409);
  }

  @Test
  void theDigestSettingsPageSavesTheChoice() throws Exception {
    Document page = page(get("/app/centres/discussions/settings"), AUTHOR, 200);
    assertThat(page.select("input[name=frequency]")).hasSize(3);
    MockHttpServletResponse saved =
        perform(post("/app/centres/discussions/settings").param("frequency", "WEEKLY"), AUTHOR);
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(
            page(get("/app/centres/discussions/settings"), AUTHOR, 200)
                .selectFirst("#frequency-WEEKLY")
                .hasAttr("checked"))
        .isTrue();
    Document refused =
        page(post("/app/centres/discussions/settings").param("frequency", "HOURLY"), AUTHOR, 400);
    assertThat(refused.selectFirst("#frequency-error").text())
        .contains("Choose how often to receive the digest.");
    perform(post("/app/centres/discussions/settings").param("frequency", "DAILY"), AUTHOR);
  }

  private ThreadView start(String title) {
    return tenancy.asUser(
        AUTHOR,
        () -> discussions.start(HELPLINES, new NewThread(title, "First", Visibility.CENTRE)));
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(csrf()).with(tenancy.as(user))).andReturn().getResponse();
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return perform(request.contentType(MediaType.APPLICATION_JSON), user);
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(text(response)).isEqualTo(expected);
    return Jsoup.parse(text(response));
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private String name(String email) {
    return jdbc.queryForObject(
        "select display_name from identity_user where email = ?", String.class, email);
  }
}
