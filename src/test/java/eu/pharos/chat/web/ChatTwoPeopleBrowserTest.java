package eu.pharos.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.NeutralSite;
import eu.pharos.test.SecondFactorCodes;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole chat as its two people live it, each in their own Chromium: a victim starts a chat in
 * Portuguese, the advisor of the Portuguese member takes it in the console, they write to each
 * other, the victim takes a return code and leaves with the quick exit, comes back with the code,
 * reads the answer written meanwhile and writes again, and the advisor files the chat as a contact
 * with its transcript.
 */
@InBrowser
class ChatTwoPeopleBrowserTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  private static final String ADVISOR_TOTP = "TTUUUJNZGEIVMASPCDODWI6CCN54UMFA";

  @Autowired ChatConsole console;
  @Autowired UserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  private TenancyCheck tenancy;
  private AdvisorStatus before;

  @BeforeEach
  void advisorIsAvailableInPortuguese() {
    tenancy = new TenancyCheck(null, users);
    before = tenancy.asUser(ADVISOR, () -> console.myStatus());
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
  }

  @AfterEach
  void advisorEndsWhatIsLeftAndIsAsBefore() {
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

  @Test
  void aVictimAndAnAdvisorTalkAndTheVictimComesBackWithTheReturnCode(Browser victim)
      throws Exception {
    UUID apav =
        jdbc.queryForObject(
            "select organisation_id from identity_user where email = ?", UUID.class, ADVISOR);
    try (Browser advisor = victim.another()) {
      // The victim starts a chat in Portuguese and waits.
      victim.open("/chat/" + apav + "?lang=pt&source=find-help");
      new Select(victim.find("#language")).selectByValue("pt");
      new Select(victim.find("#topic")).selectByValue("VIOLENCE");
      victim.find("label[for=kind]").click();
      victim.find("label[for=notice]").click();
      victim.find("#chat-start button[type=submit]").click();
      victim.waitForPath("/chat/conversation");
      victim.waitUntil(
          d -> "socket".equals(victim.find("#chat").getDomAttribute("data-transport")));
      UUID id = UUID.fromString(victim.find("#chat").getDomAttribute("data-conversation"));

      // The advisor signs in with the second factor and takes that chat from the queue.
      advisor.signIn(ADVISOR, "pharos-demo-2026");
      advisor.waitForPath("/login/second-factor");
      advisor.find("#code").sendKeys(SecondFactorCodes.next(ADVISOR_TOTP));
      advisor.find("form button[type=submit]").click();
      advisor.waitUntil(d -> !advisor.location().startsWith("/login"));
      advisor.open("/app/chat");
      String take = "form[action='/app/chat/queue/" + id + "/take'] button";
      advisor.waitUntil(
          d -> {
            if (d.findElements(By.cssSelector(take)).isEmpty()) {
              advisor.open("/app/chat");
              return false;
            }
            return true;
          });
      advisor.find(take).click();
      advisor.waitForPath("/app/chat/" + id);
      victim.waitUntil(
          d -> victim.find("#chat-queue").getText().contains("Um técnico está consigo"));

      // They write to each other, live.
      victim.find("#body").sendKeys("Ele voltou ontem à noite e tenho medo.", Keys.ENTER);
      advisor.waitUntil(
          d -> advisor.find("#messages").getText().contains("Ele voltou ontem à noite"));
      answer(advisor, "Está num sítio seguro agora?");
      victim.waitUntil(
          d -> victim.find("#chat-log").getText().contains("Está num sítio seguro agora?"));
      victim.screenshot("chat-two-browsers-victim");
      advisor.screenshot("chat-two-browsers-advisor");

      // The victim takes a return code, then leaves at once.
      victim.find("form[action='/chat/conversation/return-code'] button").click();
      victim.waitUntil(
          d ->
              !d.findElements(By.cssSelector("#return-code .pharos-return-code__group")).isEmpty());
      String code =
          victim
              .driver()
              .findElements(By.cssSelector("#return-code .pharos-return-code__group"))
              .stream()
              .map(WebElement::getText)
              .collect(Collectors.joining(" "));
      assertThat(code.split(" ")).hasSizeGreaterThan(1);
      victim.find("#quick-exit").click();
      victim.waitForPath(NeutralSite.PATH);

      // The advisor answers while the victim is away.
      answer(advisor, "Quando puder, volte com o seu código: estou aqui.");

      // Later the victim comes back with the code, reads the answer and writes again.
      victim.open("/chat/return?lang=pt");
      victim.find("#code").sendKeys(code);
      victim.find("form[action='/chat/return'] button[type=submit]").click();
      victim.waitForPath("/chat/conversation");
      victim.waitUntil(d -> victim.find("#chat-log").getText().contains("volte com o seu código"));
      victim.waitUntil(
          d -> "socket".equals(victim.find("#chat").getDomAttribute("data-transport")));
      victim.find("#body").sendKeys("Estou em casa da minha irmã.", Keys.ENTER);
      advisor.waitUntil(
          d -> advisor.find("#messages").getText().contains("Estou em casa da minha irmã."));
      answer(advisor, "Ainda bem. Vamos combinar o próximo passo.");
      victim.waitUntil(
          d -> victim.find("#chat-log").getText().contains("Vamos combinar o próximo passo."));
      // Each message once, in order, on the victim's side.
      assertThat(victim.find("#chat-log").getText())
          .containsSubsequence(
              "Ele voltou ontem à noite",
              "Está num sítio seguro agora?",
              "volte com o seu código",
              "Estou em casa da minha irmã.",
              "Vamos combinar o próximo passo.");
      assertThat(countOf(victim.find("#chat-log").getText(), "Estou em casa da minha irmã."))
          .isEqualTo(1);

      // The advisor ends the chat and files it: a contact with the whole transcript.
      advisor.find("#end-link").click();
      advisor.waitForPath("/app/chat/" + id + "/end");
      new Select(advisor.find("#outcome")).selectByValue("INFORMATION_GIVEN");
      advisor.find("#end-form button[type=submit]").click();
      advisor.waitUntil(d -> !d.findElements(By.id("filed-contact")).isEmpty());
      advisor.find("#filed-contact").click();
      advisor.waitUntil(d -> advisor.location().startsWith("/app/helpline/contacts/"));
      String transcript = advisor.find("#transcript").getText();
      assertThat(transcript)
          .contains(
              "Ele voltou ontem à noite e tenho medo.",
              "Está num sítio seguro agora?",
              "Quando puder, volte com o seu código: estou aqui.",
              "Estou em casa da minha irmã.",
              "Ainda bem. Vamos combinar o próximo passo.");
      advisor.screenshot("chat-two-browsers-contact");
    }
  }

  private static void answer(Browser advisor, String text) {
    advisor.find("#answer").sendKeys(text);
    advisor.find("#answer-form button[type=submit]").click();
    advisor.waitUntil(d -> advisor.find("#messages").getText().contains(text));
  }

  private static int countOf(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
