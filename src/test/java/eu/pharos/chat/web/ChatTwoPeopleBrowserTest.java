package eu.pharos.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.chat.ChatConsole;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

  static final String ADVISOR = ChatJourney.ADVISOR;

  @Autowired ChatConsole console;
  @Autowired UserDetailsService users;
  @Autowired JdbcTemplate jdbc;

  private ChatJourney.OnDuty duty;

  @BeforeEach
  void advisorIsAvailableInPortuguese() {
    duty = ChatJourney.OnDuty.start(console, users);
  }

  @AfterEach
  void advisorEndsWhatIsLeftAndIsAsBefore() {
    duty.end();
  }

  @Test
  void aVictimAndAnAdvisorTalkAndTheVictimComesBackWithTheReturnCode(Browser victim)
      throws Exception {
    UUID apav =
        jdbc.queryForObject(
            "select organisation_id from identity_user where email = ?", UUID.class, ADVISOR);
    try (Browser advisor = victim.another()) {
      // The victim starts a chat in Portuguese; the advisor takes it from the console's queue.
      UUID id = ChatJourney.startInPortuguese(victim, apav);
      ChatJourney.signInAndTake(advisor, id);
      // Gone if the advisor's page ever reloads: what follows arrives on it live, by its script.
      advisor.script("window.pharosSamePage = true;");
      ChatJourney.advisorJoins(victim);

      // They write to each other, live.
      ChatJourney.victimWrites(victim, advisor, "Ele voltou ontem à noite e tenho medo.");
      ChatJourney.answerLive(advisor, victim, "Está num sítio seguro agora?");
      victim.screenshot("chat-two-browsers-victim");
      advisor.screenshot("chat-two-browsers-advisor");

      // The victim takes a return code, then leaves at once.
      String code = ChatJourney.takeCodeAndLeave(victim);

      // The advisor answers while the victim is away.
      ChatJourney.answer(advisor, "Quando puder, volte com o seu código: estou aqui.");

      // Later the victim comes back with the code, reads the answer and writes again.
      ChatJourney.comeBack(victim, code);
      victim.waitUntil(d -> victim.find("#chat-log").getText().contains("volte com o seu código"));
      ChatJourney.onSocket(victim);
      ChatJourney.victimWrites(victim, advisor, "Estou em casa da minha irmã.");
      ChatJourney.answerLive(advisor, victim, "Ainda bem. Vamos combinar o próximo passo.");
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
      // Every time on both sides reads as the server writes it, whoever wrote it on the page:
      // 24-hour, never "09:41 AM".
      assertThat(times(victim, "#chat-log"))
          .hasSizeGreaterThanOrEqualTo(5)
          .allMatch(time -> TIME.matcher(time).matches());
      assertThat(times(advisor, "#messages"))
          .hasSizeGreaterThanOrEqualTo(5)
          .allMatch(time -> TIME.matcher(time).matches());
      // And each line is named as the server names it, the victim's too, though the script wrote
      // them on a page that never reloaded.
      assertThat((Boolean) advisor.script("return window.pharosSamePage === true;")).isTrue();
      assertThat(
              advisor
                  .driver()
                  .findElements(
                      By.cssSelector(
                          "#messages .pharos-chat-message--visitor .pharos-chat-message__meta"))
                  .stream()
                  .map(element -> element.getText().strip())
                  .toList())
          .hasSize(2)
          .allMatch(meta -> meta.startsWith("Victim, "));

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

  private static final java.util.regex.Pattern TIME =
      java.util.regex.Pattern.compile("\\d{2}:\\d{2}");

  private static List<String> times(Browser browser, String list) {
    return browser.driver().findElements(By.cssSelector(list + " time")).stream()
        .map(element -> element.getText().strip())
        .toList();
  }

  private static int countOf(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
