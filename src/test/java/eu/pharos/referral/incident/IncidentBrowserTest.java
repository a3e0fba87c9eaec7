package eu.pharos.referral.incident;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An incident in a real Chromium, as new users would handle it through the pages: the secretariat
 * declares a coach crash in Portugal with APAV as lead, after a first try with a day in the future
 * is refused beside its field with the input kept; APAV's advisor registers four persons living in
 * Germany, France and the Netherlands, three of them with consent to be referred home; the board
 * counts them by country, and "Refer all victims in …" sends one referral per country to the member
 * there, skipping the German person without consent; Weisser Ring's advisor finds the referral in
 * the inbox with the incident's place and account; and the public page lists each country's member
 * without any person's name, with the control to leave quickly. Every page passes the accessibility
 * check. The test declares its own incident and sends only its own referrals.
 */
@InBrowser
class IncidentBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String SECRETARIAT = "secretariat@pharos.test";
  private static final String APAV_ADVISOR = "advisor.apav@pharos.test";
  private static final String APAV_ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  private static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";
  private static final String WR_DE_ADVISOR_TOTP = "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X";

  private static final String PLACE = "A1 motorway near Coimbra";
  private static final String SUMMARY =
      "A coach carrying tourists left the road; many passengers were injured.";

  @Autowired JdbcTemplate jdbc;

  /** A person to register: where they live, their language, and whether they consented. */
  private record Person(String name, String country, String language, boolean consent) {}

  @Test
  void anIncidentsVictimsAreReferredHomeCountryByCountryAndThePublicPageShowsWhereToGetHelp(
      Browser browser) throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String title = "Coach crash near Coimbra " + tag;
    String publicMessage = "If you were on the coach or lost someone, support is free.";
    UUID apav = organisation("APAV");
    Map<String, UUID> members =
        Map.of("DE", organisation("WR-DE"), "FR", organisation("FV"), "NL", organisation("SHN"));
    Map<String, String> memberNames =
        Map.of(
            "DE", "Weisser Ring (Germany)",
            "FR", "France Victimes",
            "NL", "Slachtofferhulp Nederland");
    List<Person> persons =
        List.of(
            new Person("Lena Vogt " + tag, "DE", "de", true),
            new Person("Claire Moreau " + tag, "FR", "fr", true),
            new Person("Daan de Vries " + tag, "NL", "nl", true),
            new Person("Jonas Keller " + tag, "DE", "de", false));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // 1. The secretariat declares the incident; a day in the future is refused first.
    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open("/app/incidents");
    Axe.assertAccessible(browser);
    browser.find("a[href='/app/incidents/new']").click();
    browser.waitForPath("/app/incidents/new");
    assertThat(browser.heading()).isEqualTo("Declare an incident");
    Axe.assertAccessible(browser);
    browser.find("#title").sendKeys(title);
    browser.find("#summary").sendKeys(SUMMARY);
    browser.find("#place").sendKeys(PLACE);
    new Select(browser.find("#countryCode")).selectByValue("PT");
    setValue(browser, "#occurredAt", today.plusDays(3).toString());
    setValue(browser, "#occurredTime", "07:40");
    new Select(browser.find("#leadOrganisationId")).selectByValue(apav.toString());
    browser.find("#languages").sendKeys("pt, de, fr, nl, en");
    browser.find("#publicMessage").sendKeys(publicMessage);
    submit(browser, "#declare-form button[type=submit]");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find("#occurredAt-error").getText())
        .contains("The day it happened cannot be in the future");
    assertThat(browser.find(".govuk-error-summary a[href='#occurredAt']").getText())
        .contains("cannot be in the future");
    assertThat(browser.find("#title").getAttribute("value")).isEqualTo(title);
    assertThat(browser.find("#summary").getAttribute("value")).isEqualTo(SUMMARY);
    assertThat(browser.find("#place").getAttribute("value")).isEqualTo(PLACE);
    assertThat(browser.find("#occurredAt").getAttribute("value"))
        .isEqualTo(today.plusDays(3).toString());
    assertThat(selected(browser, "#countryCode")).isEqualTo("PT");
    assertThat(selected(browser, "#leadOrganisationId")).isEqualTo(apav.toString());
    assertThat(browser.find("#languages").getAttribute("value")).isEqualTo("pt, de, fr, nl, en");
    assertThat(browser.find("#publicMessage").getAttribute("value")).isEqualTo(publicMessage);
    Axe.assertAccessible(browser);
    browser.screenshot("incident-1-declare-refused");

    setValue(browser, "#occurredAt", today.minusDays(1).toString());
    submit(browser, "#declare-form button[type=submit]");
    browser.waitUntil(d -> browser.location().matches("/app/incidents/[0-9a-f-]{36}"));
    String incidentPath = browser.location();
    assertThat(browser.heading()).isEqualTo(title);
    assertThat(browser.pageText()).contains("The incident is declared.");
    assertThat(browser.find("#incident-details").getText()).contains(PLACE, "APAV");
    String publicPath =
        browser.find("#public-link").getAttribute("href").substring(browser.url("").length());
    assertThat(publicPath).startsWith("/incidents/");
    Axe.assertAccessible(browser);
    browser.screenshot("incident-2-declared");
    signOut(browser);

    // 2. APAV's advisor registers the four persons, three with consent to be referred home.
    signIn(browser, APAV_ADVISOR, APAV_ADVISOR_TOTP);
    boolean first = true;
    for (Person person : persons) {
      browser.open(incidentPath);
      submit(browser, "#register-person");
      browser.waitForPath(incidentPath + "/persons/new");
      if (first) {
        Axe.assertAccessible(browser);
      }
      browser.find("#fullName").sendKeys(person.name());
      click(browser, "#kind-VICTIM");
      new Select(browser.find("#residenceCountry")).selectByValue(person.country());
      browser.find("#language").sendKeys(person.language());
      if (person.consent()) {
        click(browser, "#consentGiven");
        for (String item :
            List.of("FULL_NAME", "PREFERRED_LANGUAGE", "CRIME_PLACE", "CRIME_SUMMARY")) {
          click(browser, "#item-" + item);
        }
        browser.find("#consentPurpose").sendKeys("Support from a member in their home country");
        new Select(browser.find("#consentMethod")).selectByValue("VERBAL_IN_PERSON");
        setValue(browser, "#consentGivenAt", today.toString());
        setValue(browser, "#consentValidUntil", today.plusMonths(6).toString());
      }
      if (first) {
        browser.screenshot("incident-3-person-form");
        first = false;
      }
      submit(browser, "#person-form button[type=submit]");
      browser.waitUntil(
          d ->
              browser.location().startsWith(incidentPath + "#board")
                  && !d.findElements(By.id("board-rows")).isEmpty());
      assertThat(browser.pageText()).contains("The person is registered to the incident.");
    }

    // 3. The board counts them by country; each country's persons go to its member at once.
    assertThat(countryTotal(browser, "DE")).isEqualTo("2");
    assertThat(countryTotal(browser, "FR")).isEqualTo("1");
    assertThat(countryTotal(browser, "NL")).isEqualTo("1");
    String board = browser.find("#board-rows").getText();
    for (Person person : persons) {
      assertThat(board).contains(person.name());
    }
    Axe.assertAccessible(browser);
    browser.screenshot("incident-4-board");

    Map<String, String> countryNames = Map.of("DE", "Germany", "FR", "France", "NL", "Netherlands");
    String germanReferral = null;
    for (String country : List.of("DE", "FR", "NL")) {
      browser.open(incidentPath);
      WebElement refer = browser.find("a[data-refer=" + country + "]");
      assertThat(refer.getText())
          .isEqualTo("Refer all victims in " + countryNames.get(country) + " to …");
      submit(browser, "a[data-refer=" + country + "]");
      browser.waitForPath(incidentPath + "/refer/" + country);
      if (country.equals("DE")) {
        Axe.assertAccessible(browser);
        browser.screenshot("incident-5-refer-form");
      }
      new Select(browser.find("#receiverOrganisationId"))
          .selectByValue(members.get(country).toString());
      new Select(browser.find("#service")).selectByValue("INFORMATION_EMOTIONAL_SUPPORT");
      browser.find("#message").sendKeys("Referred after the incident \"" + title + "\".");
      submit(browser, "#refer-form button[type=submit]");
      browser.waitUntil(d -> !d.findElements(By.id("sent-count")).isEmpty());
      assertThat(browser.heading())
          .isEqualTo(
              "Victims in "
                  + countryNames.get(country)
                  + " referred to "
                  + memberNames.get(country));
      assertThat(browser.find("#sent-count").getText()).isEqualTo("Referrals sent: 1");
      List<WebElement> sent = browser.driver().findElements(By.cssSelector("#sent tbody tr"));
      assertThat(sent).hasSize(1);
      List<String> skipped =
          browser.driver().findElements(By.cssSelector("#skipped tbody tr")).stream()
              .map(row -> row.getAttribute("data-skipped"))
              .toList();
      if (country.equals("DE")) {
        assertThat(skipped).containsExactly("NO_CONSENT");
        assertThat(browser.find("#skipped").getText()).contains("No consent to be referred");
        germanReferral = sent.get(0).getAttribute("data-referral");
      } else {
        assertThat(skipped).isEmpty();
      }
      Axe.assertAccessible(browser);
      browser.screenshot("incident-6-batch-" + country);
    }
    browser.open(incidentPath);
    // The board follows the referrals: the German person without consent is still registered.
    for (String country : List.of("DE", "FR", "NL")) {
      assertThat(statusCount(browser, country, "REFERRED")).isEqualTo("1");
    }
    assertThat(statusCount(browser, "DE", "REGISTERED")).isEqualTo("1");
    assertThat(statusCount(browser, "FR", "REGISTERED")).isEqualTo("0");
    browser.screenshot("incident-7-board-after");
    signOut(browser);

    // 4. Weisser Ring's advisor finds the German referral in the inbox, with the incident in it.
    signIn(browser, WR_DE_ADVISOR, WR_DE_ADVISOR_TOTP);
    browser.open("/app/referrals");
    WebElement row = browser.find("tr[data-referral-id='" + germanReferral + "']");
    assertThat(row.getText()).contains("APAV", "Portugal");
    assertThat(row.getText()).as("marked as part of an incident").contains("Incident");
    assertThat(browser.pageText()).doesNotContain(persons.get(0).name());
    Axe.assertAccessible(browser);
    browser.screenshot("incident-8-inbox");
    String reference = row.findElement(By.cssSelector("th a")).getText();
    row.findElement(By.linkText(reference)).click();
    browser.waitForPath("/app/referrals/" + germanReferral);
    assertThat(browser.find("#status").getText()).isEqualTo("Received");
    assertThat(browser.find("#incident").getText())
        .as("the incident it belongs to")
        .isEqualTo(title);
    assertThat(browser.find("#package-items [data-item=FULL_NAME]").getText())
        .contains(persons.get(0).name());
    assertThat(browser.find("#package-items [data-item=CRIME_PLACE]").getText()).contains(PLACE);
    assertThat(browser.find("#package-items [data-item=CRIME_SUMMARY]").getText())
        .contains(SUMMARY);
    assertThat(browser.find("#message").getText()).contains(title);
    assertThat(browser.pageText()).doesNotContain(persons.get(3).name());
    Axe.assertAccessible(browser);
    browser.screenshot("incident-9-referral-received");
    signOut(browser);

    // 5. The public page, without sign-in: each country's member, no one's name, a quick exit.
    browser.open(publicPath);
    assertThat(browser.heading()).isEqualTo(title);
    assertThat(browser.find("#public-message").getText()).isEqualTo(publicMessage);
    for (String country : List.of("DE", "FR", "NL")) {
      assertThat(browser.find("#country-" + country).getText())
          .isEqualTo("Support in " + countryNames.get(country));
      List<String> listed =
          browser
              .driver()
              .findElements(By.cssSelector(".govuk-summary-card[data-country=" + country + "]"))
              .stream()
              .map(card -> card.getAttribute("data-member"))
              .toList();
      assertThat(listed).contains(members.get(country).toString());
      members.forEach(
          (other, member) -> {
            if (!other.equals(country)) {
              assertThat(listed).doesNotContain(member.toString());
            }
          });
      assertThat(
              browser
                  .find(
                      ".govuk-summary-card[data-member='"
                          + members.get(country)
                          + "'][data-country="
                          + country
                          + "] h3")
                  .getText())
          .isEqualTo(memberNames.get(country));
    }
    String source = browser.driver().getPageSource();
    for (Person person : persons) {
      assertThat(browser.pageText()).doesNotContain(person.name());
      assertThat(source).doesNotContain(person.name());
    }
    assertThat(browser.find("#quick-exit").isDisplayed()).isTrue();
    assertThat(browser.find("#quick-exit").getText()).contains("Leave this site quickly");
    Axe.assertAccessible(browser);
    browser.screenshot("incident-10-public");
  }

  private UUID organisation(String shortName) {
    return jdbc.queryForObject(
        "select id from identity_organisation where short_name = ?", UUID.class, shortName);
  }

  private static String countryTotal(Browser browser, String country) {
    List<WebElement> cells =
        browser
            .driver()
            .findElements(By.cssSelector("#board-counts tr[data-country=" + country + "] td"));
    // The cells are one per status, then the total, then the refer link.
    return cells.get(cells.size() - 2).getText();
  }

  private static String statusCount(Browser browser, String country, String status) {
    return browser
        .find("#board-counts tr[data-country=" + country + "] [data-status=" + status + "]")
        .getText();
  }

  private static String selected(Browser browser, String selector) {
    return new Select(browser.find(selector)).getFirstSelectedOption().getAttribute("value");
  }

  /**
   * Fills a date or time field: what Chromium's own picker would put there, whatever the typing
   * order of the browser's locale.
   */
  private static void setValue(Browser browser, String selector, String value) {
    browser.script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        browser.find(selector),
        value);
  }

  private static void click(Browser browser, String selector) {
    WebElement element = browser.find(selector);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static void submit(Browser browser, String selector) {
    click(browser, selector);
  }

  private static void signIn(Browser browser, String email, String secret) throws Exception {
    browser.signIn(email, PASSWORD);
    browser.waitForPath("/login/second-factor");
    browser.find("#code").sendKeys(SecondFactorCodes.next(secret));
    browser.find("form button[type=submit]").click();
    browser.waitForPath("/app");
  }

  private static void signOut(Browser browser) {
    browser.open("/logout");
    browser.driver().manage().deleteAllCookies();
  }
}
