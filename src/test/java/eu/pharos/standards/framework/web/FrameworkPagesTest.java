package eu.pharos.standards.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkStatus;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The framework pages with the real security: the secretariat's import and edits, staff reading.
 */
@PharosTest
class FrameworkPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String MEMBER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  static String illustrative(String code) throws Exception {
    try (InputStream in =
        FrameworkPagesTest.class.getResourceAsStream("/standards/illustrative-framework.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("code: pharos-illustrative", "code: " + code);
    }
  }

  static String freshCode() {
    return "w-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aBrokenFileShowsEachProblemWithItsLineAndImportsNothing() throws Exception {
    String code = freshCode();
    String broken =
        illustrative(code)
            .replace("code: \"1.1.2\"", "code: \"1.1.1\"")
            .replace("title: {en: \"Independence\"", "title: {es: \"Independencia\"");
    long before = indicators();

    Document page =
        page(
            multipart("/app/standards/frameworks/import")
                .file(file("broken.yaml", broken))
                .with(csrf()),
            SECRETARIAT,
            400);

    assertThat(page.select("#problems tbody tr")).hasSizeGreaterThanOrEqualTo(2);
    String firstLine = page.select("#problems tbody tr").get(0).attr("data-line");
    assertThat(page.selectFirst("#problems").text())
        .contains("The code 1.1.1 is used twice; first on line")
        .contains("The language es is not among the framework’s languages (en, fr, de, pt, nl).");
    assertThat(Integer.parseInt(firstLine)).isPositive();
    assertThat(page.selectFirst(".govuk-error-summary").text()).contains("Nothing was stored");
    assertThat(page.selectFirst("#file-error")).isNotNull();
    assertThat(indicators()).isEqualTo(before);
    assertThat(catalogue.find(code, "1.0")).isEmpty();
  }

  @Test
  void aSyntaxErrorIsShownWithItsLine() throws Exception {
    Document page =
        page(
            multipart("/app/standards/frameworks/import")
                .file(file("broken.json", "{\n  \"code\": \"x\",\n  \"version\": [\n}\n"))
                .with(csrf()),
            SECRETARIAT,
            400);

    assertThat(page.select("#problems tbody tr")).hasSize(1);
    assertThat(page.selectFirst("#problems tbody tr").attr("data-line")).isEqualTo("4");
  }

  @Test
  void theSecretariatImportsEditsAndAdoptsAFrameworkThatStaffThenRead() throws Exception {
    String code = freshCode();
    MockHttpServletResponse imported =
        perform(
            multipart("/app/standards/frameworks/import")
                .file(file("framework.yml", illustrative(code)))
                .with(csrf()),
            SECRETARIAT);
    assertThat(imported.getStatus()).isEqualTo(302);
    UUID id = catalogue.find(code, "1.0").orElseThrow().id();
    assertThat(imported.getRedirectedUrl()).isEqualTo("/app/standards/frameworks/" + id);

    Document draft = page(get("/app/standards/frameworks/" + id + "?lang=fr"), SECRETARIAT, 200);
    assertThat(draft.selectFirst("#framework-name").text()).startsWith("Référentiel illustratif");
    assertThat(draft.selectFirst("#illustrative")).isNotNull();
    assertThat(draft.select("#tree [data-standard]")).hasSize(9);
    assertThat(draft.select("#tree [data-indicator]")).hasSize(46);
    assertThat(draft.selectFirst("[data-indicator='1.1.1'] .govuk-summary-card__title").text())
        .contains("Une mission écrite");
    assertThat(draft.selectFirst("#framework-languages [aria-current]").text())
        .isEqualToIgnoringCase("français");
    assertThat(draft.selectFirst("#adopt")).isNotNull();

    // a member does not see the draft
    page(get("/app/standards/frameworks/" + id), MEMBER, 404);

    // edit a standard's French title
    FrameworkTree tree = catalogue.tree(id);
    UUID standard = tree.standards().get(0).id();
    Document form =
        page(
            get("/app/standards/frameworks/" + id + "/standards/" + standard + "/edit?lang=fr"),
            SECRETARIAT,
            200);
    assertThat(form.selectFirst("#title").val()).isEqualTo("Gouvernance et indépendance");
    assertThat(form.selectFirst("#title-hint").text()).contains("Governance and independence");

    Document refused =
        page(
            post("/app/standards/frameworks/" + id + "/standards/" + standard)
                .param("version", String.valueOf(tree.rowVersion()))
                .param("language", "fr")
                .param("code", "2")
                .param("title", "Gouvernance")
                .with(csrf()),
            SECRETARIAT,
            400);
    assertThat(refused.selectFirst("#code-error").text())
        .contains("The code 2 is already used in this framework.");
    assertThat(refused.selectFirst("#title").val()).isEqualTo("Gouvernance");

    MockHttpServletResponse saved =
        perform(
            post("/app/standards/frameworks/" + id + "/standards/" + standard)
                .param("version", String.valueOf(tree.rowVersion()))
                .param("language", "fr")
                .param("code", "1")
                .param("title", "Gouvernance")
                .with(csrf()),
            SECRETARIAT);
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(catalogue.tree(id).standards().get(0).title().in("fr")).isEqualTo("Gouvernance");

    // the same form sent again from the old version is a conflict that keeps the input
    Document stale =
        page(
            post("/app/standards/frameworks/" + id + "/standards/" + standard)
                .param("version", String.valueOf(tree.rowVersion()))
                .param("language", "fr")
                .param("code", "1")
                .param("title", "Gouvernance et autonomie")
                .with(csrf()),
            SECRETARIAT,
            409);
    assertThat(stale.selectFirst("#stale")).isNotNull();
    assertThat(stale.selectFirst("#saved").text()).contains("Gouvernance");
    assertThat(stale.selectFirst("#title").val()).isEqualTo("Gouvernance et autonomie");

    // adopt, then nobody can edit it and staff read it
    long version = catalogue.tree(id).rowVersion();
    assertThat(
            perform(
                    post("/app/standards/frameworks/" + id + "/adopt")
                        .param("version", String.valueOf(version))
                        .with(csrf()),
                    SECRETARIAT)
                .getStatus())
        .isEqualTo(302);
    assertThat(catalogue.tree(id).status()).isEqualTo(FrameworkStatus.ADOPTED);
    Document adopted = page(get("/app/standards/frameworks/" + id), SECRETARIAT, 200);
    assertThat(adopted.selectFirst("#adopt")).isNull();
    assertThat(adopted.selectFirst("#retire")).isNotNull();
    assertThat(adopted.select("a[href*='/edit']")).isEmpty();

    Document read = page(get("/app/standards/frameworks/" + id + "?lang=de"), MEMBER, 200);
    assertThat(read.selectFirst("[data-standard='3'] h3").text())
        .contains("Vertraulichkeit und Datenschutz");
    assertThat(read.selectFirst("#new-version-form")).isNull();
    assertThat(read.selectFirst("#adopt")).isNull();
    perform(
        post("/app/standards/frameworks/" + id + "/retire")
            .param("version", String.valueOf(catalogue.tree(id).rowVersion()))
            .with(csrf()),
        MEMBER);
    assertThat(catalogue.tree(id).status()).isEqualTo(FrameworkStatus.ADOPTED);

    MockHttpServletResponse export =
        perform(get("/app/standards/frameworks/" + id + "/export?format=json"), MEMBER);
    assertThat(export.getStatus()).isEqualTo(200);
    assertThat(export.getHeader("Content-Disposition")).contains(code + "-1.0.json");
    assertThat(export.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\" : \"" + code);

    Document list = page(get("/app/standards/frameworks"), MEMBER, 200);
    assertThat(list.selectFirst("tr[data-framework-id=" + id + "]")).isNotNull();
    assertThat(list.selectFirst("#import-link")).isNull();
    page(get("/app/standards/frameworks/import"), MEMBER, 403);

    // a new version from the page
    MockHttpServletResponse next =
        perform(
            post("/app/standards/frameworks/" + id + "/versions")
                .param("newVersion", "2.0")
                .with(csrf()),
            SECRETARIAT);
    UUID nextId = catalogue.find(code, "2.0").orElseThrow().id();
    assertThat(next.getRedirectedUrl()).isEqualTo("/app/standards/frameworks/" + nextId);
    Document successors =
        page(get("/app/standards/frameworks/" + id + "/successors"), SECRETARIAT, 200);
    UUID first = tree.indicators().get(0).id();
    assertThat(successors.selectFirst("#successor-" + first + " option[selected]").text())
        .startsWith("1.1.1");
  }

  private long indicators() {
    return jdbc.queryForObject("select count(*) from standards_indicator", Long.class);
  }

  private static MockMultipartFile file(String name, String content) {
    return new MockMultipartFile(
        "file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
  }

  private MockHttpServletResponse perform(
      AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(AbstractMockHttpServletRequestBuilder<?> request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
