package eu.pharos.chat.conversation;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import eu.pharos.platform.Languages;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What chat needs to know of an organisation, from the directory and its own tables: its languages,
 * whether an advisor is available in one, how many wait and for how long. Plain SQL, filtered by
 * the organisation explicitly.
 */
@Component
class Organisations {

  /** Fewer accepted conversations today than this, and the wait is not estimated. */
  static final int MIN_SAMPLES = 3;

  private final Directory directory;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  Organisations(Directory directory, JdbcTemplate jdbc, Clock clock) {
    this.directory = directory;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<MemberView> member(UUID organisationId) {
    return organisationId == null ? Optional.empty() : directory.member(organisationId);
  }

  /** The member's languages, or the shell's where it named none. */
  List<String> languages(MemberView member) {
    if (member.languages() != null && !member.languages().isEmpty()) {
      return member.languages();
    }
    return Languages.SUPPORTED.stream().map(l -> l.getLanguage()).toList();
  }

  String helplineNumber(MemberView member) {
    List<HelplineView> lines = member.helplines() == null ? List.of() : member.helplines();
    return lines.stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .or(() -> lines.stream().findFirst())
        .map(HelplineView::number)
        .orElse(null);
  }

  boolean advisorAvailable(UUID organisationId, String language) {
    return jdbc
        .queryForList(
            "select languages from chat_advisor_status where organisation_id = ?"
                + " and availability = ?",
            String.class,
            organisationId,
            AdvisorAvailability.AVAILABLE.name())
        .stream()
        .anyMatch(languages -> Arrays.asList(languages.split(",")).contains(language));
  }

  int waiting(UUID organisationId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ? and state = 'QUEUED'",
            Integer.class,
            organisationId);
    return count == null ? 0 : count;
  }

  /** 1 for the next to be answered: higher priority first, then longer waiting. */
  int position(UUID organisationId, UUID conversationId, int priority, Instant queuedAt) {
    Integer ahead =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ? and state = 'QUEUED'"
                + " and id <> ? and (priority > ? or (priority = ? and queued_at < ?))",
            Integer.class,
            organisationId,
            conversationId,
            priority,
            priority,
            Timestamp.from(queuedAt));
    return (ahead == null ? 0 : ahead) + 1;
  }

  /**
   * Minutes until someone at {@code position} is answered, from the average wait of the
   * conversations the organisation accepted today (in its time zone); null with too few.
   */
  Integer estimatedMinutes(UUID organisationId, ZoneId zone, int position) {
    Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
    List<Duration> waits =
        jdbc.query(
            "select queued_at, accepted_at from chat_conversation where organisation_id = ?"
                + " and accepted_at >= ?",
            (rs, n) ->
                Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
            organisationId,
            Timestamp.from(startOfDay));
    if (waits.size() < MIN_SAMPLES) {
      return null;
    }
    long averageSeconds =
        waits.stream().mapToLong(Duration::toSeconds).map(s -> Math.max(0, s)).sum() / waits.size();
    return (int) Math.max(1, (averageSeconds * position + 59) / 60);
  }

  ZoneId zone(MemberView member) {
    return member.timeZone() == null ? ZoneId.of("UTC") : member.timeZone();
  }

  ZoneId zone(UUID organisationId) {
    return member(organisationId).map(this::zone).orElse(ZoneId.of("UTC"));
  }

  /** The conversation's organisation, read past the tenant filter; empty for an unknown id. */
  Optional<UUID> ownerOf(UUID conversationId, String tokenHash) {
    if (conversationId == null || tokenHash == null) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "select organisation_id, visitor_token_hash from chat_conversation where id = ?",
            (rs, n) ->
                Secrets.sameHash(rs.getString(2), tokenHash) ? rs.getObject(1, UUID.class) : null,
            conversationId)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  record CodeOwner(UUID conversationId, UUID organisationId) {}

  Optional<CodeOwner> ownerOfCode(String codeHash) {
    return jdbc
        .query(
            "select id, organisation_id from chat_conversation where return_code_hash = ?"
                + " and state <> 'DELETED'",
            (rs, n) -> new CodeOwner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
            codeHash)
        .stream()
        .findFirst();
  }
}
