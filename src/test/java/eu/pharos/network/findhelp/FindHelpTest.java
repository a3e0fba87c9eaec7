package eu.pharos.network.findhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.test.PharosTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The anonymous search on the demo directory, on Wednesday 2 December 2026 at 10:30 UTC: APAV in
 * Portugal is open 09:00–19:00 in Lisbon, its 116 006 line 09:00–21:00.
 */
@PharosTest
@Import(FindHelpClock.Config.class)
class FindHelpTest {

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired FindHelpClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theFormSuggestsTheCountryOfTheBrowsersLanguageAndThePageLanguage() throws Exception {
    Document page = page(get("/find-help").header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5"));

    assertThat(page.select("#country option[selected]").attr("value")).isEqualTo("PT");
    assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("pt");
    assertThat(page.select("html").attr("lang")).isEqualTo("pt");
    assertThat(page.select("form.pharos-find-help-form").attr("method")).isEqualTo("post");
    assertThat(page.select("form.pharos-find-help-form input[name=_csrf]")).isEmpty();
    assertThat(page.select("#crime option")).hasSizeGreaterThan(10);
    assertThat(page.select("#service option")).hasSizeGreaterThan(10);
    assertThat(page.select("a[href=tel:112]")).isNotEmpty();
  }

  @Test
  void aBrowserWithoutARegionGetsNoSuggestion() throws Exception {
    Document page = page(get("/find-help").header("Accept-Language", "en"));

    assertThat(page.select("#country option[selected]")).isEmpty();
    assertThat(page.select("#language option[selected]").attr("value")).isEqualTo("en");
  }

  @Test
  void findsRanksAndShowsOpeningTimesInTheVisitorsTimeZone() throws Exception {
    MvcResult result =
        mvc.perform(
                search("PT", "pt", "", "LEGAL_INFORMATION", "Europe/Helsinki")
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn();
    assertThat(result.getRequest().getSession(false)).isNull();
    Document page = Jsoup.parse(result.getResponse().getContentAsString());

    Element first = page.select(".pharos-offer").first();
    assertThat(first.select("h3").text()).contains("APAV");
    // 09:00–19:00 in Lisbon is 11:00–21:00 in Helsinki; the line until 21:00 in Lisbon, 23:00 here.
    assertThat(first.select(".pharos-opening").first().text()).isEqualTo("Open now (until 21:00)");
    assertThat(first.select(".pharos-helpline").text()).contains("Open now (until 23:00)");
    assertThat(first.select("a.pharos-tel").attr("href")).isEqualTo("tel:116006");
    assertThat(first.text()).contains("Runs 116 006").contains("Speaks your language");
    assertThat(first.text()).contains("To verify before production");
    assertThat(page.select("#time-zone").text()).contains("Europe/Helsinki");
    assertThat(page.select("#harmonised-line").text())
        .contains("same free number in every EU country");
    assertThat(page.select("#harmonised-here").text()).contains("Portugal");
    assertThat(page.select("a[href=tel:112]")).isNotEmpty();
    assertThat(first.select(".pharos-chat-now").attr("href"))
        .startsWith("/chat/start?organisation=");
  }

  @Test
  void withoutATimeZoneTimesAreInTheCountrysAndThePageSaysSo() throws Exception {
    clock.set(java.time.Instant.parse("2026-12-02T20:00:00Z"));
    Document page = page(search("PT", "en", "", "", ""));

    Element apav = page.select(".pharos-offer").first();
    assertThat(apav.select(".pharos-opening").first().text()).isEqualTo("Opens tomorrow at 09:00");
    assertThat(apav.select(".pharos-helpline").text()).contains("Open now (until 21:00)");
    assertThat(page.select("#time-zone").text()).contains("Europe/Lisbon");
  }

  @Test
  void whatDoesNotFitIsShownApartAfterWhatFits() throws Exception {
    // In Belgium, SAW offers restorative justice; V-Europe does not.
    Document page = page(search("BE", "nl", "", "RESTORATIVE_JUSTICE", ""));

    assertThat(page.select("#results h3.govuk-heading-m").eachText())
        .containsExactly("Organisations that can help you", "Other organisations in the country");
    List<String> names = page.select(".pharos-offer h3").eachText();
    assertThat(names.get(0)).containsIgnoringCase("Welzijnswerk");
  }

  @Test
  void aCountryWithoutA116006LineSaysSoAndWhatExistsInstead() throws Exception {
    Document page = page(get("/find-help/BE").param("lang", "en"));

    assertThat(page.select("#no-harmonised-line").text())
        .contains("There is no 116 006 line in Belgium yet");
    assertThat(page.select(".pharos-offer")).isNotEmpty();
    assertThat(page.select("#emergency a[href=tel:112]")).isNotEmpty();
  }

  @Test
  void aCountryWithoutMembersOrGenericServiceSaysWhatExistsAndAlwaysShows112() throws Exception {
    Document page = page(get("/find-help/GR").param("lang", "en"));

    assertThat(page.select("#no-member").text()).contains("no member organisation in Greece");
    assertThat(page.select("#no-generic-service").text())
        .contains("Greece has no national service that supports every victim");
    assertThat(page.select("#emergency").text()).contains("112");
    assertThat(page.select("#emergency a[href=tel:112]")).isNotEmpty();
    // Members that support victims across borders are offered instead.
    assertThat(page.select(".pharos-offer h3").eachText()).anyMatch(n -> n.contains("APAV"));
  }

  @Test
  void theCountryPageListsEveryMemberWithTelLinksInTheCountrysTimeZone() throws Exception {
    Document page = page(get("/find-help/PT").param("lang", "pt"));

    assertThat(page.select("html").attr("lang")).isEqualTo("pt");
    assertThat(page.select("h1").text()).contains("Portugal");
    assertThat(page.select(".pharos-offer")).hasSize(membersIn("PT"));
    assertThat(page.select(".pharos-offer .pharos-opening").first().text())
        .isEqualTo("Aberto agora (até às 19:00)");
    assertThat(page.select("#time-zone").text()).contains("Europe/Lisbon");
    assertThat(page.select("a.pharos-tel").eachAttr("href")).contains("tel:116006");
    assertThat(page.select(".pharos-offer h3 a").attr("href")).endsWith("?lang=pt");
  }

  @Test
  void theOrganisationPageShowsTheProfileAndMarksUnverifiedDetails() throws Exception {
    Document page = page(get("/organisations/apav").param("lang", "en"));

    assertThat(page.select("h1").text()).contains("APAV");
    assertThat(page.select("#unverified").text()).contains("To verify before production");
    assertThat(page.select("#services li").eachText()).isNotEmpty();
    assertThat(page.select("#hours tr")).hasSize(7);
    assertThat(page.select("#hours").text()).contains("09:00–19:00");
    assertThat(page.select(".pharos-opening").first().text()).isEqualTo("Open now (until 19:00)");
    assertThat(page.select("a[href=https://apav.pt]")).isNotEmpty();
    assertThat(page.select("a.pharos-tel").eachAttr("href")).contains("tel:116006");

    MemberView apav = member("APAV");
    assertThat(page.select(".pharos-chat-now").attr("href"))
        .isEqualTo("/chat/start?organisation=" + apav.organisationId());
    Document byId = page(get("/organisations/" + apav.organisationId()).param("lang", "en"));
    assertThat(byId.select("h1").text()).isEqualTo(page.select("h1").text());
  }

  @ParameterizedTest
  @CsvSource({
    "/find-help/XX",
    "/find-help/PORTUGAL",
    "/organisations/NO-SUCH-ORG",
    "/organisations/00000000-0000-0000-0000-000000000000"
  })
  void anUnknownCountryOrOrganisationGetsAFriendlyNotFoundPage(String path) throws Exception {
    MvcResult result =
        mvc.perform(get(path).param("lang", "en"))
            .andExpect(status().isNotFound())
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn();
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("h1").text()).isEqualTo("We could not find that page");
    assertThat(page.select("#emergency a[href=tel:112]")).isNotEmpty();
    assertThat(page.select("#quick-exit")).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "'', pt, '', '', '', country, Choose the country where you need help",
    "XX, pt, '', '', '', country, Choose a country from the list",
    "PT, klingon, '', '', '', language, Choose a language from the list",
    "PT, pt, HEARTBREAK, '', '', crime, 'Choose what happened from the list, or leave it empty'",
    "PT, pt, '', MAGIC, '', service, 'Choose the help you need from the list, or leave it empty'",
    "PT, pt, '', '', Mars/Olympus, timeZone, 'Enter a time zone such as Europe/Lisbon, or leave it empty'"
  })
  void badInputGetsTheFormAgainWithAClearMessageAnd400(
      String country,
      String language,
      String crime,
      String service,
      String zone,
      String field,
      String message)
      throws Exception {
    long revision = directory.revision();
    MvcResult result =
        mvc.perform(search(country, language, crime, service, zone))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn();

    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(message);
    assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#" + field);
    assertThat(page.select("#" + field + "-error").text()).contains(message);
    assertThat(page.select("#results")).isEmpty();
    assertThat(page.select("form.pharos-find-help-form")).isNotEmpty();
    assertThat(directory.revision()).isEqualTo(revision);
  }

  private MockHttpServletRequestBuilder search(
      String country, String language, String crime, String service, String zone) {
    return post("/find-help")
        .param("country", country)
        .param("language", language)
        .param("crime", crime)
        .param("service", service)
        .param("timeZone", zone)
        .param("lang", "en");
  }

  @ParameterizedTest
  @CsvSource({"PT", "DE", "BE", "HR", "FI"})
  void theApiReturnsTheSameOrganisationsAsTheCountrysPage(String country) throws Exception {
    Document page = page(get("/find-help/" + country).param("lang", "en"));
    List<String> onPage = page.select("[data-organisation]").eachAttr("data-organisation");

    String json =
        mvc.perform(get("/api/v1/organisations").param("country", country))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> inApi = com.jayway.jsonpath.JsonPath.read(json, "$[*].id");

    assertThat(onPage).isNotEmpty().containsExactlyInAnyOrderElementsOf(inApi);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private int membersIn(String country) {
    return directory.members(MemberFilter.inCountry(country)).size();
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> shortName.equals(m.shortName()))
        .findFirst()
        .orElseThrow();
  }
}
