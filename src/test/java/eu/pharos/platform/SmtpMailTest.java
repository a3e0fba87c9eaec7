package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.pharos.test.PharosTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** SMTP mode against a real in-process SMTP server. */
@PharosTest
class SmtpMailTest {

  static final int PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailProperties(DynamicPropertyRegistry registry) {
    registry.add("pharos.mail.mode", () -> "smtp");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @Autowired Mailer mailer;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void sendsAfterCommitAndForgetsTheBody() throws Exception {
    transactions.executeWithoutResult(
        status ->
            mailer.send(
                new OutgoingMail(
                    "advisor.apav@pharos.test", "Your invitation", "Open https://pharos/x")));

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Your invitation");
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("advisor.apav@pharos.test");
    Map<String, Object> row =
        jdbc.queryForMap(
            "select status, body from platform_mail where subject = 'Your invitation'");
    assertThat(row.get("status")).isEqualTo("SENT");
    assertThat(row.get("body")).isNull();
  }

  @Test
  void sendsNothingWhenTheTransactionRollsBack() throws Exception {
    transactions.executeWithoutResult(
        status -> {
          mailer.send(new OutgoingMail("x@pharos.test", "Rolled back", "never"));
          status.setRollbackOnly();
        });

    assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from platform_mail where subject = 'Rolled back'", Long.class))
        .isZero();
  }

  @Test
  void refusesAHeaderInjectionInTheRecipient() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new OutgoingMail("a@pharos.test\r\nBcc: b@evil.test", "s", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
