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

    var frozen =
        mvc.perform(
                post("/app/standards/frameworks/" + id + "/standards/" + standard)
                    .param("version", String.valueOf(catalogue.tree(id).rowVersion()))
                    .param("language", "fr")
                    .param("code", "1")
                    .param("title", "Trop tard")
                    .with(csrf())
                    .with(tenancy.as(SECRETARIAT)))
            .andReturn();
    assertThat(frozen.getResponse().getRedirectedUrl())
        .isEqualTo("/app/standards/frameworks/" + id);
    assertThat(frozen.getFlashMap().get("refused")).isEqualTo("standards.framework.error.frozen");
    assertThat(catalogue.tree(id).standards().get(0).title().in("fr")).isEqualTo("Gouvernance");

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

  @Test
  void everyFormOfADraftRendersAndAnIndicatorIsAddedThenTranslated() throws Exception {
    String code = freshCode();
    perform(
        multipart("/app/standards/frameworks/import")
            .file(file("f.yaml", illustrative(code)))
            .with(csrf()),
        SECRETARIAT);
    FrameworkTree tree = catalogue.tree(catalogue.find(code, "1.0").orElseThrow().id());
    String base = "/app/standards/frameworks/" + tree.id();
    UUID standard = tree.standards().get(1).id();
    UUID criterion = tree.standards().get(1).criteria().get(0).id();
    UUID indicator = tree.indicators().get(0).id();

    assertThat(page(get(base + "/edit?lang=pt"), SECRETARIAT, 200).selectFirst("#title").val())
        .startsWith("Referencial ilustrativo");
    page(get(base + "/standards/new"), SECRETARIAT, 200);
    page(get(base + "/standards/" + standard + "/criteria/new"), SECRETARIAT, 200);
    page(get(base + "/criteria/" + criterion + "/edit?lang=nl"), SECRETARIAT, 200);
    Document indicatorForm =
        page(get(base + "/indicators/" + indicator + "/edit?lang=de"), SECRETARIAT, 200);
    assertThat(indicatorForm.selectFirst("#required").hasAttr("checked")).isTrue();
    assertThat(indicatorForm.selectFirst("#guidance").val()).isEmpty();
    assertThat(indicatorForm.selectFirst("#guidance-hint").text()).contains("mission statement");
    Document newIndicator =
        page(get(base + "/criteria/" + criterion + "/indicators/new"), SECRETARIAT, 200);
    assertThat(newIndicator.selectFirst("#scale option[selected]").val()).isEqualTo("maturity");

    Document missing =
        page(
            post(base + "/criteria/" + criterion + "/indicators")
                .param("version", String.valueOf(tree.rowVersion()))
                .param("language", "en")
                .param("code", "2.1.9")
                .param("title", "")
                .param("scale", "maturity")
                .with(csrf()),
            SECRETARIAT,
            400);
    assertThat(missing.selectFirst("#title-error").text()).contains("original language (en)");
    assertThat(missing.selectFirst("#code").val()).isEqualTo("2.1.9");

    MockHttpServletResponse added =
        perform(
            post(base + "/criteria/" + criterion + "/indicators")
                .param("version", String.valueOf(tree.rowVersion()))
                .param("language", "en")
                .param("code", "2.1.9")
                .param("title", "Waiting times are measured")
                .param("guidance", "Look at the figures.")
                .param("scale", "maturity")
                .param("_required", "on")
                .with(csrf()),
            SECRETARIAT);
    assertThat(added.getStatus()).isEqualTo(302);
    FrameworkTree after = catalogue.tree(tree.id());
    var created =
        after.indicators().stream().filter(i -> i.code().equals("2.1.9")).findFirst().orElseThrow();
    assertThat(created.required()).as("an unticked box means optional").isFalse();
    assertThat(created.criterionId()).isEqualTo(criterion);

    perform(
        post(base + "/indicators/" + created.id())
            .param("version", String.valueOf(after.rowVersion()))
            .param("language", "fr")
            .param("code", "2.1.9")
            .param("title", "Les délais d’attente sont mesurés")
            .param("scale", "maturity")
            .param("required", "true")
            .param("_required", "on")
            .with(csrf()),
        SECRETARIAT);
    var translated = catalogue.tree(tree.id()).indicator(created.id()).orElseThrow();
    assertThat(translated.title().texts())
        .containsEntry("en", "Waiting times are measured")
        .containsEntry("fr", "Les délais d’attente sont mesurés");
    assertThat(translated.guidance().in("en")).isEqualTo("Look at the figures.");
    assertThat(translated.required()).isTrue();

    MockHttpServletResponse removed =
        perform(
            post(base + "/indicators/" + created.id() + "/remove")
                .param("version", String.valueOf(catalogue.tree(tree.id()).rowVersion()))
                .with(csrf()),
            SECRETARIAT);
    assertThat(removed.getStatus()).isEqualTo(302);
    assertThat(catalogue.tree(tree.id()).indicator(created.id())).isEmpty();
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
