package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chat console in a real Chromium on the demo network: the advisor sets a status, takes the
 * next chat and answers it; the supervisor's page shows the conversations and joins one. Every page
 * passes the accessibility check and fits a phone.
 */
@InBrowser
class ChatConsoleBrowserTest {

  @Autowired VisitorChats visitors;
  @Autowired JdbcTemplate jdbc;

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
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
    assertThat(browser.find(".govuk-error-summary").getText()).contains("6");
    Axe.assertAccessible(browser);
    browser.find("#capacity").clear();
    browser.find("#capacity").sendKeys("3");
    browser.find("#availability").click();
    WebElement portuguese = browser.find("input[name=languages][value=pt]");
    if (!portuguese.isSelected()) {
      portuguese.click();
    }
    browser.find("#status-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("done")).isEmpty());

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

  @Test
  void theConversationPageShowsTheVictimsMessagesLiveAndTheQueueRefreshes(Browser browser)
      throws Exception {
    signInWithSecondFactor(browser, "supervisor.apav@pharos.test", SUPERVISOR_TOTP);
    UUID apav = organisationOf("supervisor.apav@pharos.test");
    browser.open("/app/chat");
    browser.find("#availability").click();
    browser.find("#capacity").clear();
    browser.find("#capacity").sendKeys("6");
    if (!browser.find("#languages-en").isSelected()) {
      browser.find("#languages-en").click();
    }
    browser.find("#status-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("done")).isEmpty());
    StartedChat chat =
        visitors.start(
            new NewChat(apav, "en", ChatTopic.HATE_CRIME, ChatKind.LIVE, true, "member-page"));
    UUID id = chat.key().conversationId();
    // The queue changed: the console swaps in the new panels without a reload.
    browser.waitUntil(
        d ->
            !d.findElements(By.cssSelector("#queue tr[data-conversation='" + id + "']")).isEmpty());

    browser.find("#queue tr[data-conversation='" + id + "'] button").click();
    browser.waitForPath("/app/chat/" + id);
    browser.waitUntil(d -> d.findElement(By.id("messages")) != null);
    // Give the socket its hello before the victim writes; a message written before it is sent on
    // hello all the same.
    visitors.send(chat.key(), "v-live-1", "They shouted at me in the tram.");
    browser.waitUntil(
        d ->
            d.findElement(By.id("messages")).getText().contains("They shouted at me in the tram."));

    browser.find("#answer").sendKeys("I am sorry that happened. Are you hurt?");
    browser.find("#answer-form button[type=submit]").click();
    browser.waitUntil(
        d ->
            visitors.view(chat.key(), 0).messages().stream()
                .anyMatch(m -> m.body().equals("I am sorry that happened. Are you hurt?")));
    assertThat(browser.location()).isEqualTo("/app/chat/" + id);
    browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Are you hurt?"));
    assertThat(
            browser.driver().findElements(By.cssSelector("#message-list li")).stream()
                .filter(li -> li.getText().contains("Are you hurt?"))
                .count())
        .isEqualTo(1);
    visitors.leave(chat.key());
  }

  @Test
  void whereWebSocketsAreBlockedTheConversationGoesOnByLongPolling(Browser browser)
      throws Exception {
    ChromeDriver chromium = (ChromeDriver) browser.driver();
    Map<String, Object> blocked =
        chromium.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.WebSocket;"));
    try {
      // The advisor: the supervisor signs in twice already, and each code is good for one sign-in.
      signInWithSecondFactor(browser, "advisor.apav@pharos.test", ADVISOR_TOTP);
      UUID apav = organisationOf("advisor.apav@pharos.test");
      browser.open("/app/chat");
      browser.find("#availability").click();
      browser.find("#capacity").clear();
      browser.find("#capacity").sendKeys("6");
      if (!browser.find("#languages-en").isSelected()) {
        browser.find("#languages-en").click();
      }
      browser.find("#status-form button[type=submit]").click();
      browser.waitUntil(d -> !d.findElements(By.id("done")).isEmpty());
      StartedChat chat =
          visitors.start(
              new NewChat(apav, "en", ChatTopic.GENERAL, ChatKind.LIVE, true, "member-page"));
      UUID id = chat.key().conversationId();
      browser.open("/app/chat");
      browser.find("#queue tr[data-conversation='" + id + "'] button").click();
      browser.waitForPath("/app/chat/" + id);
      browser.waitUntil(
          d ->
              "poll"
                  .equals(
                      d.findElement(By.tagName("html")).getDomAttribute("data-chat-transport")));

      visitors.send(chat.key(), "v-poll-1", "Nobody answers at the station.");
      browser.waitUntil(
          d ->
              d.findElement(By.id("messages"))
                  .getText()
                  .contains("Nobody answers at the station."));

      browser.find("#answer").sendKeys("I am here. Where are you now?");
      browser.find("#answer-form button[type=submit]").click();
      browser.waitUntil(
          d ->
              visitors.view(chat.key(), 0).messages().stream()
                  .anyMatch(m -> m.body().equals("I am here. Where are you now?")));
      // Sent over HTTP by the script, not by the form: the page stayed and shows it once.
      browser.waitUntil(
          d -> d.findElement(By.id("messages")).getText().contains("Where are you now?"));
      assertThat(browser.location()).isEqualTo("/app/chat/" + id);
      assertThat(
              browser.driver().findElements(By.cssSelector("#message-list li")).stream()
                  .filter(li -> li.getText().contains("Where are you now?"))
                  .count())
          .isEqualTo(1);
      // Away from the page first: a conversation that ends reloads it, which the next test's
      // browser must not meet.
      browser.open("/app/chat");
      visitors.leave(chat.key());
    } finally {
      chromium.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument",
          Map.of("identifier", blocked.get("identifier")));
    }
  }

  private UUID organisationOf(String email) {
    return jdbc.queryForObject(
        "select organisation_id from identity_user where email = ?", UUID.class, email);
  }

  private static void signInWithSecondFactor(Browser browser, String email, String secret)
      throws Exception {
    // One browser serves the class: each test starts signed out. The page of the test before may
    // still be reloading itself (its script refreshes the console), so leave it first.
    browser.driver().get("about:blank");
    browser.driver().manage().deleteAllCookies();
    browser.signIn(email, PASSWORD);
    browser.waitForPath("/login/second-factor");
    assertThat(submitCode(browser, SecondFactorCodes.next(secret))).isTrue();
  }

  /** Whether the code signed the user in (the page left the second factor's form). */
  private static boolean submitCode(Browser browser, String code) {
    browser.find("#code").sendKeys(code);
    browser.find("form button[type=submit]").click();
    try {
      return waitForSignIn(browser);
    } catch (org.openqa.selenium.TimeoutException stuck) {
      throw new AssertionError("still at " + browser.location() + ": " + browser.pageText(), stuck);
    }
  }

  private static boolean waitForSignIn(Browser browser) {
    // The wait ends on any answer but null or false: hence words rather than a boolean.
    String outcome =
        browser.waitUntil(
            d -> {
              try {
                if (!browser.location().startsWith("/login")) {
                  return "signed-in";
                }
                return browser.pageText().contains("There is a problem") ? "refused" : null;
              } catch (WebDriverException stillLoading) {
                return null;
              }
            });
    return outcome.equals("signed-in");
  }
}
