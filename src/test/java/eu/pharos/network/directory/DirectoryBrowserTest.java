package eu.pharos.network.directory;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The directory's staff journeys in a real Chromium, with accessibility checks on each page. */
@InBrowser
class DirectoryBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String APAV_ADMIN_TOTP = "V4SMYPU3WDMEQAURUJVPBALMMZTTPO4A";

  @Test
  void anOrganisationAdminEditsTheOpeningHours(Browser browser) throws Exception {
    browser.signIn("orgadmin.apav@pharos.test", PASSWORD);
    browser.waitForPath("/login/second-factor");
    browser.find("#code").sendKeys(SecondFactorCodes.next(APAV_ADMIN_TOTP));
    browser.find("form button[type=submit]").click();
    browser.waitForPath("/app");

    browser.open("/app/network/profile");
    assertThat(browser.heading()).contains("Your organisation’s profile");
    Axe.assertAccessible(browser);
    browser.find("#edit-hours").click();
    browser.waitForPath("/app/network/profile/hours");
    Axe.assertAccessible(browser);

    // A period that ends before it starts gets its message beside its row.
    new Select(browser.find("#rows-5-day")).selectByValue("SATURDAY");
    browser.find("#rows-5-opens").sendKeys("14:00");
    browser.find("#rows-5-closes").sendKeys("10:00");
    browser.find("form[action$='/app/network/profile/hours'] button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("There is a problem"));
    assertThat(browser.find("#rows-5-error").getText())
        .contains("The closing time must be after the opening time");
    Axe.assertAccessible(browser);
    browser.screenshot("directory-hours-error");

    browser.find("#rows-5-closes").clear();
    browser.find("#rows-5-closes").sendKeys("18:00");
    browser.find("form[action$='/app/network/profile/hours'] button[type=submit]").click();
    browser.waitForPath("/app/network/profile");
    assertThat(browser.pageText())
        .contains("The opening hours are saved.")
        .contains("Saturday 14:00–18:00")
        .contains("Opening hours changed");
    Axe.assertAccessible(browser);
  }

  @Test
  void theSecretariatAddsAndApprovesAMember(Browser browser) {
    browser.signIn("secretariat@pharos.test", PASSWORD);
    browser.waitForPath("/app");
    browser.open("/app/network/members");
    assertThat(browser.pageText()).contains("Waiting for approval");
    Axe.assertAccessible(browser);

    browser.find("a[href$='/app/network/members/new']").click();
    browser.waitForPath("/app/network/members/new");
    Axe.assertAccessible(browser);
    String shortName = "SK-" + UUID.randomUUID().toString().substring(0, 5);
    browser.find("#name").sendKeys("Skalbes");
    browser.find("#shortName").sendKeys(shortName);
    browser.find("#countryCode").sendKeys("Latvia");
    browser.find("#timeZone").sendKeys("Europe/Riga");
    browser.find("#website").sendKeys("https://www.skalbes.lv");
    browser.find("form[action$='/app/network/members/new'] button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("There is a problem"));
    assertThat(browser.pageText()).contains("two-letter ISO code");
    Axe.assertAccessible(browser);

    browser.find("#countryCode").clear();
    browser.find("#countryCode").sendKeys("LV");
    browser.find("form[action$='/app/network/members/new'] button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("waits for approval"));
    assertThat(browser.heading()).isEqualTo("Skalbes");
    Axe.assertAccessible(browser);

    browser.find("form[action$='/approve'] button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("now appears in the public directory"));
    assertThat(browser.pageText()).contains("Membership approved").contains("Member added");
    browser.screenshot("directory-member-approved");
    Axe.assertAccessible(browser);
  }
}
