package eu.pharos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Staff are told in the app when a conversation needs attention, and nothing of the victim. */
@PharosTest
class ChatNotificationsTest {

  static final String ADVISOR = "advisor.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";

  @Autowired VisitorChats visitors;
  @Autowired ChatConsole console;
  @Autowired ReplyReminderJob reminders;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;

  TenancyCheck tenancy;
  UUID apav;
  UUID advisor;
  UUID supervisor;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    StaffUser advisorUser = (StaffUser) userDetails.loadUserByUsername(ADVISOR);
    apav = advisorUser.organisationId();
    advisor = advisorUser.userId();
    supervisor = ((StaffUser) userDetails.loadUserByUsername(SUPERVISOR)).userId();
  }

  @Test
  void aDangerMessageTellsTheSupervisorsAndTheAdvisorOnceWithoutItsText() throws Exception {
    VisitorKey key = start(ChatKind.LIVE);
    visitors.send(key, "v-1", "Olá, preciso de ajuda.");
    as(ADVISOR, () -> console.accept(key.conversationId()));
    assertThat(notifications(key, StaffAlerts.CONCERN)).isEmpty();

    visitors.send(key, "v-2", "Ele tem uma faca, estou em perigo.");
    visitors.send(key, "v-3", "Ele vai matar-me.");

    List<Map<String, Object>> sent = notifications(key, StaffAlerts.CONCERN);
    assertThat(sent).extracting(n -> n.get("user_id")).containsOnlyOnce(supervisor, advisor);
    assertThat(sent).filteredOn(n -> n.get("user_id").equals(supervisor)).hasSize(1);
    assertThat(sent).filteredOn(n -> n.get("user_id").equals(advisor)).hasSize(1);
    assertThat(sent)
        .allSatisfy(
            n -> {
              assertThat(n.get("args").toString()).doesNotContain("faca", "perigo", "matar");
              assertThat(n.get("link")).isEqualTo("/app/chat/" + key.conversationId());
            });
    assertThat(notificationsPage(SUPERVISOR))
        .contains("A chat conversation needs attention now")
        .doesNotContain("faca", "perigo", "matar");
    endAsAdvisor(key);
  }

  @Test
  void aWrittenReplyDueWithinTheHourIsRemindedOnceToTheAdvisorWhoHasIt() {
    VisitorKey taken = start(ChatKind.WRITTEN);
    visitors.send(taken, "v-1", "Preciso de ajuda com o tribunal.");
    as(ADVISOR, () -> console.accept(taken.conversationId()));
    VisitorKey waiting = start(ChatKind.WRITTEN);
    visitors.send(waiting, "v-1", "Alguém me pode responder?");
    VisitorKey later = start(ChatKind.WRITTEN);
    visitors.send(later, "v-1", "Quando puderem.");
    dueIn(taken, 30);
    dueIn(waiting, -10);
    dueIn(later, 180);

    assertThat(reminders.run()).isGreaterThanOrEqualTo(2);

    assertThat(notifications(taken, StaffAlerts.REPLY_DUE))
        .extracting(n -> n.get("user_id"))
        .containsExactly(advisor);
    assertThat(notifications(waiting, StaffAlerts.REPLY_DUE))
        .extracting(n -> n.get("user_id"))
        .contains(supervisor)
        .doesNotHaveDuplicates();
    assertThat(notifications(later, StaffAlerts.REPLY_DUE)).isEmpty();

    int waitingReminders = notifications(waiting, StaffAlerts.REPLY_DUE).size();
    reminders.run();
    assertThat(notifications(taken, StaffAlerts.REPLY_DUE)).hasSize(1);
    assertThat(notifications(waiting, StaffAlerts.REPLY_DUE)).hasSize(waitingReminders);
    endAsAdvisor(taken);
  }

  private String notificationsPage(String email) throws Exception {
    return mvc.perform(get("/app/notifications").with(tenancy.as(email)))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private void dueIn(VisitorKey key, long minutes) {
    jdbc.update(
        "update chat_conversation set reply_due_at = ? where id = ?",
        Timestamp.from(Instant.now().plus(minutes, ChronoUnit.MINUTES)),
        key.conversationId());
  }

  private List<Map<String, Object>> notifications(VisitorKey key, String messageKey) {
    return jdbc.queryForList(
        "select user_id, args, link from platform_notification where message_key = ? and link = ?",
        messageKey,
        "/app/chat/" + key.conversationId());
  }

  private VisitorKey start(ChatKind kind) {
    return visitors
        .start(new NewChat(apav, "pt", ChatTopic.DOMESTIC_VIOLENCE, kind, true, "find-help"))
        .key();
  }

  private void endAsAdvisor(VisitorKey key) {
    as(
        ADVISOR,
        () -> {
          console.end(
              key.conversationId(),
              new ChatClosing(ContactOutcome.INFORMATION_GIVEN, null, null, null, false));
          return null;
        });
  }

  private <T> T as(String email, Supplier<T> work) {
    return tenancy.asUser(email, work);
  }
}
