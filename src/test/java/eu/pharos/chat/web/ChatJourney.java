package eu.pharos.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.test.Browser;
import eu.pharos.test.NeutralSite;
import eu.pharos.test.SecondFactorCodes;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The steps of a chat that the browser journeys share, as the victim and the advisor take them. */
public final class ChatJourney {

  public static final String ADVISOR = "advisor.apav@pharos.test";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";
  private static final String CODE_GROUPS = "#return-code .pharos-return-code__group";

  private ChatJourney() {}

  /** The victim starts a live chat in Portuguese with the organisation; its conversation's id. */
  public static UUID startInPortuguese(Browser victim, UUID organisation) {
    victim.open("/chat/" + organisation + "?lang=pt&source=find-help");
    startFromTheStartPage(victim);
    onSocket(victim);
    return UUID.fromString(victim.find("#chat").getDomAttribute("data-conversation"));
  }

  /**
   * On the organisation's start page: Portuguese, violence, a live chat, the notice read; start,
   * and wait for the conversation's page.
   */
  public static void startFromTheStartPage(Browser victim) {
    new Select(victim.find("#language")).selectByValue("pt");
    new Select(victim.find("#topic")).selectByValue("VIOLENCE");
    victim.find("label[for=kind]").click();
    victim.find("label[for=notice]").click();
    victim.find("#chat-start button[type=submit]").click();
    victim.waitForPath("/chat/conversation");
  }

  /** Waits until the victim's page talks over its WebSocket. */
  public static void onSocket(Browser victim) {
    victim.waitUntil(d -> "socket".equals(victim.find("#chat").getDomAttribute("data-transport")));
  }

  /** The advisor signs in with the second factor and takes this conversation from the queue. */
  public static void signInAndTake(Browser advisor, UUID conversation) {
    advisor.signIn(ADVISOR, "pharos-demo-2026");
    advisor.waitForPath("/login/second-factor");
    advisor.find("#code").sendKeys(SecondFactorCodes.next(ADVISOR_TOTP));
    advisor.find("form button[type=submit]").click();
    advisor.waitUntil(d -> !advisor.location().startsWith("/login"));
    String take = "form[action='/app/chat/queue/" + conversation + "/take'] button";
    advisor.open("/app/chat");
    advisor.waitUntil(
        d -> {
          if (d.findElements(By.cssSelector(take)).isEmpty()) {
            advisor.open("/app/chat");
            return false;
          }
          return true;
        });
    advisor.find(take).click();
    advisor.waitForPath("/app/chat/" + conversation);
  }

  /** The advisor answers in the conversation's page and sees the answer there. */
  public static void answer(Browser advisor, String text) {
    advisor.find("#answer").sendKeys(text);
    advisor.find("#answer-form button[type=submit]").click();
    advisor.waitUntil(d -> advisor.find("#messages").getText().contains(text));
  }

  /** The victim's page shows that an advisor has joined. */
  public static void advisorJoins(Browser victim) {
    victim.waitUntil(d -> victim.find("#chat-queue").getText().contains("Um técnico está consigo"));
  }

  /** The victim writes, and the advisor's page shows it. */
  public static void victimWrites(Browser victim, Browser advisor, String text) {
    victim.find("#body").sendKeys(text, Keys.ENTER);
    advisor.waitUntil(d -> advisor.find("#messages").getText().contains(text));
  }

  /** The advisor answers, and the victim's page shows it. */
  public static void answerLive(Browser advisor, Browser victim, String text) {
    answer(advisor, text);
    victim.waitUntil(d -> victim.find("#chat-log").getText().contains(text));
  }

  /** The victim takes a return code and leaves at once by the quick exit; the code. */
  public static String takeCodeAndLeave(Browser victim) {
    String code = takeReturnCode(victim);
    victim.find("#quick-exit").click();
    victim.waitForPath(NeutralSite.PATH);
    return code;
  }

  /** The victim asks for a return code; the code as they would type it. */
  public static String takeReturnCode(Browser victim) {
    victim.find("form[action='/chat/conversation/return-code'] button").click();
    victim.waitUntil(d -> !d.findElements(By.cssSelector(CODE_GROUPS)).isEmpty());
    String code =
        victim.driver().findElements(By.cssSelector(CODE_GROUPS)).stream()
            .map(WebElement::getText)
            .collect(Collectors.joining(" "));
    assertThat(code.split(" ")).hasSizeGreaterThan(1);
    return code;
  }

  /** The victim comes back with the code, to the conversation's page. */
  public static void comeBack(Browser victim, String code) {
    victim.open("/chat/return?lang=pt");
    victim.find("#code").sendKeys(code);
    victim.find("form[action='/chat/return'] button[type=submit]").click();
    victim.waitForPath("/chat/conversation");
  }

  /**
   * The advisor on duty in Portuguese and English for one test; {@link #end} ends what they still
   * have open and puts their status back as it was, for the tests that follow in the same
   * application.
   */
  public static final class OnDuty {

    private final ChatConsole console;
    private final TenancyCheck tenancy;
    private final AdvisorStatus before;

    private OnDuty(ChatConsole console, TenancyCheck tenancy) {
      this.console = console;
      this.tenancy = tenancy;
      this.before = tenancy.asUser(ADVISOR, console::myStatus);
      tenancy.asUser(
          ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    }

    public static OnDuty start(ChatConsole console, UserDetailsService users) {
      return new OnDuty(console, new TenancyCheck(null, users));
    }

    /** Acts as staff users through the facades, as the browser's advisor would. */
    public TenancyCheck tenancy() {
      return tenancy;
    }

    public void end() {
      tenancy.asUser(
          ADVISOR,
          () -> {
            console
                .mine()
                .forEach(
                    open ->
                        console.end(
                            open.id(),
                            new ChatClosing(
                                ContactOutcome.INFORMATION_GIVEN, null, null, null, false)));
            return console.setStatus(
                before.availability(), before.capacity(), List.copyOf(before.languages()));
          });
    }
  }
}
