package eu.pharos.standards;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole standards cycle in a real Chromium, as new users would run it through the pages: the
 * secretariat imports the illustrative framework as a new version (a broken file first, refused by
 * line with nothing imported) and adopts it, and opens a pilot cycle for the Croatian member; the
 * member's quality lead rates every indicator, attaches a file as evidence, is told which required
 * indicators are still unrated when submitting too early, and submits; the secretariat assigns an
 * evaluator and plans the technical visit; the evaluator records a finding on every indicator, one
 * not met, and completes the report; the member follows an improvement plan for it; the secretariat
 * accredits with a condition; anyone verifies the certificate's code on the public page; and the
 * heatmap shows the member. Every page passes the accessibility check.
 */
@InBrowser
class StandardsBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String SECRETARIAT = "secretariat@pharos.test";
  private static final String EVALUATOR = "evaluator@pharos.test";
  private static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  private static final String HR_LEAD_TOTP = "ZXOSCNOYR7YL5JEFMJGZQOCH5MZTX5FC";
  private static final String CROATIA = "Victim and Witness Support Service (Croatia)";

  @Autowired JdbcTemplate jdbc;

  @Test
  void aMemberIsAssessedEvaluatedImprovesAndIsAccreditedAndItsCertificateVerifies(Browser browser)
      throws Exception {
    UUID croatia = organisation("HR-VWSS");
    removeCyclesOf(croatia);
    String version = "1.1-" + UUID.randomUUID().toString().substring(0, 6);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    // 1. The secretariat imports the illustrative framework as a new version and adopts it; a
    //    broken file is refused first, each problem with its line, and nothing is imported.
    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open("/app/standards");
    Axe.assertAccessible(browser);
    browser.open("/app/standards/frameworks/import");
    Axe.assertAccessible(browser);
    String illustrative = illustrativeFile();
    Path broken =
        file(
            "broken.yaml",
            illustrative
                .replace("version: \"1.0\"", "version: \"" + version + "\"")
                .replaceFirst("code: \"1\\.1\\.2\"", "code: \"1.1.1\""));
    browser.find("#file").sendKeys(broken.toString());
    submit(browser, "#import");
    browser.waitUntil(d -> !d.findElements(By.id("problems")).isEmpty());
    assertThat(browser.find("#problems").getText()).contains("1.1.1");
    assertThat(frameworkCount(version)).isZero();
    Axe.assertAccessible(browser);
    browser.screenshot("standards-1-import-refused");

    Path good =
        file(
            "illustrative.yaml",
            illustrative.replace("version: \"1.0\"", "version: \"" + version + "\""));
    browser.find("#file").sendKeys(good.toString());
    submit(browser, "#import");
    browser.waitUntil(d -> browser.location().matches("/app/standards/frameworks/[0-9a-f-]{36}"));
    assertThat(browser.find("#adopt").getText()).isEqualTo("Adopt this framework");
    assertThat(browser.driver().findElements(By.cssSelector("#tree [data-standard]"))).hasSize(9);
    Axe.assertAccessible(browser);
    submit(browser, "#adopt");
    browser.waitUntil(d -> !d.findElements(By.id("retire")).isEmpty());
    assertThat(browser.pageText()).contains("Adopted");
    String frameworkId = browser.location().replaceAll(".*/frameworks/([0-9a-f-]{36}).*", "$1");
    browser.screenshot("standards-2-framework-adopted");

    // 2. The secretariat opens a pilot cycle for the Croatian member.
    browser.open("/app/standards");
    new Select(browser.find("#organisationId")).selectByValue(croatia.toString());
    new Select(browser.find("#frameworkId")).selectByValue(frameworkId);
    setValue(browser, "#selfAssessmentDue", today.plusMonths(2).toString());
    click(browser, "#pilot");
    submit(browser, "#open");
    browser.waitUntil(d -> browser.location().matches("/app/standards/cycles/[0-9a-f-]{36}"));
    String cyclePath = browser.location();
    assertThat(browser.pageText()).contains("The cycle is open.", CROATIA, "Pilot");
    Axe.assertAccessible(browser);
    signOut(browser);

    // 3. The Croatian quality lead rates every indicator and attaches evidence; an early
    //    submission names what is still unrated; then the self-assessment is submitted.
    signIn(browser, HR_LEAD, HR_LEAD_TOTP);
    browser.open(cyclePath + "/self-assessment");
    Axe.assertAccessible(browser);
    List<String> standardPages =
        links(browser, "#standards a[href*='/self-assessment/standards/']");
    assertThat(standardPages).hasSize(9);

    browser.open(standardPages.get(0));
    Axe.assertAccessible(browser);
    String firstIndicator = indicatorIds(browser).get(0);
    rate(browser, firstIndicator, 3, "Our statutes guarantee independence; see the evidence.");
    Path evidence = file("statutes.txt", "Statutes of the service, article 4: independence.");
    browser.find("#file-title-" + firstIndicator).sendKeys("Statutes");
    browser.find("#file-" + firstIndicator).sendKeys(evidence.toString());
    WebElement upload = browser.find("#add-file-" + firstIndicator);
    click(browser, "#add-file-" + firstIndicator);
    browser.waitUntil(ExpectedConditions.stalenessOf(upload));
    assertThat(browser.find("#evidence-list-" + firstIndicator).getText()).contains("Statutes");
    browser.screenshot("standards-3-self-assessment");

    browser.open(cyclePath + "/self-assessment/submit");
    submit(browser, "#confirm");
    browser.waitUntil(d -> !d.findElements(By.id("submit-errors")).isEmpty());
    assertThat(browser.find("#submit-errors").getText()).contains("1.1.2");
    Axe.assertAccessible(browser);

    for (String page : standardPages) {
      browser.open(page);
      for (String indicator : indicatorIds(browser)) {
        if (!indicator.equals(firstIndicator)) {
          rate(browser, indicator, 2, null);
        }
      }
    }
    browser.open(cyclePath + "/self-assessment");
    assertThat(browser.find("#complete").getText()).isNotBlank();
    browser.open(cyclePath + "/self-assessment/submit");
    submit(browser, "#confirm");
    browser.waitUntil(d -> browser.pageText().contains("Submitted"));
    signOut(browser);

    // 4. The secretariat assigns an evaluator and plans the technical visit.
    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open(cyclePath + "/evaluation");
    Axe.assertAccessible(browser);
    Select evaluators = new Select(browser.find("#evaluator"));
    evaluators.getOptions().stream()
        .filter(o -> o.getText().startsWith("Eva Evaluator"))
        .findFirst()
        .orElseThrow()
        .click();
    click(browser, "#lead");
    submit(browser, "#assign");
    browser.waitUntil(d -> browser.find("#evaluator-list").getText().contains("Eva Evaluator"));
    setValue(browser, "#visitStartsOn", today.plusDays(7).toString());
    setValue(browser, "#visitEndsOn", today.plusDays(8).toString());
    browser.find("#visitLocation").sendKeys("Zagreb, the service's head office");
    browser.find("#visitAgenda").sendKeys("Day 1: management and helpline. Day 2: court office.");
    browser.find("#peopleMet").sendKeys("The director, two advisors, a volunteer coordinator");
    submit(browser, "#save-visit");
    browser.waitUntil(d -> browser.find("#visit-plan").getText().contains("Zagreb"));
    browser.screenshot("standards-4-evaluation-planned");
    signOut(browser);

    // 5. The evaluator records a finding on every indicator, one not met, and completes the
    //    report.
    browser.signIn(EVALUATOR, PASSWORD);
    browser.waitForPath("/app");
    browser.open(cyclePath + "/evaluation");
    List<String> findingPages = links(browser, "#standards a[href*='/evaluation/standards/']");
    assertThat(findingPages).hasSize(9);
    String notMet = null;
    for (String page : findingPages) {
      browser.open(page);
      if (notMet == null) {
        Axe.assertAccessible(browser);
      }
      for (String indicator : findingIds(browser)) {
        if (notMet == null) {
          notMet = indicator;
          click(browser, "#result-" + indicator + "-NOT_MET");
          browser
              .find("#comment-" + indicator)
              .sendKeys("No written procedure; the practice depends on each advisor.");
        } else {
          click(browser, "#result-" + indicator);
        }
        WebElement save =
            browser.find("form[action$='/findings/" + indicator + "'] button[type=submit]");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        browser.waitUntil(ExpectedConditions.stalenessOf(save));
      }
    }
    browser.open(cyclePath + "/evaluation");
    browser.find("#reportSummary").sendKeys("The service meets the standards but one indicator.");
    submit(browser, "#save-report");
    browser.waitUntil(d -> !d.findElements(By.id("complete")).isEmpty());
    submit(browser, "#complete");
    browser.waitUntil(d -> !d.findElements(By.id("report-completed")).isEmpty());
    Axe.assertAccessible(browser);
    browser.screenshot("standards-5-report-completed");
    signOut(browser);

    // 6. The member follows an improvement plan for the indicator not met.
    signIn(browser, HR_LEAD, HR_LEAD_TOTP);
    browser.open(cyclePath + "/plan");
    Axe.assertAccessible(browser);
    new Select(browser.find("#indicatorId")).selectByValue(notMet);
    browser.find("#description").sendKeys("Write the procedure and train every advisor in it.");
    browser.find("#ownerName").sendKeys("Quality lead");
    setValue(browser, "#dueOn", today.plusMonths(1).toString());
    submit(browser, "#add");
    browser.waitUntil(d -> !d.findElements(By.cssSelector("[id^='action-']")).isEmpty());
    String action =
        browser.find("[id^='action-']").getAttribute("id").substring("action-".length());
    submit(browser, "#s-" + action + "-action");
    browser.waitUntil(d -> browser.find("#action-" + action).getText().contains("In progress"));
    browser
        .find("#c-" + action + "-completionEvidence")
        .sendKeys("Procedure adopted by the board; all advisors trained.");
    submit(browser, "form[action$='/actions/" + action + "/complete'] button[type=submit]");
    browser.waitUntil(d -> browser.find("#action-" + action).getText().contains("Done"));
    assertThat(browser.find("#progress").getText()).contains("1");
    Axe.assertAccessible(browser);
    browser.screenshot("standards-6-plan");
    signOut(browser);

    // 7. The secretariat accredits with a condition.
    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open(cyclePath + "/decision");
    Axe.assertAccessible(browser);
    click(browser, "#outcome-ACCREDITED_WITH_CONDITIONS");
    setValue(browser, "#validFrom", today.toString());
    setValue(browser, "#validUntil", today.plusYears(3).toString());
    browser.find("#rationale").sendKeys("Standards met; one procedure to be evidenced in use.");
    browser
        .find("#conditions-0-text")
        .sendKeys("Show the procedure in use in the court office within six months.");
    setValue(browser, "#conditions-0-dueOn", today.plusMonths(6).toString());
    submit(browser, "#decide");
    browser.waitUntil(d -> !d.findElements(By.id("certificate-code")).isEmpty());
    String code = browser.find("#certificate-code").getText().strip();
    assertThat(code).matches("PHX-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(browser.find("#outcome-value").getText()).isEqualTo("Accredited with conditions");
    Axe.assertAccessible(browser);
    browser.screenshot("standards-7-decision");

    // 8. The heatmap shows the Croatian member.
    browser.open("/app/standards/overview");
    WebElement row = browser.find("#heatmap tr[data-organisation='HR-VWSS']");
    assertThat(row.getText()).contains("%");
    Axe.assertAccessible(browser);
    browser.screenshot("standards-8-heatmap");
    signOut(browser);

    // 9. Anyone checks the certificate's code on the public page.
    browser.open("/certificates");
    Axe.assertAccessible(browser);
    browser.find("#code-input").sendKeys(code.toLowerCase());
    submit(browser, "#lookup");
    browser.waitUntil(d -> !d.findElements(By.id("certificate")).isEmpty());
    assertThat(browser.find("#organisation").getText()).contains(CROATIA);
    assertThat(browser.find("#outcome").getText()).contains("Accredited with conditions");
    assertThat(browser.find("#code").getText()).isEqualTo(code);
    Axe.assertAccessible(browser);
    browser.screenshot("standards-9-certificate-verified");
  }

  private static void rate(Browser browser, String indicator, int level, String narrative) {
    click(browser, "#rating-" + indicator + (level == 0 ? "" : "-" + level));
    if (narrative != null) {
      browser.find("#narrative-" + indicator).sendKeys(narrative);
    }
    WebElement save = browser.find("#save-" + indicator);
    click(browser, "#save-" + indicator);
    browser.waitUntil(ExpectedConditions.stalenessOf(save));
  }

  private static List<String> indicatorIds(Browser browser) {
    return browser.driver().findElements(By.cssSelector("[id^='rate-form-']")).stream()
        .map(e -> e.getAttribute("id").substring("rate-form-".length()))
        .toList();
  }

  private static List<String> findingIds(Browser browser) {
    return browser.driver().findElements(By.cssSelector("form[action*='/findings/']")).stream()
        .map(e -> e.getAttribute("action").replaceAll(".*/findings/([0-9a-f-]{36}).*", "$1"))
        .toList();
  }

  private static List<String> links(Browser browser, String selector) {
    String base = browser.url("");
    return browser.driver().findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getAttribute("href").substring(base.length()))
        .distinct()
        .toList();
  }

  private String illustrativeFile() throws Exception {
    try (InputStream in =
        getClass().getResourceAsStream("/standards/illustrative-framework.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Path file(String name, String content) throws Exception {
    Path dir = Files.createTempDirectory("pharos-standards");
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    file.toFile().deleteOnExit();
    return file;
  }

  private int frameworkCount(String version) {
    return jdbc.queryForObject(
        "select count(*) from standards_framework where version = ?", Integer.class, version);
  }

  private UUID organisation(String shortName) {
    return jdbc.queryForObject(
        "select id from identity_organisation where short_name = ?", UUID.class, shortName);
  }

  private void removeCyclesOf(UUID organisationId) {
    jdbc.update(
        "delete from standards_decision where cycle_id in"
            + " (select id from standards_cycle where organisation_id = ?)",
        organisationId);
    jdbc.update(
        "update standards_cycle set previous_cycle_id = null where organisation_id = ?",
        organisationId);
    jdbc.update("delete from standards_cycle where organisation_id = ?", organisationId);
  }

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
