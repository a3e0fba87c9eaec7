package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat console in a real Chromium on the demo network: the advisor sets a status, takes the
 * next chat and answers it; the supervisor's page shows the conversations and joins one. Every page
 * passes the accessibility check and fits a phone.
 */
@InBrowser
class ChatConsoleBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  private static final String SUPERVISOR_TOTP = "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U";

  @Test
  void anAdvisorTakesTheNextChatAndAnswersIt(Browser browser) throws Exception {
    signInWithSecondFactor(browser, "advisor.apav@pharos.test", ADVISOR_TOTP);
    browser.open("/app/chat");
    assertThat(browser.heading()).isEqualTo("Chat console");
    Axe.assertAccessible(browser);

    browser.find("#capacity").clear();
    browser.find("#capacity").sendKeys("9");
    browser.find("#status-form button[type=submit]").click();
    assertThat(browser.find(".govuk-error-summary").getText()).contains("6");
    Axe.assertAccessible(browser);
    browser.find("#capacity").clear();
    browser.find("#capacity").sendKeys("3");
    browser.find("#availability").click();
    browser.find("#status-form button[type=submit]").click();
    browser.waitForPath("/app/chat");

    browser.find("#take-next").click();
    browser.waitUntil(d -> browser.location().matches("/app/chat/[0-9a-f-]{36}"));
    browser.screenshot("chat-conversation");
    Axe.assertAccessible(browser);
    assertThat(browser.find("#messages").getAttribute("role")).isEqualTo("log");

    browser.find("#answer").sendKeys("Olá, estou aqui para ajudar.");
    browser.find("#answer-form button[type=submit]").click();
    browser.waitUntil(
        d -> browser.find("#messages").getText().contains("Olá, estou aqui para ajudar."));

    browser.emulatePhone(375, 812);
    browser.open(browser.location());
    assertThat(browser.scrollsSideways()).isFalse();
    browser.open("/app/chat");
    assertThat(browser.scrollsSideways()).isFalse();
    Axe.assertAccessible(browser);
  }

  @Test
  void theSupervisorJoinsAConversationSilently(Browser browser) throws Exception {
    signInWithSecondFactor(browser, "supervisor.apav@pharos.test", SUPERVISOR_TOTP);
    browser.open("/app/chat/supervision");
    browser.screenshot("chat-supervision");
    Axe.assertAccessible(browser);

    WebElement join = browser.find("#active a");
    join.click();
    browser.waitUntil(d -> browser.location().matches("/app/chat/[0-9a-f-]{36}"));
    assertThat(browser.driver().findElements(By.id("watching"))).hasSize(1);
    assertThat(browser.driver().findElements(By.id("answer-form"))).isEmpty();
    Axe.assertAccessible(browser);

    browser.open("/app/chat/responses");
    Axe.assertAccessible(browser);
    browser.open("/app/chat/responses/new");
    Axe.assertAccessible(browser);
  }

  private static void signInWithSecondFactor(Browser browser, String email, String secret)
      throws Exception {
    browser.signIn(email, PASSWORD);
    browser.waitForPath("/login/second-factor");
    long step = Math.floorDiv(Instant.now().getEpochSecond(), 30);
    browser.find("#code").sendKeys(new DefaultCodeGenerator().generate(secret, step));
    browser.find("form button[type=submit]").click();
    browser.waitUntil(
        d ->
            browser.location().equals("/app") || browser.pageText().contains("There is a problem"));
    if (!browser.location().equals("/app")) {
      // A code is accepted only once: the next step's code is within the accepted window.
      browser.find("#code").clear();
      browser.find("#code").sendKeys(new DefaultCodeGenerator().generate(secret, step + 1));
      browser.find("form button[type=submit]").click();
      browser.waitForPath("/app");
    }
  }
}
