package eu.pharos.network.findhelp;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.NeutralSite;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.annotation.Import;

/**
 * An anonymous visitor on a phone in Helsinki looks for legal information in Portuguese in
 * Portugal, on Wednesday 2 December 2026 at 10:30 UTC, and leaves with the quick exit.
 */
@InBrowser
@Import(FindHelpClock.Config.class)
class FindHelpBrowserTest {

  @Test
  void aVisitorOnAPhoneFindsHelpInTheirLanguageAndTimeZoneAndLeavesQuickly(Browser browser) {
    browser.emulatePhone(375, 740);
    ((HasCdp) browser.driver())
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Helsinki"));
    browser.open("/").find("a.govuk-button--start").click();
    browser.waitForPath("/find-help");

    assertThat(browser.heading()).isEqualTo("Find help");
    assertThat(browser.find("#emergency a[href='tel:112']").isDisplayed()).isTrue();
    assertThat(browser.scrollsSideways()).isFalse();
    // The script filled in the browser's time zone.
    assertThat(browser.find("#timeZone").getDomProperty("value")).isEqualTo("Europe/Helsinki");
    Axe.assertAccessible(browser);

    new Select(browser.find("#country")).selectByValue("PT");
    new Select(browser.find("#language")).selectByValue("pt");
    new Select(browser.find("#service")).selectByValue("LEGAL_INFORMATION");
    WebElement form = browser.find("form.pharos-find-help-form");
    browser.find("#find-help-submit").click();
    browser.waitUntil(ExpectedConditions.stalenessOf(form));
    browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("results")));

    // Nothing of the search is in the address.
    assertThat(browser.location()).isEqualTo("/find-help");
    WebElement first = browser.find(".pharos-offer");
    assertThat(first.findElement(By.tagName("h3")).getText()).contains("APAV");
    // 09:00–19:00 in Lisbon is 11:00–21:00 in Helsinki.
    assertThat(first.findElement(By.className("pharos-opening")).getText())
        .isEqualTo("Open now (until 21:00)");
    assertThat(browser.find("#time-zone").getText()).contains("Europe/Helsinki");
    assertThat(first.findElement(By.cssSelector("a.pharos-tel")).getDomAttribute("href"))
        .isEqualTo("tel:116006");
    assertThat(browser.find("#emergency").isDisplayed()).isTrue();
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);
    browser.screenshot("find-help-phone");

    long historyBefore = browser.historyLength();
    WebElement quickExit = browser.find("#quick-exit");
    assertThat(browser.isWhollyInView(quickExit)).isTrue();
    quickExit.click();

    browser.waitForPath(NeutralSite.PATH);
    assertThat(browser.historyLength()).isEqualTo(historyBefore);
  }

  @Test
  void theCountryAndOrganisationPagesWorkOnAPhoneWithoutJavaScriptNeeds(Browser browser) {
    browser.emulatePhone(360, 740);
    browser.open("/find-help/PT?lang=pt");

    assertThat(browser.language()).isEqualTo("pt");
    assertThat(browser.find("#emergency").getText()).contains("112");
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);

    browser.find(".pharos-offer h3 a").click();
    browser.waitUntil(ExpectedConditions.urlContains("/organisations/"));
    assertThat(browser.language()).isEqualTo("pt");
    assertThat(browser.heading()).contains("APAV");
    assertThat(browser.find("#unverified").getText()).contains("A verificar antes da produção");
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);
    assertThat(browser.cookie("PHAROS_LANG")).isEmpty();
  }
}
