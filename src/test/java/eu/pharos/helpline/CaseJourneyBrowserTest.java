package eu.pharos.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The whole life of a case in a real Chromium, as a new advisor and supervisor would go through it:
 * a call recorded on the quick form opens a case, the needs assessment is completed (after a
 * half-filled attempt is refused), a support plan action and a follow-up are added, the case is
 * closed, and the supervisor finds it among the advisor's work and draws it for quality review.
 * Every page passes the accessibility check.
 */
@InBrowser
class CaseJourneyBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  private static final String SUPERVISOR_TOTP = "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U";

  @Test
  void anAdvisorRunsACaseFromTheFirstCallToItsClosingAndTheSupervisorReviewsIt(Browser browser)
      throws Exception {
    signInWithSecondFactor(browser, "advisor.apav@pharos.test", ADVISOR_TOTP);

    // The call, on the quick form, opening a new case.
    browser.open("/app/helpline/calls/new");
    Axe.assertAccessible(browser);
    browser.find("#caseChoice-open").click();
    browser.find("#durationMinutes").sendKeys("12");
    browser.find("#note").sendKeys("Burglary last night; frightened to stay at home alone.");
    browser.find("#durationMinutes").sendKeys(Keys.ENTER);
    browser.waitUntil(d -> !d.findElements(By.id("recorded")).isEmpty());
    String reference = browser.find("#view-case").getText().replaceAll(".*(C-\\d{4}-\\d+).*", "$1");
    assertThat(reference).matches("C-\\d{4}-\\d+");
    browser.screenshot("journey-1-call-recorded");
    browser.find("#view-case").click();
    browser.waitUntil(d -> browser.location().startsWith("/app/helpline/cases/"));
    assertThat(browser.pageText()).contains(reference);
    String casePath = browser.location();
    Axe.assertAccessible(browser);

    // The needs assessment: a half-filled submission is refused, naming what is missing.
    browser.find("a[href$='/assessment']").click();
    browser.waitUntil(d -> !d.findElements(By.id("assessment-form")).isEmpty());
    Axe.assertAccessible(browser);
    browser.find("#q-CHILD-NO").click();
    browser.find("#assessment-form button[name=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("There is a problem"));
    assertThat(browser.find("#q-CHILD-NO").isSelected()).as("the answer given is kept").isTrue();
    Axe.assertAccessible(browser);
    browser.screenshot("journey-2-assessment-incomplete");
    for (AssessmentQuestion question : AssessmentQuestion.values()) {
      String answer =
          question.scale() == AssessmentQuestion.Scale.NEED
              ? "#q-" + question.name() + "-SOME_NEED"
              : "#q-" + question.name() + "-NO";
      if (question == AssessmentQuestion.REPEAT_VICTIMISATION) {
        answer = "#q-" + question.name();
      }
      WebElement radio = browser.find(answer);
      browser.script("arguments[0].scrollIntoView({block: 'center'})", radio);
      radio.click();
    }
    browser.find("#summary").sendKeys("Second burglary this year; needs a safety check.");
    browser.find("#assessment-form button[name=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("submitted")).isEmpty());
    browser.screenshot("journey-3-assessment-submitted");

    // A support plan action and a follow-up.
    browser.open(casePath);
    String inAWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    reveal(browser, "#action-form");
    browser.find("#description").sendKeys("Arrange a safety check of the flat with the police");
    setValue(browser, "#dueOn", inAWeek);
    browser.find("#action-form button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("Arrange a safety check of the flat"));
    reveal(browser, "#follow-up-form");
    setValue(browser, "#dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());
    setValue(browser, "#dueTime", "10:00");
    browser.find("#follow-up-form #note").sendKeys("Ask how the nights have been");
    browser.find("#follow-up-form button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("Ask how the nights have been"));
    Axe.assertAccessible(browser);
    browser.screenshot("journey-4-plan-and-follow-up");

    // Closing, with an outcome.
    reveal(browser, "#close-form");
    browser.find("#outcome").click();
    browser.find("#closingNote").sendKeys("Safety check done; she feels able to stay at home.");
    browser.find("#close-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("closed-notice")).isEmpty());
    Axe.assertAccessible(browser);
    browser.screenshot("journey-5-closed");

    // The supervisor sees the advisor's work and draws the closed case for review.
    browser.open("/logout");
    browser.driver().manage().deleteAllCookies();
    signInWithSecondFactor(browser, "supervisor.apav@pharos.test", SUPERVISOR_TOTP);
    browser.open("/app/helpline/supervision");
    assertThat(browser.find("#caseloads").getText()).contains("Alex Advisor (APAV)");
    Axe.assertAccessible(browser);
    browser.screenshot("journey-6-supervision");
    browser.open("/app/helpline/supervision/reviews");
    browser.find("#size").clear();
    browser.find("#size").sendKeys("50");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    setValue(browser, "#closedFrom", today);
    setValue(browser, "#closedTo", today);
    browser.find("#draw button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("drawn")).isEmpty());
    List<WebElement> drawn = browser.driver().findElements(By.linkText(reference));
    assertThat(drawn).as("the case closed today is drawn").isNotEmpty();
    Axe.assertAccessible(browser);
    drawn.get(0).click();
    browser.waitUntil(d -> browser.pageText().contains(reference));
    Axe.assertAccessible(browser);
    browser.screenshot("journey-7-review-form");
  }

  private static void signInWithSecondFactor(Browser browser, String email, String secret)
      throws Exception {
    browser.signIn(email, PASSWORD);
    browser.waitForPath("/login/second-factor");
    browser.find("#code").sendKeys(SecondFactorCodes.next(secret));
    browser.find("form button[type=submit]").click();
    browser.waitForPath("/app");
  }

  /** Opens the folded section that holds a form, as a user clicking its summary would. */
  private static void reveal(Browser browser, String formSelector) {
    WebElement form = browser.find(formSelector);
    if (!form.isDisplayed()) {
      WebElement summary =
          browser.script("return arguments[0].closest('details').querySelector('summary')", form);
      browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
      summary.click();
      browser.waitUntil(d -> form.isDisplayed());
    }
  }

  private static void setValue(Browser browser, String selector, String value) {
    browser.script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
        browser.find(selector),
        value);
  }
}
