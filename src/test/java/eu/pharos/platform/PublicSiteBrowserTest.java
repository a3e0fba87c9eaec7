package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.NeutralSite;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

@InBrowser
class PublicSiteBrowserTest {

  @Test
  void homePageOffersTheQuickExit(Browser browser) {
    browser.open("/");

    assertThat(browser.heading())
        .isEqualTo("Support for victims of crime, wherever you are in Europe");
    WebElement quickExit = browser.find("#quick-exit");
    assertThat(quickExit.isDisplayed()).isTrue();
    assertThat(browser.isWhollyInView(quickExit)).isTrue();
    assertThat(quickExit.getText()).contains("Leave this site quickly");
    assertThat(browser.scrollsSideways()).isFalse();
  }

  @Test
  void escapeReplacesThePageWithTheNeutralSiteAndLeavesNoHistoryEntry(Browser browser) {
    browser.open("/login").open("/");
    long historyBefore = browser.historyLength();

    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();

    browser.waitForPath(NeutralSite.PATH);
    assertThat(browser.heading()).isEqualTo("Weather");
    assertThat(browser.historyLength()).isEqualTo(historyBefore);
    browser.driver().navigate().back();
    browser.waitForPath("/login");
  }

  @Test
  void quickExitButtonReplacesThePageWithTheNeutralSiteAndLeavesNoHistoryEntry(Browser browser) {
    browser.open("/login").open("/");
    long historyBefore = browser.historyLength();

    browser.find("#quick-exit").click();

    browser.waitForPath(NeutralSite.PATH);
    assertThat(browser.historyLength()).isEqualTo(historyBefore);
    browser.driver().navigate().back();
    browser.waitForPath("/login");
  }

  @Test
  void choosingFrenchSwitchesThePageLanguageAndRemembersIt(Browser browser) {
    browser.open("/");
    assertThat(browser.language()).isEqualTo("en");

    WebElement french = browser.find(".pharos-language-switcher a[hreflang=fr]");
    assertThat(french.getText()).isEqualToIgnoringCase("français");
    french.click();

    browser.waitForPath("/?lang=fr");
    assertThat(browser.language()).isEqualTo("fr");
    assertThat(browser.cookie("PHAROS_LANG")).map(Cookie::getValue).contains("fr");
    browser.open("/login");
    assertThat(browser.language()).isEqualTo("fr");
    assertThat(browser.find(".pharos-language-switcher__current").getDomAttribute("lang"))
        .isEqualTo("fr");
  }

  @Test
  void unknownLanguageKeepsTheCurrentOneAndSaysSo(Browser browser) {
    browser.open("/?lang=xx");

    assertThat(browser.language()).isEqualTo("en");
    assertThat(browser.find(".govuk-notification-banner").getText())
        .contains("This language is not available yet.");
    assertThat(browser.cookie("PHAROS_LANG")).isEmpty();
  }

  @Test
  void onAPhoneTheHomePageFitsTheScreenAndTheQuickExitIsInView(Browser browser) {
    browser.emulatePhone(390, 844);
    browser.open("/");

    assertThat(browser.<Number>script("return window.innerWidth").intValue()).isEqualTo(390);
    assertThat(browser.scrollsSideways()).isFalse();
    WebElement quickExit = browser.find("#quick-exit");
    assertThat(quickExit.isDisplayed()).isTrue();
    assertThat(browser.isWhollyInView(quickExit)).isTrue();
    browser.screenshot("home-phone");
  }
}
