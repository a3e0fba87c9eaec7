package eu.pharos.helpline.wellbeing;

import eu.pharos.helpline.TeamWellbeing;
import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.WellbeingResult;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential wellbeing checks. A check is read by its author only: every query of a person's
 * checks names the signed-in user, and nothing here takes another user's id. Supervisors and
 * organisation administrators get the team trend, averaged over at least {@link
 * TeamWellbeing#MINIMUM_PARTICIPANTS} people a month. The content of a check is not audited: the
 * audit trail is read by administrators.
 */
@Service
@Transactional(readOnly = true)
class WellbeingService implements WellbeingChecks {

  static final String PARTICIPANTS = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String TREND_READERS = "hasAnyRole('SUPERVISOR', 'ORG_ADMIN')";

  private final JdbcTemplate jdbc;
  private final WellbeingCalendar calendar;
  private final Clock clock;

  WellbeingService(JdbcTemplate jdbc, WellbeingCalendar calendar, Clock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional
  @PreAuthorize(PARTICIPANTS)
  public WellbeingResult submit(Map<WellbeingQuestion, Integer> answers) {
    Map<WellbeingQuestion, Integer> checked = WellbeingScoring.check(answers);
    WellbeingScoring.Scores scores = WellbeingScoring.score(checked);
    StaffUser user = user();
    UUID id = UUID.randomUUID();
    LocalDate takenOn = calendar.today(user.organisationId());
    jdbc.update(
        "insert into helpline_wellbeing_check (id, organisation_id, user_id, taken_on, answers,"
            + " compassion_fatigue_score, burnout_score, satisfaction_score, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        user.organisationId(),
        user.userId(),
        takenOn,
        WellbeingScoring.text(checked),
        scores.compassionFatigue(),
        scores.burnout(),
        scores.satisfaction(),
        Instant.now(clock).atOffset(ZoneOffset.UTC));
    return new WellbeingResult(
        id, takenOn, scores.compassionFatigue(), scores.burnout(), scores.satisfaction());
  }

  @Override
  @PreAuthorize(PARTICIPANTS)
  public List<WellbeingResult> mine() {
    StaffUser user = user();
    return jdbc.query(
        "select id, taken_on, compassion_fatigue_score, burnout_score, satisfaction_score"
            + " from helpline_wellbeing_check where organisation_id = ? and user_id = ?"
            + " order by taken_on desc, created_at desc",
        (rs, n) ->
            new WellbeingResult(
                rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class),
                rs.getInt(3),
                rs.getInt(4),
                rs.getInt(5)),
        user.organisationId(),
        user.userId());
  }

  @Override
  @PreAuthorize(TREND_READERS)
  public Optional<TeamWellbeing> teamTrend() {
    UUID organisation = TenantContext.current();
    // Per month, each participant's latest check of that month; rows come oldest first, so a later
    // one replaces an earlier one.
    Map<YearMonth, Map<UUID, int[]>> latest = new TreeMap<>();
    jdbc.query(
        "select user_id, taken_on, compassion_fatigue_score, burnout_score, satisfaction_score"
            + " from helpline_wellbeing_check where organisation_id = ?"
            + " order by taken_on, created_at",
        (ResultSet rs) -> {
          YearMonth month = YearMonth.from(rs.getObject(2, LocalDate.class));
          latest
              .computeIfAbsent(month, m -> new HashMap<>())
              .put(
                  rs.getObject(1, UUID.class),
                  new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5)});
        },
        organisation);
    List<TeamWellbeing.Month> months = new ArrayList<>();
    latest.forEach(
        (month, checks) -> {
          int n = checks.size();
          if (n < TeamWellbeing.MINIMUM_PARTICIPANTS) {
            return;
          }
          int[] sums = new int[3];
          checks
              .values()
              .forEach(
                  s -> {
                    for (int i = 0; i < 3; i++) {
                      sums[i] += s[i];
                    }
                  });
          months.add(
              new TeamWellbeing.Month(
                  month, n, average(sums[0], n), average(sums[1], n), average(sums[2], n)));
        });
    return months.isEmpty() ? Optional.empty() : Optional.of(new TeamWellbeing(months));
  }

  /** Rounded half up. */
  private static int average(int sum, int n) {
    return (2 * sum + n) / (2 * n);
  }

  private static StaffUser user() {
    return TenantContext.currentUser()
        .orElseThrow(
            () -> new IllegalStateException("a wellbeing check belongs to a signed-in user"));
  }
}
