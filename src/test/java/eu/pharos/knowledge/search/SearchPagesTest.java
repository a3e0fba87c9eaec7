package eu.pharos.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The search pages and the search API, with the real security. */
@PharosTest
class SearchPagesTest {

  static final String HELPLINES = "european-helplines";
  static final String SECRETARIAT = "secretariat@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired SearchFixtures fixtures;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @AfterEach
  void tearDown() {
    fixtures.removeAll();
  }

  @Test
  void whatAContributorWroteIsShownAsTextWithTheFoundWordsMarked() throws Exception {
    IndexedItem post =
        fixtures.put(
            HELPLINES,
            KnowledgeIndex.KIND_DISCUSSION,
            Visibility.PUBLIC,
            "<script>alert('t')</script> Snarfle plan",
            "Before <b onmouseover=\"x()\">bold</b> the snarfle & more <img src=x onerror=y()>.",
            "en",
            "PT",
            Instant.parse("2026-04-02T10:00:00Z"));

    Document page = page("/app/knowledge/search?q=snarfle", SECRETARIAT);
    Element results = page.getElementById("results");
    assertThat(results).isNotNull();
    assertThat(results.select("script, b, img")).isEmpty();
    Element link = results.selectFirst("a[href='" + post.link() + "']");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("<script>alert('t')</script> Snarfle plan");
    assertThat(link.select("mark").text()).isEqualTo("Snarfle");
    assertThat(results.select("p.pharos-search-snippet").text())
        .contains("<b onmouseover=\"x()\">bold</b>", "<img src=x onerror=y()>");
    assertThat(results.select("p.pharos-search-snippet mark").text()).isEqualTo("snarfle");
    assertThat(results.html()).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(page.getElementById("results-heading").text()).isEqualTo("1 result");
    assertThat(results.selectFirst("li").attr("data-kind")).isEqualTo("discussion");
    assertThat(results.selectFirst("li").text())
        .contains("Discussion", "European Helplines", "Portugal", "English", "2 April 2026");

    // The API marks the same words, escaped likewise.
    String json =
        mvc.perform(get("/api/v1/knowledge/search").param("q", "snarfle"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains(
            "\"total\":1",
            "\"kind\":\"discussion\"",
            "\"titleHighlight\":\"&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"
                + " <mark>Snarfle</mark> plan\"",
            "&lt;b onmouseover=&quot;x()&quot;&gt;")
        .doesNotContain("<b ", "<img");
  }

  @Test
  void thePageHasFacetsAsFieldsetsAndPagesOfTwenty() throws Exception {
    for (int i = 0; i < 23; i++) {
      fixtures.put(
          HELPLINES,
          i % 2 == 0 ? KnowledgeIndex.KIND_PRACTICE : KnowledgeIndex.KIND_MINUTES,
          Visibility.NETWORK,
          "Gallimaufry " + i,
          "text " + i,
          "en",
          "BE",
          Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L));
    }
    Document first = page("/app/knowledge/search?q=gallimaufry", SECRETARIAT);
    assertThat(first.getElementById("results-heading").text()).isEqualTo("23 results");
    assertThat(first.select("#results > li")).hasSize(20);
    assertThat(first.select("#facet-kind legend").text()).isEqualTo("Type");
    assertThat(first.select("#facet-kind label").eachText())
        .containsExactly("Good practice (12)", "Minutes (11)");
    assertThat(first.select("#facet-centre label").eachText())
        .containsExactly("European Helplines (23)");
    assertThat(first.getElementById("page-of").text()).isEqualTo("Page 1 of 2");
    String next = first.getElementById("next-page").attr("href");
    assertThat(next).contains("q=gallimaufry", "page=2");

    Document second = page(next, SECRETARIAT);
    assertThat(second.select("#results > li")).hasSize(3);
    assertThat(second.getElementById("previous-page")).isNotNull();

    Document minutes = page("/app/knowledge/search?q=gallimaufry&kind=minutes", SECRETARIAT);
    assertThat(minutes.getElementById("results-heading").text()).isEqualTo("11 results");
    assertThat(minutes.select("#facet-kind input[checked]").eachAttr("value"))
        .containsExactly("minutes");

    // Visitors see only public content: none of this.
    MockHttpServletResponse visitor =
        mvc.perform(get("/knowledge/search").param("q", "gallimaufry")).andReturn().getResponse();
    assertThat(visitor.getStatus()).isEqualTo(200);
    assertThat(Jsoup.parse(visitor.getContentAsString()).getElementById("results-heading").text())
        .isEqualTo("Nothing found");
    // The staff page needs a sign-in.
    assertThat(mvc.perform(get("/app/knowledge/search")).andReturn().getResponse().getStatus())
        .isEqualTo(302);
  }

  @Test
  void visitorsOpenPublicContentOnThePublicPages() throws Exception {
    IndexedItem open =
        fixtures.put(HELPLINES, Visibility.PUBLIC, "Bumfuzzle guide", "for everyone", "en");
    Document page =
        Jsoup.parse(
            mvc.perform(get("/knowledge/search").param("q", "bumfuzzle"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("#results a").eachAttr("href"))
        .containsExactly(open.link().substring("/app".length()));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("\"victims of crime", "A phrase is not closed"),
        Arguments.of("(victims OR witnesses", "The brackets do not match"),
        Arguments.of("victims)", "The brackets do not match"),
        Arguments.of("victims +", "\"+\" stands alone"),
        Arguments.of("- victims", "\"-\" stands alone"),
        Arguments.of("OR victims", "\"OR\" needs a word on each side"),
        Arguments.of("victims OR", "\"OR\" needs a word on each side"),
        Arguments.of("*", "\"*\": put * only at the end of a word"),
        Arguments.of("vic*tims", "\"vic*tims\": put * only at the end of a word"),
        Arguments.of("\"\"", "A pair of quotes holds nothing"),
        Arguments.of("x".repeat(501), "Enter at most 500 characters."));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void eachMistakeInTheQueryGetsItsOwnMessage(String q, String message) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/app/knowledge/search").param("q", q).with(tenancy.as(SECRETARIAT)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.getElementById("q-error").text()).contains(message);
    assertThat(page.select(".govuk-error-summary a[href='#q']").text()).contains(message);
    assertThat(page.getElementById("q").attr("value")).isEqualTo(q);

    MockHttpServletResponse api =
        mvc.perform(get("/api/v1/knowledge/search").param("q", q)).andReturn().getResponse();
    assertThat(api.getStatus()).isEqualTo(400);
    assertThat(api.getContentAsString())
        .contains("urn:pharos:problem:validation-failed", "\"field\":\"q\"")
        .contains(message.replace("\"", "\\\""));
  }

  @Test
  void badFacetValuesAreRefusedWithAMessage() throws Exception {
    String json =
        mvc.perform(
                get("/api/v1/knowledge/search")
                    .param("kind", "recipe")
                    .param("centre", "no-such-centre")
                    .param("country", "Portugal")
                    .param("year", "last")
                    .param("page", "0"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains(
            "There is no type \\\"recipe\\\"",
            "There is no centre \\\"no-such-centre\\\".",
            "Give the country as a two-letter code, such as PT, not \\\"Portugal\\\".",
            "Give the year with four digits, such as 2026, not \\\"last\\\".",
            "Choose a page from 1 to 250.");
  }

  private Document page(String path, String email) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(tenancy.as(email))).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
