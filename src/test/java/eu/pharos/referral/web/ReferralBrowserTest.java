package eu.pharos.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cross-border referral in a real Chromium, as new users would make it: an advisor of the Belgian
 * member SAW opens a case for a Portuguese victim and refers it to APAV in Portugal with consent
 * for exactly three items; APAV's supervisor finds it in the inbox and accepts it for an advisor,
 * and the case it opens holds those three items and nothing else; both sides see it accepted; then
 * the victim withdraws consent and APAV no longer sees the data. Every page passes the
 * accessibility check, and the referral pages fit a phone. The organisation admin finds the
 * referral desk. The tests make their own case and referral and save no desk change, so they leave
 * the demo organisations' other records as they were.
 */
@InBrowser
class ReferralBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String SAW_ADVISOR = "advisor.saw@pharos.test";
  private static final String SAW_ADVISOR_TOTP = "LDEFQDUAVWHPAUKSMTM5SQJEV3EQNC56";
  private static final String APAV_SUPERVISOR = "supervisor.apav@pharos.test";
  private static final String APAV_SUPERVISOR_TOTP = "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U";
  private static final String WR_DE_ADVISOR = "advisor.wr-de@pharos.test";
  private static final String WR_DE_ADVISOR_TOTP = "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X";
  private static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  private static final String APAV_ADMIN_TOTP = "V4SMYPU3WDMEQAURUJVPBALMMZTTPO4A";

  @Autowired JdbcTemplate jdbc;

  @Test
  void aBelgianAdvisorRefersAPortugueseVictimToApavWhichAcceptsUntilConsentIsWithdrawn(
      Browser browser) throws Exception {
    String victim = "Maria Fernandes " + UUID.randomUUID().toString().substring(0, 6);
    UUID apav =
        jdbc.queryForObject(
            "select id from identity_organisation where short_name = 'APAV'", UUID.class);

    // SAW's advisor opens a case for a Portuguese victim living in Portugal.
    signIn(browser, SAW_ADVISOR, SAW_ADVISOR_TOTP);
    browser.open("/app/helpline/cases/new");
    browser.find("#victim-new").click();
    browser.find("#fullName").sendKeys(victim);
    browser.find("#phone").sendKeys("+351 912 345 678");
    browser.find("#email").sendKeys("maria.fernandes@example.pt");
    new Select(browser.find("#preferredLanguage")).selectByValue("pt");
    new Select(browser.find("#victimResidenceCountry")).selectByValue("PT");
    new Select(browser.find("#crimeType")).selectByValue("ASSAULT");
    new Select(browser.find("#crimeCountry")).selectByValue("BE");
    browser.find("#summary").sendKeys("Attacked in Brussels while visiting; back home in Porto.");
    List<WebElement> submits =
        browser.driver().findElements(By.cssSelector("form button.govuk-button[type=submit]"));
    WebElement open = submits.get(submits.size() - 1);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", open);
    open.click();
    browser.waitUntil(d -> browser.location().matches("/app/helpline/cases/[0-9a-f-]{36}"));
    String casePath = browser.location();

    // Refer: the directory starts in the victim's country, without SAW itself.
    browser.find("#refer").click();
    browser.waitUntil(d -> browser.location().startsWith("/app/referrals/new"));
    assertThat(new Select(browser.find("#country")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("PT");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-1-choose-organisation");
    WebElement toApav = browser.find("#receivers li[data-organisation-id='" + apav + "'] a");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", toApav);
    toApav.click();
    browser.waitUntil(d -> !d.findElements(By.id("send")).isEmpty());
    assertThat(browser.heading()).contains("APAV");
    assertThat(browser.find("#item-hint-FULL_NAME").getText()).contains(victim);
    Axe.assertAccessible(browser);

    // A first try without saying how the victim agreed is refused, keeping what was ticked.
    tick(browser, "FULL_NAME");
    tick(browser, "PHONE");
    tick(browser, "PREFERRED_LANGUAGE");
    new Select(browser.find("#service")).selectByValue("PSYCHOLOGICAL_SUPPORT");
    browser.find("#urgency-URGENT").click();
    browser.find("#purpose").sendKeys("Psychological support near her home in Porto");
    browser.find("#message").sendKeys("She prefers calls in the morning.");
    submit(browser, "#send");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find("#method-error").getText()).isNotBlank();
    assertThat(browser.find("input[name=items][value=PHONE]").isSelected()).isTrue();
    assertThat(browser.find("#purpose").getAttribute("value"))
        .isEqualTo("Psychological support near her home in Porto");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-2-form-refused");

    browser.find("#method").click();
    submit(browser, "#send");
    browser.waitUntil(d -> browser.location().matches("/app/referrals/[0-9a-f-]{36}"));
    String referralPath = browser.location();
    String reference = browser.heading().replaceAll(".*(R-\\d{4}-\\d+).*", "$1");
    assertThat(browser.find("#done").getText()).isNotBlank();
    assertThat(browser.find("#status").getText()).isEqualTo("Sent");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-3-sent");
    signOut(browser);

    // APAV's supervisor finds it in the inbox and accepts it for an advisor.
    signIn(browser, APAV_SUPERVISOR, APAV_SUPERVISOR_TOTP);
    browser.open("/app/referrals");
    WebElement row = browser.find("tr[data-referral-id='" + id(referralPath) + "']");
    assertThat(row.getText()).contains(reference, "Steunpunt Algemeen Welzijnswerk");
    assertThat(browser.pageText()).doesNotContain(victim);
    Axe.assertAccessible(browser);
    browser.screenshot("referral-4-inbox");
    row.findElement(By.linkText(reference)).click();
    browser.waitUntil(d -> browser.location().equals(referralPath));
    assertThat(browser.find("#status").getText()).isEqualTo("Received");
    assertThat(packageItems(browser)).containsExactly("FULL_NAME", "PHONE", "PREFERRED_LANGUAGE");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-5-received");
    new Select(browser.find("#accept-advisor")).selectByVisibleText("Alex Advisor (APAV)");
    submit(browser, "#accept");
    browser.waitUntil(d -> !d.findElements(By.id("case-link")).isEmpty());
    assertThat(browser.find("#status").getText()).isEqualTo("Accepted");
    assertThat(browser.find("#assigned").getText()).isEqualTo("Alex Advisor (APAV)");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-6-accepted");

    // The case opened at APAV holds the three items and nothing else.
    browser.find("#case-link").click();
    browser.waitUntil(d -> browser.location().startsWith("/app/helpline/cases/"));
    String apavCase = browser.location();
    assertThat(browser.heading()).isEqualTo(victim);
    assertThat(browser.find("#crime-details").getText()).doesNotContain("Assault", "Brussels");
    UUID victimId =
        jdbc.queryForObject(
            "select victim_id from helpline_case where id = ?", UUID.class, id(apavCase));
    browser.open("/app/helpline/victims/" + victimId);
    List<String> details =
        browser.driver().findElements(By.cssSelector(".govuk-summary-list__value")).stream()
            .map(WebElement::getText)
            .limit(7)
            .toList();
    assertThat(details)
        .containsExactly(victim, "+351 912 345 678", "–", "–", "–", "Portuguese", "–");
    browser.screenshot("referral-7-apav-victim");
    signOut(browser);

    // SAW sees it accepted too, and records that the victim withdrew consent.
    signIn(browser, SAW_ADVISOR, SAW_ADVISOR_TOTP);
    browser.open("/app/referrals?box=outbox");
    assertThat(browser.find("tr[data-referral-id='" + id(referralPath) + "']").getText())
        .contains("Accepted");
    browser.open(referralPath);
    assertThat(browser.find("#status").getText()).isEqualTo("Accepted");
    WebElement withdrawal = browser.find("#consent-withdrawal-details summary");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", withdrawal);
    withdrawal.click();
    browser.find("#consent-method-WRITTEN").click();
    submit(browser, "#consent-withdrawal-form button[type=submit]");
    browser.waitUntil(d -> !d.findElements(By.id("consent-withdrawn")).isEmpty());
    Axe.assertAccessible(browser);
    browser.screenshot("referral-8-consent-withdrawn");
    browser.emulatePhone(375, 812);
    browser.open(referralPath);
    assertThat(browser.scrollsSideways()).isFalse();
    browser.screenshot("referral-9-phone");
    browser.open("/app/referrals?box=outbox");
    assertThat(browser.scrollsSideways()).isFalse();
    browser.open(casePath);
    signOut(browser);

    // APAV no longer sees the data.
    signIn(browser, APAV_SUPERVISOR, APAV_SUPERVISOR_TOTP);
    browser.open(referralPath);
    assertThat(browser.find("#consent-withdrawn").getText()).isNotBlank();
    assertThat(browser.driver().findElements(By.id("package-items"))).isEmpty();
    assertThat(browser.pageText()).doesNotContain(victim).doesNotContain("912 345 678");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-10-receiver-after-withdrawal");
  }

  @Test
  void anOrganisationAdminFindsTheReferralDeskAndIsToldWhatIsWrongWithATarget(Browser browser)
      throws Exception {
    signIn(browser, APAV_ADMIN, APAV_ADMIN_TOTP);
    browser.open("/app");
    browser.find("#navigation a[href='/app/referrals']").click();
    browser.waitForPath("/app/referrals/desk");
    assertThat(browser.heading()).isEqualTo("How your organisation receives referrals");
    Axe.assertAccessible(browser);
    String immediate = browser.find("#target-IMMEDIATE").getAttribute("value");

    // A target that is not a number is refused beside its field; nothing is saved.
    browser.find("#target-URGENT").clear();
    browser.find("#target-URGENT").sendKeys("a day");
    submit(browser, "#save");
    browser.waitUntil(d -> !d.findElements(By.id("target-URGENT-error")).isEmpty());
    assertThat(browser.find("#target-URGENT").getAttribute("value")).isEqualTo("a day");
    assertThat(browser.find("#target-IMMEDIATE").getAttribute("value")).isEqualTo(immediate);
    Axe.assertAccessible(browser);
    browser.screenshot("referral-desk-refused");
    browser.emulatePhone(375, 812);
    browser.open("/app/referrals/desk");
    assertThat(browser.scrollsSideways()).isFalse();
    signOut(browser);
  }

  @Test
  void theReferralFormFitsAPhone(Browser browser) throws Exception {
    UUID apav =
        jdbc.queryForObject(
            "select id from identity_organisation where short_name = 'APAV'", UUID.class);
    signIn(browser, WR_DE_ADVISOR, WR_DE_ADVISOR_TOTP);
    browser.emulatePhone(375, 812);
    browser.open("/app/referrals/new?country=PT");
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);
    WebElement toApav = browser.find("#receivers li[data-organisation-id='" + apav + "'] a");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", toApav);
    toApav.click();
    browser.waitUntil(d -> !d.findElements(By.id("send")).isEmpty());
    assertThat(browser.scrollsSideways()).isFalse();
    tick(browser, "FULL_NAME");
    browser.find("#fullName").sendKeys("Typed on a phone");
    Axe.assertAccessible(browser);
    browser.screenshot("referral-form-phone");
    signOut(browser);
  }

  private static List<String> packageItems(Browser browser) {
    return browser.driver().findElements(By.cssSelector("#package-items [data-item]")).stream()
        .map(element -> element.getAttribute("data-item"))
        .toList();
  }

  private static UUID id(String path) {
    return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
  }

  private static void tick(Browser browser, String item) {
    WebElement box = browser.find("input[name=items][value=" + item + "]");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void submit(Browser browser, String selector) {
    WebElement button = browser.find(selector);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
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
