package eu.pharos.network.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.EngagementView;
import eu.pharos.network.Engagements;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.NewFollowUpAction;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The daily reminder of overdue follow-up actions, run with a fixed clock. */
@PharosTest
class OverdueReminderJobTest {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Autowired OverdueReminders reminders;
  @Autowired Engagements engagements;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  @Test
  void remindsEverySecretariatUserOncePerOverdueActionAndDay() {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    String marker = "Reminder check " + UUID.randomUUID();
    EngagementView engagement =
        tenancy.asUser(
            "secretariat@pharos.test",
            () ->
                engagements.record(
                    new EngagementDetails(
                        EngagementKind.TECHNICAL_VISIT,
                        "LT",
                        "Visit to Vilnius",
                        null,
                        null,
                        Set.of(),
                        null,
                        LocalDate.of(2026, 10, 1),
                        null,
                        null,
                        null)));
    UUID overdue =
        tenancy
            .asUser(
                "secretariat@pharos.test",
                () ->
                    engagements.addAction(
                        engagement.id(),
                        new NewFollowUpAction(
                            marker, "Secretariat", null, LocalDate.of(2026, 11, 27))))
            .id();
    tenancy.asUser(
        "secretariat@pharos.test",
        () ->
            engagements.addAction(
                engagement.id(),
                new NewFollowUpAction(
                    marker + " not yet due", "Secretariat", null, LocalDate.of(2026, 11, 28))));

    job("2026-11-28T06:00:00Z").remind();

    List<UUID> recipients = recipientsOf(marker);
    assertThat(recipients)
        .containsExactlyInAnyOrder(userId("secretariat@pharos.test"), userId("admin@pharos.test"));
    assertThat(
            jdbc.queryForObject(
                "select link from platform_notification where args like ? fetch first 1 rows only",
                String.class,
                "%" + marker + "%"))
        .isEqualTo("/app/network/engagements/" + engagement.id());

    job("2026-11-28T20:00:00Z").remind();
    assertThat(recipientsOf(marker)).as("the same day again").hasSize(2);

    job("2026-11-29T06:00:00Z").remind();
    assertThat(recipientsOf(marker)).as("the next day").hasSize(4);
    assertThat(recipientsOf(marker + " not yet due")).as("due on the 28th").hasSize(2);

    tenancy.asUser(
        "secretariat@pharos.test",
        () -> engagements.setActionStatus(engagement.id(), overdue, FollowUpStatus.DONE));
    job("2026-11-30T06:00:00Z").remind();
    assertThat(recipientsOf(marker)).as("done actions are not reminded").hasSize(4);
    assertThat(recipientsOf(marker + " not yet due")).hasSize(4);
  }

  @Test
  void aDayStartsInTheSecretariatsTimeZone() {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    String marker = "Time zone check " + UUID.randomUUID();
    EngagementView engagement =
        tenancy.asUser(
            "secretariat@pharos.test",
            () ->
                engagements.record(
                    new EngagementDetails(
                        EngagementKind.MEETING,
                        "RO",
                        "Meeting in Bucharest",
                        null,
                        null,
                        Set.of(),
                        null,
                        LocalDate.of(2026, 10, 1),
                        null,
                        null,
                        null)));
    tenancy.asUser(
        "secretariat@pharos.test",
        () ->
            engagements.addAction(
                engagement.id(),
                new NewFollowUpAction(marker, "Secretariat", null, LocalDate.of(2026, 12, 1))));

    job("2026-12-01T22:30:00Z").remind();
    assertThat(recipientsOf(marker)).as("23:30 on the due day in Brussels").isEmpty();

    job("2026-12-01T23:30:00Z").remind();
    assertThat(recipientsOf(marker)).as("00:30 the day after in Brussels").hasSize(2);
  }

  private OverdueReminderJob job(String instant) {
    return new OverdueReminderJob(
        reminders, Clock.fixed(Instant.parse(instant), BRUSSELS), BRUSSELS);
  }

  private List<UUID> recipientsOf(String marker) {
    return jdbc.queryForList(
        "select user_id from platform_notification where message_key = ? and args like ?",
        UUID.class,
        OverdueReminders.MESSAGE,
        "%\"" + marker + "\"%");
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }
}
