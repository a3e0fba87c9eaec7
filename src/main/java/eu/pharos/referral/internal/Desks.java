package eu.pharos.referral.internal;

import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.shared.InvalidInput;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How each organisation receives referrals ({@code referral_desk}); no row means the defaults. */
@Component
class Desks {

  static final Duration MIN_TARGET = Duration.ofMinutes(15);
  static final Duration MAX_TARGET = Duration.ofDays(30);
  static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[^@\\s.\\d]{2,}");

  private final JdbcTemplate jdbc;
  private final Clock clock;

  Desks(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The organisation's desk, every urgency's target filled in (its own or the default). */
  ReferralDesk of(UUID organisationId) {
    List<ReferralDesk> stored =
        jdbc.query(
            "select notification_email, immediate_target_minutes, urgent_target_minutes,"
                + " standard_target_minutes from referral_desk where organisation_id = ?",
            (rs, n) -> {
              Map<ReferralUrgency, Duration> targets = new EnumMap<>(ReferralUrgency.class);
              put(targets, ReferralUrgency.IMMEDIATE, (Integer) rs.getObject(2));
              put(targets, ReferralUrgency.URGENT, (Integer) rs.getObject(3));
              put(targets, ReferralUrgency.STANDARD, (Integer) rs.getObject(4));
              return new ReferralDesk(rs.getString(1), complete(targets));
            },
            organisationId);
    return stored.isEmpty() ? new ReferralDesk(null, complete(Map.of())) : stored.get(0);
  }

  /**
   * Stores the organisation's desk.
   *
   * @throws InvalidInput for a malformed e-mail or a target under 15 minutes or over 30 days
   */
  ReferralDesk change(UUID organisationId, ReferralDesk desk, UUID by) {
    if (desk == null) {
      throw InvalidInput.of(null, "referral.desk.error.missing");
    }
    List<InvalidInput.Problem> problems = new ArrayList<>();
    String email = desk.notificationEmail() == null ? null : desk.notificationEmail().strip();
    if (email != null && email.isEmpty()) {
      email = null;
    }
    if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
      problems.add(InvalidInput.Problem.of("notificationEmail", "referral.desk.error.email"));
    }
    for (ReferralUrgency urgency : ReferralUrgency.values()) {
      Duration target = desk.targets().get(urgency);
      if (target != null
          && (target.compareTo(MIN_TARGET) < 0 || target.compareTo(MAX_TARGET) > 0)) {
        problems.add(
            InvalidInput.Problem.of(
                "targets." + urgency.name(), "referral.desk.error.target", 15, 30));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    Object[] values = {
      email,
      minutes(desk, ReferralUrgency.IMMEDIATE),
      minutes(desk, ReferralUrgency.URGENT),
      minutes(desk, ReferralUrgency.STANDARD),
      now,
      by,
      organisationId
    };
    int updated =
        jdbc.update(
            "update referral_desk set notification_email = ?, immediate_target_minutes = ?,"
                + " urgent_target_minutes = ?, standard_target_minutes = ?, updated_at = ?,"
                + " updated_by = ?, version = version + 1 where organisation_id = ?",
            values);
    if (updated == 0) {
      jdbc.update(
          "insert into referral_desk (notification_email, immediate_target_minutes,"
              + " urgent_target_minutes, standard_target_minutes, updated_at, updated_by,"
              + " organisation_id, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
          values);
    }
    return of(organisationId);
  }

  private static Integer minutes(ReferralDesk desk, ReferralUrgency urgency) {
    Duration target = desk.targets().get(urgency);
    return target == null ? null : (int) target.toMinutes();
  }

  private static void put(
      Map<ReferralUrgency, Duration> targets, ReferralUrgency urgency, Integer minutes) {
    if (minutes != null) {
      targets.put(urgency, Duration.ofMinutes(minutes));
    }
  }

  private static Map<ReferralUrgency, Duration> complete(Map<ReferralUrgency, Duration> stored) {
    Map<ReferralUrgency, Duration> all = new EnumMap<>(ReferralUrgency.class);
    for (ReferralUrgency urgency : ReferralUrgency.values()) {
      all.put(urgency, stored.getOrDefault(urgency, urgency.defaultTarget()));
    }
    return all;
  }
}
