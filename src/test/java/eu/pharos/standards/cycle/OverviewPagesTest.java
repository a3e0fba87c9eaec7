package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.NewApiToken;
import eu.pharos.identity.Organisations;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages, downloads and API across the network with the real security: the accredited Croatian
 * member's results in the heatmap, APAV's self-assessment beside them, Weisser Ring Austria without
 * a cycle. These tests live beside {@link OverviewFixtures}, which writes the cycles.
 */
@PharosTest
class OverviewPagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired OverviewFixtures fixtures;
  @Autowired TestFrameworks frameworks;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApiTokens tokens;
  @Autowired JsonMapper json;

  TenancyCheck tenancy;
  UUID croatia;
  UUID apav;
  UUID wrAt;
  String code;
  UUID croatianCycle;
  UUID portugueseCycle;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    wrAt = organisations.findByShortName("WR-AT").orElseThrow().id();
    clean();

    UUID framework = frameworks.adopted();
    code =
        jdbc.queryForObject(
            "select code from standards_framework where id = ?", String.class, framework);
    // Titles a spreadsheet would run as formulas, set before the framework is first read.
    jdbc.update(
        "update standards_standard set title_texts = ? where framework_id = ? and code = '2'",
        "{\"en\":\"=HYPERLINK(\\\"https://example.org\\\")\"}",
        framework);
    jdbc.update(
        "update standards_indicator set title_texts = ? where framework_id = ? and code = '2.1.1'",
        "{\"en\":\"@SUM(1+1)\"}",
        framework);

    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(60, ChronoUnit.DAYS);
    croatianCycle = fixtures.open(croatia, framework, start);
    fixtures.rate(croatianCycle, Map.of("1.1.1", 3, "1.1.2", 3, "1.2.1", 2, "2.1.1", 3));
    fixtures.evaluate(
        croatianCycle,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.1.2", FindingResult.PARTLY_MET,
            "1.2.1", FindingResult.MET,
            "2.1.1", FindingResult.NOT_MET,
            "2.1.2", FindingResult.MET),
        true);
    fixtures.decide(
        croatianCycle,
        DecisionOutcome.ACCREDITED,
        LocalDate.now().minusDays(1),
        LocalDate.now().plusYears(3));
    portugueseCycle = fixtures.open(apav, framework, start.plus(1, ChronoUnit.DAYS));
    fixtures.rate(portugueseCycle, Map.of("1.1.1", 3, "1.1.2", 1));
    fixtures.submit(portugueseCycle);
  }

  @AfterEach
  void clean() {
    for (UUID org : List.of(croatia, apav, wrAt)) {
      fixtures.removeCyclesOf(org);
    }
  }

  @Test
  void theHeatmapShowsTheAccreditedCroatianMembersResultsAsTextInAnAccessibleTable()
      throws Exception {
    Document page = page(get("/app/standards/overview").param("framework", code), SECRETARIAT, 200);

    assertThat(page.select("#tab-heatmap").attr("aria-current")).isEqualTo("page");
    assertThat(page.select("#framework option[selected]").attr("value")).isEqualTo(code);
    Element table = page.selectFirst("table#heatmap");
    assertThat(table).isNotNull();
    assertThat(table.select("caption").text())
        .isEqualTo("Members against the standards of Test standards 1.0");
    assertThat(table.select("thead th[scope=col]"))
        .extracting(Element::text)
        .containsExactly("Member", "1 Governance", "2 =HYPERLINK(\"https://example.org\")");
    assertThat(page.selectFirst(".pharos-table-scroll[role=region]")).isNotNull();

    Element croatian = table.selectFirst("tr[data-organisation=HR-VWSS]");
    assertThat(croatian.select("th[scope=row]").text())
        .contains(
            "Victim and Witness Support Service (Croatia)",
            reference(croatianCycle),
            "Decided",
            "version 1.0");
    assertThat(croatian.select("th[scope=row] a").attr("href"))
        .isEqualTo("/app/standards/cycles/" + croatianCycle);
    List<Element> cells = croatian.select("td");
    assertThat(cells.get(0).text()).isEqualTo("83% Good");
    assertThat(cells.get(0).hasClass("pharos-heat--good")).isTrue();
    assertThat(cells.get(0).attr("data-source")).isEqualTo("FINDINGS");
    assertThat(cells.get(1).text()).isEqualTo("50% Partly there");

    Element portuguese = table.selectFirst("tr[data-organisation=APAV]");
    List<Element> apavCells = portuguese.select("td");
    assertThat(apavCells.get(0).text()).isEqualTo("67% Partly there * Self-assessed");
    assertThat(apavCells.get(0).select(".pharos-heat-symbol").attr("aria-hidden"))
        .isEqualTo("true");
    assertThat(apavCells.get(1).text()).isEqualTo("– No result yet");
    assertThat(table.selectFirst("tr[data-organisation=WR-AT]")).isNull();

    assertThat(page.select("#legend li")).hasSize(5);
    assertThat(page.select("#legend-self").text()).startsWith("* Self-assessed:");
    assertThat(page.select("#heatmap-csv").attr("href"))
        .isEqualTo("/app/standards/overview/heatmap.csv?framework=" + code);

    // Without a choice the page opens on a framework; an unknown one is refused beside the select.
    page(get("/app/standards/overview"), SECRETARIAT, 200);
    Document refused =
        page(get("/app/standards/overview").param("framework", "no-such"), SECRETARIAT, 400);
    assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#framework");
    assertThat(refused.select("#framework-error").text())
        .contains("Choose a framework from the list.");
  }

  @Test
  void theOtherViewsListIndicatorsAndStagesInOtherLanguagesToo() throws Exception {
    Document indicators =
        page(get("/app/standards/overview/indicators").param("framework", code), SECRETARIAT, 200);
    assertThat(indicators.select("#tab-indicators").attr("aria-current")).isEqualTo("page");
    assertThat(indicators.select("#evaluated").text()).endsWith(": 1.");
    assertThat(indicators.select("table#indicators caption").text())
        .isEqualTo("Indicators of Test standards 1.0, most often not met first");
    assertThat(indicators.select("table#indicators tbody tr"))
        .extracting(row -> row.attr("data-indicator"))
        .containsExactly("2.1.1", "1.1.2");
    assertThat(indicators.select("tr[data-indicator=2.1.1] td"))
        .extracting(Element::text)
        .endsWith("1", "0");

    Document stages = page(get("/app/standards/overview/stages"), SECRETARIAT, 200);
    Element croatian = stages.selectFirst("table#stages tr[data-organisation=HR-VWSS]");
    assertThat(croatian.attr("data-stage")).isEqualTo("DECIDED");
    assertThat(croatian.text()).contains("Accredited", "Valid until").doesNotContain("Expired");
    Element austrian = stages.selectFirst("table#stages tr[data-organisation=WR-AT]");
    assertThat(austrian.attr("data-stage")).isEqualTo("NONE");
    assertThat(austrian.select("td").get(0).text()).isEqualTo("No cycle");
    assertThat(stages.select("#stage-summary [data-stage=NONE] dd").text()).matches("\\d+");

    Document french =
        page(
            get("/app/standards/overview").param("framework", code).param("lang", "fr"),
            SECRETARIAT,
            200);
    assertThat(french.select("tr[data-organisation=HR-VWSS] td").get(0).text())
        .isEqualTo("83 % Bon");
  }

  @Test
  void theDownloadsAreCsvWithAHeaderEveryRowAndNoFormulas() throws Exception {
    MockHttpServletResponse heatmap =
        perform(get("/app/standards/overview/heatmap.csv").param("framework", code), SECRETARIAT);
    assertThat(heatmap.getStatus()).isEqualTo(200);
    assertThat(heatmap.getContentType()).startsWith("text/csv");
    assertThat(heatmap.getHeader("Content-Disposition"))
        .startsWith("attachment; filename=\"pharos-heatmap-" + code + "-")
        .endsWith(".csv\"");
    List<CSVRecord> rows = csv(heatmap);
    assertThat(rows.get(0).values())
        .containsExactly(
            "Member",
            "Short name",
            "Country",
            "Cycle",
            "Framework version",
            "Stage",
            "1 Governance (%)",
            "1 Governance (source)",
            "2 =HYPERLINK(\"https://example.org\") (%)",
            "2 =HYPERLINK(\"https://example.org\") (source)");
    CSVRecord croatian = row(rows, "HR-VWSS");
    assertThat(croatian.get(5)).isEqualTo("Decided");
    assertThat(croatian.get(6)).isEqualTo("83");
    assertThat(croatian.get(7)).isEqualTo("From the evaluators’ findings");
    CSVRecord portuguese = row(rows, "APAV");
    assertThat(portuguese.get(6)).isEqualTo("67");
    assertThat(portuguese.get(7)).isEqualTo("Self-assessed");
    assertThat(portuguese.get(8)).isEmpty();
    assertThat(rows).hasSize(3);

    MockHttpServletResponse indicators =
        perform(
            get("/app/standards/overview/indicators.csv").param("framework", code), SECRETARIAT);
    assertThat(indicators.getHeader("Content-Disposition")).contains("pharos-indicators-");
    List<CSVRecord> ranked = csv(indicators);
    assertThat(ranked.get(0).get(0)).isEqualTo("Rank");
    assertThat(ranked.get(1).values())
        .containsExactly(
            "1",
            "2.1.1",
            "'@SUM(1+1)",
            "2",
            "'=HYPERLINK(\"https://example.org\")",
            "1.0",
            "1",
            "0",
            "1");

    MockHttpServletResponse stages =
        perform(get("/app/standards/overview/stages.csv"), SECRETARIAT);
    List<CSVRecord> members = csv(stages);
    assertThat(members.get(0).get(0)).isEqualTo("Member");
    CSVRecord croatianStage = row(members, "HR-VWSS");
    assertThat(croatianStage.get(3)).isEqualTo("Decided");
    assertThat(croatianStage.get(11)).isEqualTo("Accredited");
    assertThat(croatianStage.get(12)).isEqualTo(LocalDate.now().plusYears(3).toString());
    assertThat(croatianStage.get(13)).isEqualTo("no");
    assertThat(row(members, "WR-AT").get(3)).isEqualTo("No cycle");

    assertThat(
            perform(
                    get("/app/standards/overview/heatmap.csv").param("framework", "no-such"),
                    SECRETARIAT)
                .getStatus())
        .isEqualTo(400);
  }

  @Test
  void theApiAnswersTheSecretariatAndEachCallerSeesItsOwnCycles() throws Exception {
    String secretariat = token(SECRETARIAT);
    JsonNode heatmap =
        api("/api/v1/standards/overview/heatmap?framework=" + code, secretariat, 200);
    assertThat(heatmap.get("frameworkCode").asString()).isEqualTo(code);
    JsonNode croatian = null;
    for (JsonNode row : heatmap.get("rows")) {
      if (row.get("shortName").asString().equals("HR-VWSS")) {
        croatian = row;
      }
    }
    assertThat(croatian).isNotNull();
    assertThat(croatian.get("cells").get(0).get("percent").asInt()).isEqualTo(83);
    assertThat(croatian.get("cells").get(0).get("source").asString()).isEqualTo("FINDINGS");
    assertThat(croatian.get("cells").get(0).get("band").asString()).isEqualTo("GOOD");
    assertThat(croatian.get("cells").get(0).get("cycleReference").asString())
        .isEqualTo(reference(croatianCycle));

    JsonNode ranking =
        api("/api/v1/standards/overview/indicators?limit=1&framework=" + code, secretariat, 200);
    assertThat(ranking.get("indicators")).hasSize(1);
    assertThat(ranking.get("indicators").get(0).get("code").asString()).isEqualTo("2.1.1");
    JsonNode badLimit =
        api("/api/v1/standards/overview/indicators?limit=0&framework=" + code, secretariat, 400);
    assertThat(badLimit.get("type").asString()).isEqualTo("urn:pharos:problem:validation-failed");
    assertThat(badLimit.toString()).contains("limit", "Ask for 1 to 1000 indicators.");
    JsonNode badFramework =
        api("/api/v1/standards/overview/heatmap?framework=no-such", secretariat, 400);
    assertThat(badFramework.toString()).contains("framework");

    JsonNode stages = api("/api/v1/standards/overview/stages", secretariat, 200);
    assertThat(stages.get("summary")).isNotEmpty();
    assertThat(stages.toString()).contains("\"shortName\":\"WR-AT\"");

    assertThat(ids(api("/api/v1/standards/cycles", secretariat, 200)))
        .contains(croatianCycle.toString(), portugueseCycle.toString());

    String member = token(HR_LEAD);
    api("/api/v1/standards/overview/heatmap", member, 403);
    api("/api/v1/standards/overview/stages", member, 403);
    assertThat(ids(api("/api/v1/standards/cycles", member, 200)))
        .contains(croatianCycle.toString())
        .doesNotContain(portugueseCycle.toString());
    JsonNode own = api("/api/v1/standards/cycles/" + croatianCycle, member, 200);
    assertThat(own.get("reference").asString()).isEqualTo(reference(croatianCycle));
    assertThat(own.get("parties").toString()).isEqualTo("[\"MEMBER\"]");
    api("/api/v1/standards/cycles/" + portugueseCycle, member, 404);
  }

  @Test
  void membersMayNotLookAcrossTheNetwork() throws Exception {
    for (String user : List.of(APAV_ADMIN, HR_LEAD)) {
      for (String path :
          List.of(
              "/app/standards/overview",
              "/app/standards/overview/indicators",
              "/app/standards/overview/stages",
              "/app/standards/overview/heatmap.csv",
              "/app/standards/overview/indicators.csv",
              "/app/standards/overview/stages.csv")) {
        assertThat(perform(get(path), user).getStatus()).as(user + " " + path).isEqualTo(403);
      }
    }
    Document hub = page(get("/app/standards"), SECRETARIAT, 200);
    assertThat(hub.select("#overview-link").attr("href")).isEqualTo("/app/standards/overview");
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus())
        .as(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).startsWith("\uFEFF");
    assertThat(body).contains("\r\n");
    return CSVFormat.DEFAULT.parse(new StringReader(body.substring(1))).getRecords();
  }

  private static CSVRecord row(List<CSVRecord> rows, String shortName) {
    return rows.stream()
        .filter(r -> r.size() > 1 && r.get(1).equals(shortName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + shortName));
  }

  private JsonNode api(String path, String token, int expected) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(expected);
    return json.readTree(body);
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode node : list) {
      ids.add(node.get("id").asString());
    }
    return ids;
  }

  private String reference(UUID cycleId) {
    return jdbc.queryForObject(
        "select reference from standards_cycle where id = ?", String.class, cycleId);
  }

  private String token(String email) {
    return tenancy.asUser(email, () -> tokens.create(new NewApiToken("overview test", 1))).secret();
  }
}
