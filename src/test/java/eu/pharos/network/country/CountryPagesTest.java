package eu.pharos.network.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.network.Countries;
import eu.pharos.test.PharosTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public map with its table, and the country profiles. */
@PharosTest
class CountryPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Countries countries;

  @Test
  void theMapAndTheTableShowTheSameCoverageForEveryCountry() throws Exception {
    Document page = page("/countries", 200);

    Map<String, String> onTheMap = new LinkedHashMap<>();
    for (Element country : page.select("#coverage-map a.pharos-map__country")) {
      onTheMap.put(country.attr("data-code"), country.attr("data-coverage"));
    }
    Map<String, String> inTheTable = new LinkedHashMap<>();
    for (Element row : page.select("#coverage-table tbody tr")) {
      inTheTable.put(row.attr("data-code"), row.attr("data-coverage"));
    }

    assertThat(inTheTable).hasSize(countries.all().size());
    assertThat(onTheMap).isEqualTo(inTheTable);
    assertThat(inTheTable)
        .containsEntry("PT", "MEMBERS")
        .containsEntry("SE", "HELPLINE")
        .containsEntry("IT", "NONE");
    for (Element row : page.select("#coverage-table tbody tr")) {
      String coverage = row.attr("data-coverage");
      String label =
          page.selectFirst(".pharos-map__legend li[data-coverage=" + coverage + "]").text();
      assertThat(row.select("td").first().text()).isEqualTo(label);
    }
  }

  @Test
  void everyCountryOnTheMapIsALinkWithAnAccessibleName() throws Exception {
    Document page = page("/countries", 200);

    Elements links = page.select("#coverage-map a.pharos-map__country");
    assertThat(links).isNotEmpty();
    for (Element link : links) {
      String code = link.attr("data-code");
      assertThat(link.attr("href")).isEqualTo("/countries/" + code);
      assertThat(link.attr("aria-label")).isNotBlank().contains(":");
      assertThat(link.selectFirst("title").text()).isEqualTo(link.attr("aria-label"));
      assertThat(link.selectFirst("path").attr("d")).startsWith("M");
    }
    Element portugal = page.selectFirst("#coverage-map a[data-code=PT]");
    assertThat(portugal.attr("aria-label")).isEqualTo("Portugal: Members of the network");
    assertThat(page.select("#coverage-map > g[aria-hidden=true] path")).isNotEmpty();
    assertThat(page.select(".pharos-map__legend li")).hasSize(4);
    assertThat(page.selectFirst("#coverage-map").attr("aria-labelledby"))
        .isEqualTo("coverage-map-title");
  }

  @Test
  void theMapSpeaksTheVisitorsLanguage() throws Exception {
    Document page = page("/countries?lang=de", 200);
    assertThat(page.selectFirst("#coverage-map a[data-code=PT]").attr("aria-label"))
        .isEqualTo("Portugal: Mitglieder des Netzwerks");
    assertThat(page.selectFirst("#coverage-table tr[data-code=DE] th").text())
        .isEqualTo("Deutschland");
  }

  @Test
  void denmarksProfileSaysTheVictimsRightsDirectiveDoesNotBindIt() throws Exception {
    Document page = page("/countries/DK", 200);

    assertThat(page.select("#instruments-not-bound li").eachAttr("data-code"))
        .contains("2012/29/EU");
    assertThat(page.select("#instruments-bound li").eachAttr("data-code"))
        .doesNotContain("2012/29/EU")
        .contains("2004/80/EC");
  }

  @Test
  void portugalsProfileNamesApavAsThe116006OperatorAndShows112() throws Exception {
    Document page = page("/countries/pt", 200);

    assertThat(page.selectFirst("h1").text()).isEqualTo("Portugal");
    assertThat(page.selectFirst("#fact-line").text()).contains("Running").contains("APAV");
    assertThat(page.selectFirst("#fact-emergency a").attr("href")).isEqualTo("tel:112");
    assertThat(page.select("#instead")).isEmpty();
    assertThat(page.selectFirst("#members").text()).contains("APAV").contains("Full member");
    assertThat(page.selectFirst("#timeline").text())
        .contains("Centre of Excellence on European helplines (116 006)")
        .contains("Meeting")
        .contains("APAV");
  }

  @Test
  void italysProfileSaysThereIsNoGenericServiceNo116006AndWhatToDoInstead() throws Exception {
    Document page = page("/countries/IT", 200);

    assertThat(page.selectFirst("#fact-generic").text())
        .isEqualTo("No generic national victim support service (2017)");
    assertThat(page.selectFirst("#instead").text())
        .contains("There is no 116 006 helpline for victims of crime in Italy.")
        .contains("112");
  }

  @Test
  void theTimelineShowsNoInternalNotesOutcomesOrActions() throws Exception {
    Document page = page("/countries/HR", 200);

    assertThat(page.selectFirst("#timeline").text())
        .contains("Pilot evaluation against the nine victim support standards")
        .contains("Pilot evaluation")
        .contains("Bijeli Krug");
    assertThat(page.text())
        .doesNotContain("Second technical visit")
        .doesNotContain("underwent a first evaluation")
        .doesNotContain("Review the improvements");
  }

  @Test
  void anUnknownOrMalformedCountryGetsTheFriendlyNotFoundPage() throws Exception {
    for (String path : new String[] {"/countries/XX", "/countries/abc", "/countries/1"}) {
      Document page = page(path, 404);
      assertThat(page.selectFirst("h1").text()).isEqualTo("We have no profile for this country");
      assertThat(page.selectFirst("main a[href=/countries]")).isNotNull();
    }
  }

  private Document page(String path, int status) throws Exception {
    MvcResult result = mvc.perform(get(path)).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
