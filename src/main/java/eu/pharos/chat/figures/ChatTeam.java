package eu.pharos.chat.figures;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's advisors as the chat sees them (status, capacity, load) and the conversations
 * they have taken, read from the chat's tables; for transfer choices and the supervisor's view.
 */
@Service
public class ChatTeam {

  private final JdbcTemplate jdbc;
  private final Users users;

  ChatTeam(JdbcTemplate jdbc, Users users) {
    this.jdbc = jdbc;
    this.users = users;
  }

  /** Every advisor and supervisor of the organisation, by name; offline when they set nothing. */
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
  @Transactional(readOnly = true)
  public List<AdvisorStatus> advisors() {
    UUID organisation = TenantContext.current();
    Map<UUID, Integer> load = new HashMap<>();
    jdbc.query(
        "select advisor_id, count(*) as active from chat_conversation"
            + " where organisation_id = ? and advisor_id is not null"
            + " and state in ('ACTIVE', 'AWAITING_REPLY', 'ANSWERED') group by advisor_id",
        rs -> {
          load.put(rs.getObject("advisor_id", UUID.class), rs.getInt("active"));
        },
        organisation);
    Map<UUID, AdvisorStatus> stored = new HashMap<>();
    jdbc.query(
        "select user_id, availability, capacity, languages from chat_advisor_status"
            + " where organisation_id = ?",
        rs -> {
          UUID id = rs.getObject("user_id", UUID.class);
          String languages = rs.getString("languages");
          Set<String> set =
              languages == null || languages.isBlank()
                  ? Set.of()
                  : new LinkedHashSet<>(Arrays.asList(languages.split(",")));
          stored.put(
              id,
              new AdvisorStatus(
                  id,
                  "",
                  AdvisorAvailability.valueOf(rs.getString("availability")),
                  rs.getInt("capacity"),
                  set,
                  0));
        },
        organisation);
    List<AdvisorStatus> team = new ArrayList<>();
    for (UserView user : users.inMyOrganisation()) {
      if (!user.roles().contains(Role.ADVISOR) && !user.roles().contains(Role.SUPERVISOR)) {
        continue;
      }
      AdvisorStatus status = stored.get(user.id());
      team.add(
          new AdvisorStatus(
              user.id(),
              user.displayName(),
              status == null ? AdvisorAvailability.OFFLINE : status.availability(),
              status == null ? 1 : status.capacity(),
              status == null ? Set.of() : status.languages(),
              load.getOrDefault(user.id(), 0)));
    }
    team.sort(Comparator.comparing(AdvisorStatus::advisorName));
    return team;
  }

  /** Colleagues a conversation can go to: available and under their capacity, the caller aside. */
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
  @Transactional(readOnly = true)
  public List<AdvisorStatus> transferTargets(UUID caller) {
    return advisors().stream()
        .filter(a -> !a.advisorId().equals(caller))
        .filter(a -> a.availability() == AdvisorAvailability.AVAILABLE)
        .filter(a -> a.activeChats() < a.capacity())
        .toList();
  }

  /** The organisation's conversations taken by an advisor and not ended, longest first. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional(readOnly = true)
  public List<ActiveChat> active() {
    Map<UUID, String> names =
        users.inMyOrganisation().stream()
            .collect(Collectors.toMap(UserView::id, UserView::displayName, (a, b) -> a));
    Function<UUID, String> name = id -> names.getOrDefault(id, "");
    return jdbc.query(
        "select id, kind, language, topic, priority, advisor_id, accepted_at from chat_conversation"
            + " where organisation_id = ? and advisor_id is not null"
            + " and state in ('ACTIVE', 'AWAITING_REPLY', 'ANSWERED') order by accepted_at",
        (rs, n) -> {
          UUID advisor = rs.getObject("advisor_id", UUID.class);
          Timestamp accepted = rs.getTimestamp("accepted_at");
          return new ActiveChat(
              rs.getObject("id", UUID.class),
              ChatKind.valueOf(rs.getString("kind")),
              rs.getString("language"),
              ChatTopic.valueOf(rs.getString("topic")),
              rs.getInt("priority"),
              advisor,
              name.apply(advisor),
              accepted == null ? null : accepted.toInstant());
        },
        TenantContext.current());
  }
}
