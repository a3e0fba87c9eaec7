package eu.pharos.chat.routing;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningPeriod;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the caller's organisation offers the network ({@code chat_network_offer}, one row per
 * organisation): read and changed by its admins. The hours are kept as network opening hours, one
 * period a weekday at most.
 */
@Service
public class NetworkOffers {

  /** Field ids of the settings form, to which the problems point. */
  public static final String LANGUAGES_FIELD = "networkLanguages";

  public static final String HOURS_FIELD = "networkHours";

  private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  static final RowMapper<NetworkOffer> ROW =
      (rs, n) ->
          new NetworkOffer(
              rs.getBoolean("serving"),
              split(rs.getString("languages")),
              hours(rs.getString("hours")),
              rs.getLong("version"));

  private final JdbcTemplate jdbc;
  private final Directory directory;
  private final Clock clock;

  NetworkOffers(JdbcTemplate jdbc, Directory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  public static String fromField(DayOfWeek day) {
    return "network-" + day.name() + "-from";
  }

  public static String toField(DayOfWeek day) {
    return "network-" + day.name() + "-to";
  }

  /** The languages the organisation may offer: its own, as the directory lists them. */
  @PreAuthorize("hasRole('ORG_ADMIN')")
  public List<String> offerable() {
    return directory.member(TenantContext.current()).map(MemberView::languages).orElse(List.of());
  }

  @PreAuthorize("hasRole('ORG_ADMIN')")
  @Transactional(readOnly = true)
  public NetworkOffer current() {
    return find(TenantContext.current()).orElse(NetworkOffer.none());
  }

  /**
   * @throws InvalidInput for a language the organisation does not have, serving with no language or
   *     no hours, a time that cannot be read, a day with only one of its times, or a day ending
   *     before it starts
   * @throws ConcurrentChange when another admin saved since {@code change.version()}
   */
  @PreAuthorize("hasRole('ORG_ADMIN')")
  @Transactional
  public NetworkOffer save(NetworkOfferChange change) {
    UUID organisation = TenantContext.current();
    List<Problem> problems = new ArrayList<>();
    List<String> own = offerable();
    LinkedHashSet<String> languages = new LinkedHashSet<>();
    for (String language : change.languages() == null ? List.<String>of() : change.languages()) {
      String code = language == null ? "" : language.strip();
      if (!own.contains(code)) {
        problems.add(Problem.of(LANGUAGES_FIELD, "chat.network.settings.error.language", code));
        break;
      }
      languages.add(code);
    }
    List<OpeningPeriod> periods = new ArrayList<>();
    for (NetworkOfferChange.TypedDay typed :
        change.days() == null ? List.<NetworkOfferChange.TypedDay>of() : change.days()) {
      period(typed, problems).ifPresent(periods::add);
    }
    if (problems.isEmpty() && change.serving()) {
      if (languages.isEmpty()) {
        problems.add(Problem.of(LANGUAGES_FIELD, "chat.network.settings.error.noLanguage"));
      }
      if (periods.isEmpty()) {
        problems.add(Problem.of(HOURS_FIELD, "chat.network.settings.error.noHours"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String hours = OpeningHours.of(periods).toText();
    String codes = String.join(",", languages);
    Timestamp now = Timestamp.from(Instant.now(clock));
    Optional<NetworkOffer> stored = find(organisation);
    if (stored.isEmpty()) {
      if (change.version() != 0) {
        throw new ConcurrentChange(0, NetworkOffer.none());
      }
      jdbc.update(
          "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
              + " version) values (?, ?, ?, ?, ?, 1)",
          organisation,
          change.serving(),
          codes,
          hours,
          now);
    } else {
      int updated =
          jdbc.update(
              "update chat_network_offer set serving = ?, languages = ?, hours = ?,"
                  + " updated_at = ?, version = version + 1"
                  + " where organisation_id = ? and version = ?",
              change.serving(),
              codes,
              hours,
              now,
              organisation,
              change.version());
      if (updated == 0) {
        NetworkOffer current = find(organisation).orElseThrow();
        throw new ConcurrentChange(current.version(), current);
      }
    }
    return find(organisation).orElseThrow();
  }

  private static Optional<OpeningPeriod> period(
      NetworkOfferChange.TypedDay typed, List<Problem> problems) {
    String from = typed.from() == null ? "" : typed.from().strip();
    String to = typed.to() == null ? "" : typed.to().strip();
    if (from.isEmpty() && to.isEmpty()) {
      return Optional.empty();
    }
    LocalTime opens = from.isEmpty() ? null : time(from, false);
    LocalTime closes = to.isEmpty() ? null : time(to, true);
    if (from.isEmpty() || to.isEmpty()) {
      problems.add(
          Problem.of(
              from.isEmpty() ? fromField(typed.day()) : toField(typed.day()),
              "chat.network.settings.error.incomplete"));
      return Optional.empty();
    }
    if (opens == null) {
      problems.add(Problem.of(fromField(typed.day()), "chat.network.settings.error.time"));
    }
    if (closes == null) {
      problems.add(Problem.of(toField(typed.day()), "chat.network.settings.error.time"));
    }
    if (opens == null || closes == null) {
      return Optional.empty();
    }
    boolean endsAtMidnight = closes.equals(LocalTime.MIDNIGHT);
    if (!endsAtMidnight && !closes.isAfter(opens)) {
      problems.add(Problem.of(toField(typed.day()), "chat.network.settings.error.endBeforeStart"));
      return Optional.empty();
    }
    return Optional.of(new OpeningPeriod(typed.day(), opens, closes));
  }

  /** {@code HH:MM} (or {@code H.MM}); {@code 24:00} only as an end, for midnight; else null. */
  private static LocalTime time(String text, boolean closing) {
    if (!TIME.matcher(text).matches()) {
      return null;
    }
    String normal = text.replace('.', ':');
    if (normal.length() == 4) {
      normal = "0" + normal;
    }
    if (closing && normal.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(normal);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  private Optional<NetworkOffer> find(UUID organisation) {
    return jdbc
        .query("select * from chat_network_offer where organisation_id = ?", ROW, organisation)
        .stream()
        .findFirst();
  }

  static List<String> split(String codes) {
    return codes == null || codes.isBlank()
        ? List.of()
        : Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).toList();
  }

  static OpeningHours hours(String text) {
    try {
      return OpeningHours.parse(text);
    } catch (RuntimeException unreadable) {
      return OpeningHours.none();
    }
  }
}
