package eu.pharos.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Centres of Excellence in a real Chromium, as new users would use them: a visitor reads a
 * centre's public face and its published recommendations; the secretariat opens a centre (a refused
 * form first); a member of Weisser Ring finds the helpline centre's home alive with meetings,
 * drafts, discussions, practices and documents, shares a practice, replies in a discussion (a
 * mention of someone outside the centre is refused with a message) and searches; a member of
 * another organisation gets "not found" for the centre's members-only practice. Every page passes
 * the accessibility check.
 */
@InBrowser
class KnowledgeBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String SECRETARIAT = "secretariat@pharos.test";
  private static final String WR_DE = "advisor.wr-de@pharos.test";
  private static final String WR_DE_TOTP = "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X";
  private static final String FV = "member.fv@pharos.test";

  @Autowired JdbcTemplate jdbc;

  @Test
  void membersShareDiscussAndFindTheirPracticeWhileOthersSeeOnlyWhatIsTheirs(Browser browser)
      throws Exception {
    String marker = "Quokka" + UUID.randomUUID().toString().substring(0, 6);
    jdbc.update("delete from knowledge_centre where slug like 'victims-of-terrorism%'");

    // 1. A visitor reads the centres, a centre's public face and its published recommendations.
    browser.open("/centres");
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-1-centres");
    click(browser, "#centres [data-centre='european-helplines'] a");
    browser.waitForPath("/centres/european-helplines");
    assertThat(browser.find("h1").getText()).contains("116 006");
    Axe.assertAccessible(browser);
    UUID recommendations =
        jdbc.queryForObject(
            "select id from knowledge_guideline where title = ? and status = 'PUBLISHED'",
            UUID.class,
            "Common recommendations for 116 006 helplines");
    browser.open("/centres/european-helplines/guidelines/" + recommendations);
    assertThat(browser.pageText()).contains("Common recommendations for 116 006 helplines");
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-2-public-recommendations");

    // 2. The secretariat opens a centre; a form without a name or lead is refused first.
    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open("/app/centres");
    Axe.assertAccessible(browser);
    click(browser, "#open-centre");
    browser.find("#topic").sendKeys("Supporting victims of terrorism");
    click(browser, "#save");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Enter the centre's name.", "Choose the lead organisation.");
    assertThat(browser.find("#topic").getAttribute("value"))
        .isEqualTo("Supporting victims of terrorism");
    Axe.assertAccessible(browser);
    browser.find("#name").sendKeys("Victims of Terrorism");
    browser
        .find("#purpose")
        .sendKeys("Members share how they support victims of terrorist attacks across borders.");
    browser.find("#languages").clear();
    browser.find("#languages").sendKeys("en, fr");
    new Select(browser.find("#leadOrganisationId")).selectByVisibleText("V-Europe");
    click(browser, "#joinPolicy");
    click(browser, "#save");
    browser.waitForPath("/app/centres/victims-of-terrorism");
    assertThat(browser.pageText()).contains("The centre is open.", "V-Europe");
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-3-centre-opened");
    signOut(browser);

    // 3. A member of Weisser Ring finds the helpline centre's home alive.
    signIn(browser, WR_DE, WR_DE_TOTP);
    browser.open("/app/centres/european-helplines");
    for (String section :
        new String[] {
          "#upcoming-meetings",
          "#open-drafts",
          "#active-discussions",
          "#recent-practices",
          "#recent-documents",
          "#news"
        }) {
      assertThat(browser.driver().findElements(By.cssSelector(section))).as(section).hasSize(1);
    }
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-4-centre-home");

    // 4. She shares a practice with the centre's members only.
    browser.open("/app/centres/european-helplines/practices");
    Axe.assertAccessible(browser);
    click(browser, "#new-practice");
    browser.find("#title").sendKeys(marker + " triage of repeat callers");
    browser
        .find("#problem")
        .sendKeys("Repeat callers wait in the queue behind first-time callers.");
    browser
        .find("#practice")
        .sendKeys(
            "The line recognises repeat callers who agreed to it and routes them to the advisor they know.");
    click(browser, "#visibility-CENTRE");
    Axe.assertAccessible(browser);
    click(browser, "#save");
    browser.waitUntil(
        d -> browser.location().matches("/app/centres/european-helplines/practices/[0-9a-f-]{36}"));
    String practicePath = browser.location();
    assertThat(browser.find("h1").getText()).contains(marker);
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-5-practice");

    // 5. She replies in a discussion: a mention of someone outside the centre is refused.
    UUID thread =
        jdbc.queryForObject(
            "select id from knowledge_thread where title = ?",
            UUID.class,
            "Measuring answered and missed 116 006 calls");
    browser.open("/app/centres/european-helplines/discussions/" + thread);
    Axe.assertAccessible(browser);
    browser.find("#body").sendKeys("@member.fv what do you count as a missed call?");
    click(browser, "#reply");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("@member.fv is not a member of this centre");
    assertThat(browser.find("#body").getAttribute("value")).startsWith("@member.fv");
    Axe.assertAccessible(browser);
    browser.find("#body").clear();
    browser
        .find("#body")
        .sendKeys("@orgadmin.apav we count " + marker + " calls abandoned in the queue.");
    click(browser, "#reply");
    browser.waitUntil(d -> browser.pageText().contains(marker + " calls abandoned"));
    assertThat(browser.pageText()).doesNotContain("@orgadmin.apav");
    browser.screenshot("knowledge-6-discussion");

    // 6. She finds her practice and her reply by the word they share, highlighted, with facets; a
    //    query with an unbalanced quote is answered with a message.
    browser.open("/app/knowledge/search");
    browser.find("#q").sendKeys("\"" + marker);
    click(browser, "#search-button");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find(".govuk-error-summary").getText()).isNotBlank();
    Axe.assertAccessible(browser);
    browser.find("#q").clear();
    browser.find("#q").sendKeys(marker);
    click(browser, "#search-button");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#results mark")).isEmpty());
    assertThat(browser.find("#results-heading").getText()).isEqualTo("2 results");
    assertThat(browser.find("#results").getText()).contains(marker + " triage of repeat callers");
    assertThat(browser.find("#facets").getText()).contains("European Helplines");
    Axe.assertAccessible(browser);
    browser.screenshot("knowledge-7-search");
    signOut(browser);

    // 7. A member of another organisation gets "not found" for the members-only practice, and
    //    her search does not find it either.
    browser.signIn(FV, PASSWORD);
    browser.waitForPath("/app");
    browser.open(practicePath);
    assertThat(browser.heading()).containsIgnoringCase("not found");
    browser.open("/app/knowledge/search?q=" + marker);
    assertThat(browser.find("#results-heading").getText()).isEqualTo("Nothing found");
    assertThat(browser.pageText()).doesNotContain("triage of repeat callers");
    signOut(browser);
  }

  private static void click(Browser browser, String selector) {
    WebElement element = browser.find(selector);
    browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
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
