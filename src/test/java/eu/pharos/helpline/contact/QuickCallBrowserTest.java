package eu.pharos.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An advisor records calls with the keyboard only, as during or right after a call: the form opens
 * with the focus on its first field, Tab moves through it, typing picks from the lists, Enter in a
 * text field saves; a mistake is shown beside its field with everything typed kept.
 */
@InBrowser
class QuickCallBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";

  @Autowired JdbcTemplate jdbc;

  @Test
  void anAdvisorRecordsTwoCallsWithTheKeyboardOnly(Browser browser) throws Exception {
    browser.signIn("advisor.apav@pharos.test", PASSWORD);
    browser.waitForPath("/login/second-factor");
    browser.find("#code").sendKeys(SecondFactorCodes.next(ADVISOR_TOTP));
    browser.find("form button[type=submit]").click();
    browser.waitForPath("/app");

    browser.open("/app/helpline/calls/new");
    assertThat(browser.heading()).isEqualTo("Record a call");
    assertThat(focused(browser)).isEqualTo("direction");
    browser.screenshot("quick-call-form");
    Axe.assertAccessible(browser);

    // First call: a duration over a day by mistake, then corrected, saved with Enter.
    tabTo(browser, "durationMinutes");
    type(browser, "1500");
    tabTo(browser, "note");
    type(browser, "Asked about the court date.");
    backTo(browser, "durationMinutes");
    type(browser, Keys.ENTER);
    browser.waitUntil(d -> browser.pageText().contains("There is a problem"));
    assertThat(browser.find("#durationMinutes-error").getText())
        .contains("The duration must be between 0 and 24 hours");
    assertThat(browser.find("#note").getDomProperty("value"))
        .isEqualTo("Asked about the court date.");
    browser.screenshot("quick-call-error");
    Axe.assertAccessible(browser);

    tabTo(browser, "durationMinutes");
    type(browser, Keys.chord(Keys.CONTROL, "a"), "12", Keys.ENTER);
    browser.waitForPath("/app/helpline/contacts/recorded");
    assertThat(browser.heading()).isEqualTo("Call recorded");
    browser.screenshot("quick-call-recorded");
    Axe.assertAccessible(browser);
    Map<String, Object> first =
        jdbc.queryForMap(
            "select duration_seconds, channel, direction, helpline_id, case_id"
                + " from helpline_contact order by recorded_at desc limit 1");
    assertThat(first.get("duration_seconds")).isEqualTo(720);
    assertThat(first.get("channel")).isEqualTo("PHONE");
    assertThat(first.get("direction")).isEqualTo("INBOUND");
    assertThat(first.get("helpline_id")).as("the 116 006 line by default").isNotNull();
    assertThat(first.get("case_id")).isNull();

    // Second call: from the confirmation with the keyboard, with a crime, an outcome, a note
    // and a new case.
    tabTo(browser, "record-another");
    type(browser, Keys.ENTER);
    browser.waitForPath("/app/helpline/calls/new");
    assertThat(focused(browser)).isEqualTo("direction");
    tabTo(browser, "durationMinutes");
    type(browser, "25");
    tabTo(browser, "crimeType");
    type(browser, "Domestic");
    assertThat(browser.find("#crimeType").getDomProperty("value")).isEqualTo("DOMESTIC_VIOLENCE");
    tabTo(browser, "outcome");
    type(browser, "Emotional");
    assertThat(browser.find("#outcome").getDomProperty("value"))
        .isEqualTo("EMOTIONAL_SUPPORT_GIVEN");
    tabTo(browser, "note");
    type(browser, "Partner threatened her again; wants to know about a protection order.");
    tabTo(browser, "caseChoice");
    type(browser, Keys.ARROW_DOWN);
    assertThat(focused(browser)).isEqualTo("caseChoice-attach");
    type(browser, Keys.ARROW_DOWN);
    assertThat(focused(browser)).isEqualTo("caseChoice-open");
    assertThat(browser.find("#caseChoice-open").isSelected()).isTrue();
    browser.screenshot("quick-call-filled");
    tabTo(browser, "save");
    type(browser, Keys.ENTER);
    browser.waitForPath("/app/helpline/contacts/recorded");
    assertThat(browser.find(".govuk-panel__body").getText()).startsWith("New case C-");
    browser.screenshot("quick-call-case-opened");
    Axe.assertAccessible(browser);

    Map<String, Object> second =
        jdbc.queryForMap(
            "select duration_seconds, crime_type, outcome, case_id, note_sealed"
                + " from helpline_contact order by recorded_at desc limit 1");
    assertThat(second.get("duration_seconds")).isEqualTo(1500);
    assertThat(second.get("crime_type")).isEqualTo("DOMESTIC_VIOLENCE");
    assertThat(second.get("outcome")).isEqualTo("EMOTIONAL_SUPPORT_GIVEN");
    assertThat(second.get("case_id")).isNotNull();
    assertThat((String) second.get("note_sealed")).doesNotContain("protection order");

    String contactPage = browser.find("#view-contact").getDomAttribute("href");
    browser.open(contactPage);
    assertThat(browser.find("#note").getText()).contains("wants to know about a protection order");
    assertThat(browser.find("#details").getText()).contains("Domestic violence", "25 min");
    browser.screenshot("quick-call-contact");
    Axe.assertAccessible(browser);
  }

  /** Presses Tab until the field with this id has the focus, as a keyboard user would. */
  private static void tabTo(Browser browser, String id) {
    for (int presses = 0; presses < 60; presses++) {
      if (id.equals(focused(browser))) {
        return;
      }
      type(browser, Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + "; the focus is on #" + focused(browser));
  }

  /** Presses Shift+Tab until the field with this id has the focus. */
  private static void backTo(Browser browser, String id) {
    for (int presses = 0; presses < 60; presses++) {
      if (id.equals(focused(browser))) {
        return;
      }
      type(browser, Keys.chord(Keys.SHIFT, Keys.TAB));
    }
    throw new AssertionError("Shift+Tab never reached #" + id);
  }

  private static void type(Browser browser, CharSequence... keys) {
    WebElement active = browser.driver().switchTo().activeElement();
    active.sendKeys(keys);
  }

  private static String focused(Browser browser) {
    return browser.script("return document.activeElement ? document.activeElement.id : null");
  }
}
