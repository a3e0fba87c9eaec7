package eu.pharos.chat.web.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.web.ChatJourney;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.NeutralSite;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A victim chats with APAV in Portuguese: the start page, the conversation over the WebSocket with
 * an advisor answering through the console's facade, and the quick exit that forgets the chat.
 */
@InBrowser
class ChatVisitorBrowserTest {

  static final String ADVISOR = "advisor.apav@pharos.test";

  @Autowired Directory directory;
  @Autowired ChatConsole console;
  @Autowired UserDetailsService users;

  private ChatJourney.OnDuty duty;
  private TenancyCheck tenancy;

  @BeforeEach
  void advisorIsAvailable() {
    duty = ChatJourney.OnDuty.start(console, users);
    tenancy = duty.tenancy();
  }

  @AfterEach
  void advisorEndsAndGoesOffline() {
    duty.end();
  }

  @Test
  void aVictimChatsInPortugueseOverTheWebSocketAndTheQuickExitForgetsTheChat(Browser browser) {
    UUID apav = apav();

    browser.open("/chat/" + apav + "?lang=pt&source=find-help");
    assertThat(browser.language()).isEqualTo("pt");
    assertThat(browser.heading()).contains("APAV");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-start");

    ChatJourney.startFromTheStartPage(browser);
    assertThat(browser.find("#chat-queue").getText()).contains("fila");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-queued");
    browser.waitUntil(
        d -> "socket".equals(browser.find("#chat").getDomAttribute("data-transport")));
    UUID conversation = UUID.fromString(browser.find("#chat").getDomAttribute("data-conversation"));

    browser.find("#body").sendKeys("Fui agredida <b>ontem</b>.", Keys.ENTER);

    browser.waitUntil(
        d ->
            List.of("Enviada", "Vista")
                .contains(
                    browser.find(".pharos-chat-message--mine .pharos-chat-delivery").getText()));
    assertThat(browser.find(".pharos-chat-message--mine .pharos-chat-message__body").getText())
        .isEqualTo("Fui agredida <b>ontem</b>.");
    assertThat(browser.find("#body").getDomProperty("value")).isEmpty();

    tenancy.asUser(
        ADVISOR,
        () -> {
          console.accept(conversation);
          return console.send(conversation, "a-1", "Olá, estou aqui para ajudar.");
        });

    browser.waitUntil(
        d ->
            browser.find("#chat-log").getText().contains("Olá, estou aqui para ajudar.")
                && browser.find("#chat-queue").getText().contains("Um técnico está consigo"));
    assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("#chat-log b")))
        .isEmpty();
    // The transcript lives in the page only (the shell's htmx keeps the current path, nothing
    // more).
    assertThat(browser.<Number>script("return localStorage.length")).isEqualTo(0L);
    assertThat(
            browser.<String>script(
                "return Object.values(sessionStorage).join(' ') + ' ' + document.cookie"))
        .doesNotContain("agredida", "ajudar", "pharos-chat");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-answered");

    long historyBefore = browser.historyLength();
    browser.find("#quick-exit").click();

    browser.waitForPath(NeutralSite.PATH);
    assertThat(browser.historyLength()).isEqualTo(historyBefore);
    browser.driver().navigate().back();
    browser.waitUntil(d -> !browser.location().equals(NeutralSite.PATH));
    assertThat(browser.location()).doesNotStartWith("/chat/conversation");

    // The beacon cleared the cookie: this browser no longer opens the conversation ...
    browser.waitUntil(
        d -> {
          browser.open("/chat/conversation?lang=pt");
          return browser.heading().contains("Não há nenhuma conversa aberta");
        });
    // ... which goes on for the advisor: leaving quickly is not ending it.
    assertThat(tenancy.asUser(ADVISOR, () -> console.open(conversation, 0)).state())
        .isEqualTo(ChatState.ACTIVE);
  }

  @Test
  void whereWebSocketsAreBlockedTheChatGoesOnByLongPolling(Browser browser) {
    ChromeDriver chromium = (ChromeDriver) browser.driver();
    Map<String, Object> blocked =
        chromium.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.WebSocket;"));
    try {
      browser.open("/chat/" + apav() + "?lang=pt");
      new Select(browser.find("#topic")).selectByValue("GENERAL");
      browser.find("label[for=kind]").click();
      browser.find("label[for=notice]").click();
      browser.find("#chat-start button[type=submit]").click();
      browser.waitForPath("/chat/conversation");
      browser.waitUntil(
          d -> "poll".equals(browser.find("#chat").getDomAttribute("data-transport")));
      UUID conversation =
          UUID.fromString(browser.find("#chat").getDomAttribute("data-conversation"));

      browser.find("#body").sendKeys("Sem WebSocket.", Keys.ENTER);
      browser.waitUntil(
          d ->
              List.of("Enviada", "Vista")
                  .contains(
                      browser.find(".pharos-chat-message--mine .pharos-chat-delivery").getText()));
      tenancy.asUser(
          ADVISOR,
          () -> {
            console.accept(conversation);
            return console.send(conversation, "a-poll", "Recebi a sua mensagem.");
          });

      browser.waitUntil(
          d -> browser.find("#chat-log").getText().contains("Recebi a sua mensagem."));
      assertThat(browser.find("#chat-log").getText()).containsOnlyOnce("Sem WebSocket.");
    } finally {
      chromium.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument",
          Map.of("identifier", blocked.get("identifier")));
    }
  }

  private UUID apav() {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> "APAV".equals(m.shortName()))
        .findFirst()
        .orElseThrow()
        .organisationId();
  }
}
