package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.test.PharosTest;
import jakarta.servlet.http.Cookie;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The public site speaks the visitor's language: the one they choose, which is remembered, or else
 * the first one of their browser that Pharos speaks, or else English.
 */
@PharosTest
class LanguageSwitchTest {

  private static final String COOKIE = "PHAROS_LANG";

  @Autowired MockMvc mvc;

  @Test
  void showsTheLanguageChosenAndRemembersItOnTheNextPage() throws Exception {
    MvcResult chosen =
        mvc.perform(get("/").param("lang", "fr"))
            .andExpect(status().isOk())
            .andExpect(cookie().value(COOKIE, "fr"))
            .andReturn();

    Document page = Jsoup.parse(chosen.getResponse().getContentAsString());
    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.select("h1").text())
        .isEqualTo("Aide aux victimes d’infractions, où que vous soyez en Europe");
    assertThat(page.select("#quick-exit").text()).endsWith("Quitter rapidement ce site");

    Cookie remembered = chosen.getResponse().getCookie(COOKIE);
    Document next = render(get("/").cookie(remembered));
    assertThat(next.select("html").attr("lang")).isEqualTo("fr");
    assertThat(next.select("#quick-exit").text()).endsWith("Quitter rapidement ce site");
  }

  @Test
  void takesARegionalVariantAsItsLanguage() throws Exception {
    mvc.perform(get("/").param("lang", "pt-BR"))
        .andExpect(status().isOk())
        .andExpect(cookie().value(COOKIE, "pt"));
  }

  @Test
  void speaksTheBrowsersLanguageWithoutStoringIt() throws Exception {
    MvcResult result =
        mvc.perform(get("/").header("Accept-Language", "de-AT,de;q=0.9"))
            .andExpect(status().isOk())
            .andExpect(cookie().doesNotExist(COOKIE))
            .andReturn();

    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("html").attr("lang")).isEqualTo("de");
    assertThat(page.select("#quick-exit").text()).endsWith("Seite schnell verlassen");
  }

  @Test
  void speaksEnglishWhenTheBrowsersLanguageIsNotOneOfTheShell() throws Exception {
    Document page = render(get("/").header("Accept-Language", "ja"));

    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("#quick-exit").text()).endsWith("Leave this site quickly");
  }

  @Test
  void namesEveryLanguageInThatLanguage() throws Exception {
    Document page = render(get("/").param("lang", "nl"));

    assertThat(page.select(".pharos-language-switcher li").eachText())
        .containsExactly("English", "Français", "Deutsch", "Português", "Nederlands");
    assertThat(page.select(".pharos-language-switcher [lang]").eachAttr("lang"))
        .containsExactly("en", "fr", "de", "pt", "nl");
  }

  static Stream<String> unknownLanguages() {
    return Stream.of(
        "xx", "", ("<script>alert(1)</script>;=%00" + "q".repeat(100)).substring(0, 100));
  }

  @ParameterizedTest
  @MethodSource("unknownLanguages")
  void keepsEnglishAndSaysSoWhenTheLanguageIsUnknown(String lang) throws Exception {
    MvcResult result =
        mvc.perform(get("/").param("lang", lang))
            .andExpect(status().isOk())
            .andExpect(cookie().doesNotExist(COOKIE))
            .andReturn();

    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(unsupportedLanguageNotice(page))
        .isEqualTo(
            "This language is not available yet. The page is shown in the current language.");
  }

  @ParameterizedTest
  @MethodSource("unknownLanguages")
  void keepsTheRememberedLanguageAndSaysSoWhenTheLanguageIsUnknown(String lang) throws Exception {
    Document page = render(get("/").param("lang", lang).cookie(new Cookie(COOKIE, "fr")));

    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(unsupportedLanguageNotice(page))
        .isEqualTo(
            "Cette langue n’est pas encore disponible. La page s’affiche dans la langue actuelle.");
  }

  @Test
  void saysNothingAboutLanguagesWhenNoneWasAskedFor() throws Exception {
    assertThat(render(get("/")).select("#unsupported-language-title")).isEmpty();
  }

  private Document render(RequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static String unsupportedLanguageNotice(Document page) {
    return page.select(
            "[aria-labelledby=unsupported-language-title] .govuk-notification-banner__heading")
        .text();
  }
}
