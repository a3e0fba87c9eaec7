package eu.pharos.network.country;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The secretariat records an engagement with a follow-up action; a visitor reads the coverage map
 * by keyboard, opens a country, and finds that the map and its table agree.
 */
@InBrowser
class CountriesBrowserTest {

  @Test
  void theSecretariatRecordsAnEngagementWithAFollowUpAction(Browser browser) {
    browser.signIn("secretariat@pharos.test", "pharos-demo-2026");
    browser.find("a.govuk-service-navigation__link[href='/app/network/engagements']").click();
    browser.waitForPath("/app/network/engagements");
    assertThat(browser.heading()).isEqualTo("Capacity building");
    assertThat(browser.find("#overdue").getText())
        .contains("Review the improvements Bijeli Krug made after the pilot evaluation");
    Axe.assertAccessible(browser);

    browser.find("a.govuk-button[href='/app/network/engagements/new']").click();
    browser.waitForPath("/app/network/engagements/new");
    new Select(browser.find("#kind")).selectByVisibleText("Study visit");
    new Select(browser.find("#countryCode")).selectByVisibleText("Lithuania");
    browser.find("#title").sendKeys("Study visit to Vilnius");
    setDate(browser, "startsOn", "2026-06-10");
    setDate(browser, "endsOn", "2026-06-09");
    browser.find("#hostName").sendKeys("Ministry of Justice of Lithuania");
    submit(browser, "form[action='/app/network/engagements/new']");

    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("The last day cannot be before the first day");
    assertThat(browser.find("#title").getDomProperty("value")).isEqualTo("Study visit to Vilnius");
    Axe.assertAccessible(browser);
    setDate(browser, "endsOn", "2026-06-11");
    submit(browser, "form[action='/app/network/engagements/new']");

    assertThat(browser.heading()).isEqualTo("Study visit to Vilnius");
    assertThat(browser.find(".govuk-notification-banner").getText())
        .contains("The engagement is recorded.");
    browser.find("#description").sendKeys("Send the helpline guidance to the ministry");
    browser.find("#ownerName").sendKeys("Sam Secretariat");
    setDate(browser, "dueOn", LocalDate.now().minusDays(3).toString());
    submit(browser, "#add-action");

    WebElement action = browser.find("#actions-table tbody tr");
    assertThat(action.getText()).contains("Send the helpline guidance").contains("Overdue");
    assertThat(action.getDomAttribute("data-overdue")).isEqualTo("true");
    Axe.assertAccessible(browser);

    browser.open("/countries/LT");
    assertThat(browser.find("#timeline").getText()).contains("Study visit to Vilnius");
    assertThat(browser.pageText()).doesNotContain("Send the helpline guidance");
  }

  @Test
  void aVisitorMovesThroughTheMapByKeyboardAndTheTableAgrees(Browser browser) {
    browser.open("/countries");
    assertThat(browser.heading()).isEqualTo("Victim support across Europe");
    Axe.assertAccessible(browser);
    browser.screenshot("countries-map");

    WebElement focused = null;
    for (int i = 0; i < 200; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      focused = browser.driver().switchTo().activeElement();
      if ("PT".equals(focused.getDomAttribute("data-code"))) {
        break;
      }
    }
    assertThat(focused.getDomAttribute("data-code")).isEqualTo("PT");
    assertThat(focused.getDomAttribute("aria-label")).isEqualTo("Portugal: Members of the network");
    assertThat(
            browser.<String>script("return getComputedStyle(arguments[0]).outlineStyle", focused))
        .isEqualTo("solid");

    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waitForPath("/countries/PT");
    assertThat(browser.heading()).isEqualTo("Portugal");
    assertThat(browser.find("#fact-line").getText()).contains("APAV");
    Axe.assertAccessible(browser);

    browser.open("/countries");
    Map<String, String> map = new LinkedHashMap<>();
    for (WebElement country : browser.driver().findElements(By.cssSelector("#coverage-map a"))) {
      map.put(country.getDomAttribute("data-code"), country.getDomAttribute("data-coverage"));
    }
    Map<String, String> table = new LinkedHashMap<>();
    for (WebElement row :
        browser.driver().findElements(By.cssSelector("#coverage-table tbody tr"))) {
      table.put(row.getDomAttribute("data-code"), row.getDomAttribute("data-coverage"));
    }
    assertThat(map).isNotEmpty().isEqualTo(table);
  }

  @Test
  void onAPhoneTheMapFitsTheScreen(Browser browser) {
    browser.emulatePhone(390, 844);
    browser.open("/countries");
    browser.screenshot("countries-map-phone");
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);
  }

  private static void setDate(Browser browser, String id, String isoDate) {
    browser.script("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
  }

  private static void submit(Browser browser, String formSelector) {
    WebElement form = browser.find(formSelector);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitUntil(ExpectedConditions.stalenessOf(form));
  }
}
