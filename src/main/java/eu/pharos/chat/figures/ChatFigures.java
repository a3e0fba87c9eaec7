package eu.pharos.chat.figures;

import eu.pharos.chat.figures.DayFigures.BandCount;
import eu.pharos.chat.figures.DayFigures.WaitBand;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor's figures of the day, from the waits of the organisation's ended chats. */
@Service
public class ChatFigures {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  ChatFigures(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Today in the organisation's time zone. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional(readOnly = true)
  public DayFigures today(ZoneId zone) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Timestamp from = Timestamp.from(today.atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant());
    List<Integer> waits = new ArrayList<>();
    int[] abandoned = {0};
    jdbc.query(
        "select answered, waited_seconds from chat_wait_record"
            + " where organisation_id = ? and ended_at >= ? and ended_at < ?",
        rs -> {
          if (rs.getBoolean("answered")) {
            int waited = rs.getInt("waited_seconds");
            waits.add(rs.wasNull() ? 0 : waited);
          } else {
            abandoned[0]++;
          }
        },
        TenantContext.current(),
        from,
        to);
    waits.sort(Integer::compare);
    Integer median = waits.isEmpty() ? null : median(waits);
    List<BandCount> bands = new ArrayList<>();
    for (WaitBand band : WaitBand.values()) {
      bands.add(new BandCount(band, (int) waits.stream().filter(band::holds).count()));
    }
    return new DayFigures(waits.size(), abandoned[0], median, bands);
  }

  private static int median(List<Integer> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
