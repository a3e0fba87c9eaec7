package eu.pharos.chat.responses;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's canned responses: advisors read them to insert into an answer, supervisors and
 * the organisation's admins keep them. Every statement filters by the caller's organisation, so a
 * response of another organisation is not found whatever its id.
 */
@Service
public class CannedResponses {

  public static final int TITLE_MAX = 120;
  public static final int BODY_MAX = 4000;
  static final String KEEPERS = "hasAnyRole('ORG_ADMIN', 'SUPERVISOR')";
  static final String READERS = "hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')";

  private static final RowMapper<CannedResponse> ROW =
      (rs, n) ->
          new CannedResponse(
              rs.getObject("id", UUID.class),
              rs.getString("language"),
              rs.getString("title"),
              rs.getString("body"),
              rs.getLong("version"),
              rs.getTimestamp("updated_at").toInstant());

  private final JdbcTemplate jdbc;
  private final Directory directory;
  private final Clock clock;

  CannedResponses(JdbcTemplate jdbc, Directory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** The organisation's responses in a language (all languages for null), by title. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<CannedResponse> list(String language) {
    if (language == null) {
      return jdbc.query(
          "select * from chat_canned_response where organisation_id = ? order by language, title",
          ROW,
          TenantContext.current());
    }
    return jdbc.query(
        "select * from chat_canned_response where organisation_id = ? and language = ?"
            + " order by title",
        ROW,
        TenantContext.current(),
        language);
  }

  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public CannedResponse get(UUID id) {
    return find(id).orElseThrow(() -> new CannedResponseNotFound(id));
  }

  /** The languages the organisation supports victims in, which responses may be written in. */
  @PreAuthorize(READERS)
  public List<String> languages() {
    return directory.member(TenantContext.current()).map(MemberView::languages).orElse(List.of());
  }

  @PreAuthorize(KEEPERS)
  @Transactional
  public CannedResponse add(String language, String title, String body) {
    validate(language, title, body);
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.update(
        "insert into chat_canned_response"
            + " (id, organisation_id, language, title, body, version, created_at, updated_at)"
            + " values (?, ?, ?, ?, ?, 0, ?, ?)",
        id,
        TenantContext.current(),
        language,
        title.strip(),
        body.strip(),
        now,
        now);
    return get(id);
  }

  /**
   * @throws ConcurrentChange when the response changed since {@code expectedVersion}
   */
  @PreAuthorize(KEEPERS)
  @Transactional
  public CannedResponse change(
      UUID id, String language, String title, String body, long expectedVersion) {
    CannedResponse current = get(id);
    validate(language, title, body);
    int changed =
        jdbc.update(
            "update chat_canned_response set language = ?, title = ?, body = ?,"
                + " version = version + 1, updated_at = ?"
                + " where id = ? and organisation_id = ? and version = ?",
            language,
            title.strip(),
            body.strip(),
            Timestamp.from(Instant.now(clock)),
            id,
            TenantContext.current(),
            expectedVersion);
    if (changed == 0) {
      CannedResponse now = find(id).orElse(current);
      throw new ConcurrentChange(now.version(), now);
    }
    return get(id);
  }

  @PreAuthorize(KEEPERS)
  @Transactional
  public void delete(UUID id) {
    int deleted =
        jdbc.update(
            "delete from chat_canned_response where id = ? and organisation_id = ?",
            id,
            TenantContext.current());
    if (deleted == 0) {
      throw new CannedResponseNotFound(id);
    }
  }

  private Optional<CannedResponse> find(UUID id) {
    return jdbc
        .query(
            "select * from chat_canned_response where id = ? and organisation_id = ?",
            ROW,
            id,
            TenantContext.current())
        .stream()
        .findFirst();
  }

  private void validate(String language, String title, String body) {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (language == null || language.isBlank()) {
      problems.add(InvalidInput.Problem.of("language", "chat.responses.error.language.required"));
    } else if (!languages().contains(language)) {
      problems.add(InvalidInput.Problem.of("language", "chat.responses.error.language.unknown"));
    }
    if (title == null || title.isBlank()) {
      problems.add(InvalidInput.Problem.of("title", "chat.responses.error.title.required"));
    } else if (title.strip().length() > TITLE_MAX) {
      problems.add(
          InvalidInput.Problem.of("title", "chat.responses.error.title.tooLong", TITLE_MAX));
    }
    if (body == null || body.isBlank()) {
      problems.add(InvalidInput.Problem.of("body", "chat.responses.error.body.required"));
    } else if (body.strip().length() > BODY_MAX) {
      problems.add(InvalidInput.Problem.of("body", "chat.responses.error.body.tooLong", BODY_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }
}
