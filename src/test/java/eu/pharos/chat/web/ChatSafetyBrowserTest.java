package eu.pharos.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatBlock;
import eu.pharos.chat.ChatBlocks;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.SecondFactorCodes;
import eu.pharos.test.TenancyCheck;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Safety in the chat, in a real Chromium on the demo network: an advisor blocks a visitor who then
 * meets only a calm page with 112 until a supervisor lifts the block; and a victim whose
 * organisation has nobody free in their language is offered, and agrees to, a chat with another
 * member of the network. The visitor and the staff share one browser: the visitor's page stays in
 * its own tab, and the staff's session is dropped whenever the visitor acts again. Every advisor
 * status, network offer and block changed here is put back after each test.
 */
@InBrowser
class ChatSafetyBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";
  private static final String ADVISOR = "advisor.apav@pharos.test";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  private static final String SUPERVISOR = "supervisor.apav@pharos.test";
  private static final String SUPERVISOR_TOTP = "JBFJQA7Y7XPFL33BIXRUP7J5U4E7KX2U";
  private static final String WR_ADVISOR = "advisor.wr-de@pharos.test";
  private static final String WR_ADVISOR_TOTP = "T2XHXZDWSID3CQZO7PBDN3RNSAJD5A2X";
  private static final String CHAT_COOKIE = "pharos-chat";

  @Autowired VisitorChats visitors;
  @Autowired ChatConsole console;
  @Autowired ChatBlocks blocks;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService users;

  private TenancyCheck tenancy;
  private UUID apav;
  private UUID weisserRing;
  private List<Map<String, Object>> statuses;
  private List<Map<String, Object>> offers;
  private final List<VisitorKey> started = new ArrayList<>();
  private final List<UUID> blocked = new ArrayList<>();

  @BeforeEach
  void remember() {
    tenancy = new TenancyCheck(null, users);
    apav = member("APAV").organisationId();
    weisserRing = member("WR-DE").organisationId();
    statuses =
        jdbc.queryForList(
            "select * from chat_advisor_status where organisation_id in (?, ?)", apav, weisserRing);
    offers = jdbc.queryForList("select * from chat_network_offer");
  }

  @AfterEach
  void putBack(Browser browser) {
    try {
      leaveExtraTabs(browser);
      browser.driver().get("about:blank");
      browser.driver().manage().deleteAllCookies();
    } finally {
      // Blocks by this browser's address would refuse the visitors of the tests that follow.
      for (UUID conversation : blocked) {
        tenancy.asUser(
            SUPERVISOR, () -> blocks.activeFor(conversation).map(block -> blocks.lift(block.id())));
      }
      for (VisitorKey key : started) {
        try {
          visitors.leave(key);
        } catch (RuntimeException alreadyEnded) {
          // Ended by the block or by the test itself.
        }
      }
      restoreStatusesAndOffers();
    }
  }

  @Test
  void anAdvisorBlocksAVisitorWhoMeetsACalmPageUntilTheSupervisorLiftsTheBlock(Browser browser)
      throws Exception {
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    String visitorTab = browser.driver().getWindowHandle();

    // The visitor starts a chat in English and writes.
    browser.open("/chat/" + apav + "?lang=en");
    Axe.assertAccessible(browser);
    UUID conversation = startEnglishChat(browser, false);
    browser.find("#body").sendKeys("You people are useless, I will find you.", Keys.ENTER);
    browser.waitUntil(
        d ->
            List.of("Sent", "Seen")
                .contains(
                    browser.find(".pharos-chat-message--mine .pharos-chat-delivery").getText()));
    Axe.assertAccessible(browser);
    Cookie visitorCookie = browser.cookie(CHAT_COOKIE).orElseThrow();

    // The advisor, in another tab of the same browser, accepts the chat.
    browser.driver().switchTo().newWindow(WindowType.TAB);
    signIn(browser, ADVISOR, ADVISOR_TOTP);
    browser.open("/app/chat");
    browser.waitUntil(
        d ->
            !d.findElements(By.cssSelector("#queue tr[data-conversation='" + conversation + "']"))
                .isEmpty());
    Axe.assertAccessible(browser);
    browser.find("#queue tr[data-conversation='" + conversation + "'] button").click();
    browser.waitForPath("/app/chat/" + conversation);
    browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("I will find you."));
    Axe.assertAccessible(browser);

    // Blocks the visitor: first without a reason.
    browser.find("#block-link").click();
    browser.waitForPath("/app/chat/" + conversation + "/block");
    assertThat(browser.heading()).isEqualTo("Block this visitor");
    Axe.assertAccessible(browser);
    browser.find("label[for=duration]").click();
    browser.find("#block-form button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("reason-error")).isEmpty());
    assertThat(browser.find("#reason-error").getText()).contains("Choose the reason for the block");
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Choose the reason for the block");
    assertThat(browser.driver().findElements(By.id("duration-error"))).isEmpty();
    assertThat(browser.find("#duration").isSelected()).isTrue();
    Axe.assertAccessible(browser);
    browser.screenshot("chat-block-reason-missing");

    browser.find("label[for=reason-THREATS]").click();
    browser.find("#note").sendKeys("Threatened the advisor");
    blocked.add(conversation);
    browser.find("#block-form button[type=submit]").click();
    browser.waitForPath("/app/chat/" + conversation);
    browser.waitUntil(
        d -> browser.pageText().contains("The visitor is blocked and the conversation has ended"));
    Axe.assertAccessible(browser);
    browser.screenshot("chat-block-done");

    // The visitor's page shows the calm ending, with 112, and does not say "blocked".
    browser.driver().switchTo().window(visitorTab);
    browser.waitUntil(
        d ->
            browser
                .find("#chat-log")
                .getText()
                .contains(
                    "The service has ended this conversation. If you are in danger now, call 112"));
    // The page as the visitor sees it, without the staff's session of the other tab.
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().addCookie(visitorCookie);
    browser.driver().navigate().refresh();
    assertThat(browser.find("#chat-log").getText())
        .contains("The service has ended this conversation. If you are in danger now, call 112")
        .doesNotContainIgnoringCase("block");
    assertThat(browser.driver().findElements(By.id("chat-form"))).isEmpty();
    Axe.assertAccessible(browser);
    browser.screenshot("chat-visitor-ended-calmly");

    // A new start from the same browser, without the staff's session, is refused calmly: the
    // start page itself already answers with the refusal.
    asVisitorOnly(browser, visitorCookie);
    browser.open("/chat/" + apav + "?lang=en");
    assertThat(browser.driver().findElements(By.id("chat-start"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("chat-refused"))).hasSize(1);
    assertThat(navigationStatus(browser)).isEqualTo(403);
    assertThat(browser.heading()).isEqualTo("This service cannot take your chat now");
    assertThat(
            browser.driver().findElements(By.cssSelector("#chat-alternatives a[href='tel:112']")))
        .hasSize(1);
    assertThat(browser.pageText()).doesNotContainIgnoringCase("block");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-visitor-refused");

    // The supervisor sees the block and lifts it.
    signIn(browser, SUPERVISOR, SUPERVISOR_TOTP);
    browser.open("/app/chat/blocks");
    assertThat(browser.heading()).isEqualTo("Blocked visitors");
    UUID blockId =
        tenancy.asUser(SUPERVISOR, () -> blocks.activeFor(conversation)).map(ChatBlock::id).get();
    String row = "#active-blocks tr[data-block='" + blockId + "']";
    assertThat(browser.find(row).getText()).contains("Threats", "Threatened the advisor");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector(row + " a[href='/app/chat/" + conversation + "']")))
        .hasSize(1);
    Axe.assertAccessible(browser);
    browser.screenshot("chat-blocks");
    browser.find(row + " button[type=submit]").click();
    browser.waitUntil(d -> browser.pageText().contains("The block is lifted."));
    assertThat(browser.driver().findElements(By.cssSelector(row))).isEmpty();
    assertThat(browser.find("#ended-blocks tr[data-block='" + blockId + "']").getText())
        .contains("Lifted by");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-block-lifted");

    // The same visitor can start again.
    asVisitorOnly(browser, visitorCookie);
    browser.open("/chat/" + apav + "?lang=en");
    startEnglishChat(browser, false);
    assertThat(browser.find("#chat-queue").getText()).contains("queue");
    Axe.assertAccessible(browser);
  }

  @Test
  void aVictimAgreesToChatWithAnotherMemberWhenNobodyIsFreeInTheirLanguage(Browser browser)
      throws Exception {
    // Nobody of APAV is free; Weisser Ring serves English to the network around the clock now, and
    // its advisor is free in English.
    jdbc.update(
        "update chat_advisor_status set availability = 'AWAY' where organisation_id = ?", apav);
    jdbc.update("delete from chat_network_offer");
    jdbc.update(
        "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
            + " version) values (?, ?, ?, ?, ?, 1)",
        weisserRing,
        true,
        "de,en",
        "24/7",
        Timestamp.from(Instant.now()));
    tenancy.asUser(
        WR_ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 3, List.of("de", "en")));
    String apavName = member("APAV").name();

    // "No, wait for APAV" keeps the chat at APAV.
    browser.open("/chat/" + apav + "?lang=en");
    fillStartForm(browser);
    browser.find("#chat-start button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("network-offer")).isEmpty());
    assertThat(browser.heading()).isEqualTo("Another organisation can answer you now");
    assertThat(browser.find("#network-offer").getText())
        .contains("Weisser Ring (Germany) in Germany can answer you in English now.")
        .contains(apavName + " will not see it");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-network-offer");
    assertThat(browser.find("#network-decline button").getText())
        .isIn("No, wait for " + apavName, "No, stay with " + apavName);
    browser.find("#network-decline button").click();
    browser.waitForPath("/chat/conversation");
    UUID waiting = rememberStarted(browser);
    assertThat(organisationOf(waiting)).isEqualTo(apav);
    assertThat(browser.find("#chat-queue").getText()).contains("queue");
    visitors.leave(started.get(started.size() - 1));

    // Agreeing starts the conversation at Weisser Ring.
    browser.open("/chat/" + apav + "?lang=en");
    fillStartForm(browser);
    browser.find("#chat-start button[type=submit]").click();
    browser.waitUntil(d -> !d.findElements(By.id("network-agree")).isEmpty());
    assertThat(browser.find("#network-agree button").getText())
        .isEqualTo("Agree: chat with Weisser Ring (Germany)");
    browser.find("#network-agree button").click();
    browser.waitForPath("/chat/conversation");
    UUID routed = rememberStarted(browser);
    assertThat(organisationOf(routed)).isEqualTo(weisserRing);
    assertThat(browser.pageText()).contains("Weisser Ring (Germany)");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-network-conversation");

    // Weisser Ring's advisor sees it in the console, marked as coming through the network.
    browser.driver().switchTo().newWindow(WindowType.TAB);
    signIn(browser, WR_ADVISOR, WR_ADVISOR_TOTP);
    browser.open("/app/chat?lang=en");
    browser.waitUntil(
        d ->
            !d.findElements(By.cssSelector("#queue tr[data-conversation='" + routed + "']"))
                .isEmpty());
    Axe.assertAccessible(browser);
    browser.find("#queue tr[data-conversation='" + routed + "'] button").click();
    browser.waitForPath("/app/chat/" + routed);
    assertThat(browser.find("#routed-from").getText())
        .contains("Through the network")
        .contains("came through the network from " + apavName + ", Portugal");
    Axe.assertAccessible(browser);
    browser.screenshot("chat-network-console");
    // Away from the conversation before it ends: an ending reloads the page.
    browser.open("/app/chat");
  }

  /** Fills in the start form for a live chat in English about something general. */
  private static void fillStartForm(Browser browser) {
    new Select(browser.find("#language")).selectByValue("en");
    new Select(browser.find("#topic")).selectByValue("GENERAL");
    browser.find("label[for=kind]").click();
    browser.find("label[for=notice]").click();
  }

  /**
   * Starts a chat from the start page; an offer of another member, where there is one, is declined
   * unless {@code agree}.
   */
  private UUID startEnglishChat(Browser browser, boolean agree) {
    fillStartForm(browser);
    browser.find("#chat-start button[type=submit]").click();
    browser.waitUntil(
        d ->
            browser.location().startsWith("/chat/conversation")
                || !d.findElements(By.id("network-decline")).isEmpty());
    if (!browser.location().startsWith("/chat/conversation")) {
      browser.find((agree ? "#network-agree" : "#network-decline") + " button").click();
    }
    browser.waitForPath("/chat/conversation");
    browser.waitUntil(d -> browser.find("#chat").getDomAttribute("data-transport") != null);
    return rememberStarted(browser);
  }

  private UUID rememberStarted(Browser browser) {
    String value = browser.cookie(CHAT_COOKIE).orElseThrow().getValue();
    int dot = value.indexOf('.');
    VisitorKey key =
        new VisitorKey(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1));
    started.add(key);
    assertThat(browser.find("#chat").getDomAttribute("data-conversation"))
        .isEqualTo(key.conversationId().toString());
    return key.conversationId();
  }

  /** Drops the staff's session: only the visitor's own chat cookie stays in the browser. */
  private static void asVisitorOnly(Browser browser, Cookie visitorCookie) {
    browser.open("/chat/return?lang=en");
    browser.driver().manage().deleteAllCookies();
    browser.driver().manage().addCookie(visitorCookie);
  }

  /** The HTTP status of the page now shown. */
  private static long navigationStatus(Browser browser) {
    Number status =
        browser.script("return performance.getEntriesByType('navigation')[0].responseStatus");
    return status.longValue();
  }

  private UUID organisationOf(UUID conversation) {
    return jdbc.queryForObject(
        "select organisation_id from chat_conversation where id = ?", UUID.class, conversation);
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> shortName.equals(m.shortName()))
        .findFirst()
        .orElseThrow();
  }

  private void restoreStatusesAndOffers() {
    jdbc.update(
        "delete from chat_advisor_status where organisation_id in (?, ?)", apav, weisserRing);
    for (Map<String, Object> row : statuses) {
      jdbc.update(
          "insert into chat_advisor_status (user_id, organisation_id, availability, capacity,"
              + " languages, updated_at) values (?, ?, ?, ?, ?, ?)",
          row.get("user_id"),
          row.get("organisation_id"),
          row.get("availability"),
          row.get("capacity"),
          row.get("languages"),
          row.get("updated_at"));
    }
    jdbc.update("delete from chat_network_offer");
    for (Map<String, Object> row : offers) {
      jdbc.update(
          "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
              + " version) values (?, ?, ?, ?, ?, ?)",
          row.get("organisation_id"),
          row.get("serving"),
          row.get("languages"),
          row.get("hours"),
          row.get("updated_at"),
          row.get("version"));
    }
  }

  private static void leaveExtraTabs(Browser browser) {
    List<String> tabs = new ArrayList<>(browser.driver().getWindowHandles());
    for (String tab : tabs.subList(1, tabs.size())) {
      browser.driver().switchTo().window(tab);
      browser.driver().close();
    }
    browser.driver().switchTo().window(tabs.get(0));
  }

  /** Signs in with the password and a fresh second-factor code, in the current tab. */
  private static void signIn(Browser browser, String email, String secret) {
    Optional<Cookie> visitorCookie = browser.cookie(CHAT_COOKIE);
    browser.open("/login");
    browser.driver().manage().deleteAllCookies();
    visitorCookie.ifPresent(c -> browser.driver().manage().addCookie(c));
    browser.signIn(email, PASSWORD);
    browser.waitForPath("/login/second-factor");
    browser.find("#code").sendKeys(SecondFactorCodes.next(secret));
    browser.find("form button[type=submit]").click();
    try {
      browser.waitUntil(
          d -> {
            try {
              return !browser.location().startsWith("/login");
            } catch (WebDriverException stillLoading) {
              return false;
            }
          });
    } catch (org.openqa.selenium.TimeoutException stuck) {
      throw new AssertionError("still at " + browser.location() + ": " + browser.pageText(), stuck);
    }
  }
}
