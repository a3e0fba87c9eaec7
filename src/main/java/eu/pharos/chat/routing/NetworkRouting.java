package eu.pharos.chat.routing;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.routing.RoutingRule.Advisor;
import eu.pharos.chat.routing.RoutingRule.Candidate;
import eu.pharos.chat.routing.RoutingRule.Decision;
import eu.pharos.chat.routing.RoutingRule.Origin;
import eu.pharos.network.Directory;
import eu.pharos.network.HolidayView;
import eu.pharos.network.MemberView;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Network routing of chats ({@link RoutingRule}): decides, from the directory, the advisors'
 * statuses and what members offer the network, whether another member answers a victim; issues the
 * sealed offer the victim agrees to, and starts the conversation in the other member's queue only
 * when the victim agreed and the decision, checked again, still names that member. Plain SQL,
 * filtered by organisation explicitly, as the visitor has no organisation.
 */
@Service
public class NetworkRouting {

  /** How long an offer can be agreed to. */
  static final Duration OFFER_VALIDITY = Duration.ofMinutes(15);

  private static final String OFFER_CONTEXT = "chat_network_offer.offer:";

  private final JdbcTemplate jdbc;
  private final Directory directory;
  private final VisitorChats chats;
  private final PersonalDataCipher cipher;
  private final Clock clock;
  private final TransactionTemplate tx;

  NetworkRouting(
      JdbcTemplate jdbc,
      Directory directory,
      VisitorChats chats,
      PersonalDataCipher cipher,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.chats = chats;
    this.cipher = cipher;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
  }

  /** The decision for a victim starting with the organisation in the language, now. */
  public RouteCheck check(UUID organisationId, String language) {
    Optional<MemberView> member = directory.member(organisationId);
    Instant now = Instant.now(clock);
    if (member.isEmpty() || language == null || language.isBlank()) {
      return new RouteCheck(true, true, null);
    }
    boolean open = member.get().openStateAt(now).open();
    Decision decision =
        RoutingRule.decide(
            new Origin(organisationId, open, advisors(organisationId)),
            language,
            candidates(organisationId, language),
            now);
    return switch (decision.outcome()) {
      case ORIGIN_ANSWERS -> new RouteCheck(true, open, null);
      case NO_CANDIDATE -> new RouteCheck(false, open, null);
      case ROUTE ->
          new RouteCheck(
              false,
              open,
              new RouteOffer(
                  organisationId,
                  decision.to().organisationId(),
                  decision.to().name(),
                  decision.to().countryCode(),
                  language,
                  open));
    };
  }

  /** A sealed token naming the offer, good for {@link #OFFER_VALIDITY}, for the agreement form. */
  public String token(RouteOffer offer) {
    long until = Instant.now(clock).plus(OFFER_VALIDITY).getEpochSecond();
    return cipher.seal(
        offer.to() + "|" + offer.language() + "|" + until, OFFER_CONTEXT + offer.from());
  }

  /**
   * Whether a token is one that {@link #token} made for an offer from {@code from} to {@code to} in
   * the language, and has not expired: the victim was shown that offer.
   */
  public boolean shown(String token, UUID from, UUID to, String language) {
    if (token == null || token.isBlank() || from == null || to == null || language == null) {
      return false;
    }
    String plain;
    try {
      plain = cipher.open(token, OFFER_CONTEXT + from);
    } catch (RuntimeException forgedOrOld) {
      return false;
    }
    String[] parts = plain == null ? new String[0] : plain.split("\\|");
    if (parts.length != 3) {
      return false;
    }
    try {
      return parts[0].equals(to.toString())
          && parts[1].equals(language)
          && Long.parseLong(parts[2]) >= Instant.now(clock).getEpochSecond();
    } catch (NumberFormatException unreadable) {
      return false;
    }
  }

  /**
   * Starts the conversation in the answering organisation's queue, as a live chat, recording the
   * organisation the victim started with and when they agreed. The caller has checked that the
   * victim was shown this offer and that the decision still names this organisation.
   *
   * @throws eu.pharos.shared.InvalidInput as {@link VisitorChats#start} does
   */
  public StartedChat startRouted(RouteOffer offer, NewChat request) {
    NewChat routed =
        new NewChat(
            offer.to(),
            offer.language(),
            request.topic(),
            ChatKind.LIVE,
            request.noticeAccepted(),
            request.source());
    return TenantContext.runAs(
        offer.to(),
        () ->
            tx.execute(
                status -> {
                  StartedChat started = chats.start(routed);
                  jdbc.update(
                      "update chat_conversation set routed_from_organisation_id = ?,"
                          + " routed_agreed_at = ? where id = ? and organisation_id = ?",
                      offer.from(),
                      Timestamp.from(Instant.now(clock)),
                      started.key().conversationId(),
                      offer.to());
                  return started;
                }));
  }

  /**
   * Where a conversation of the caller's organisation came from through the network; empty for one
   * started with it, and for another organisation's conversation.
   */
  @PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR', 'ORG_ADMIN')")
  public Optional<RoutedFrom> routedFrom(UUID conversationId) {
    if (conversationId == null) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "select routed_from_organisation_id, routed_agreed_at from chat_conversation"
                + " where id = ? and organisation_id = ? and routed_from_organisation_id is not null",
            (rs, n) -> {
              UUID from = rs.getObject(1, UUID.class);
              Optional<MemberView> member = directory.member(from);
              return new RoutedFrom(
                  from,
                  member.map(MemberView::name).orElse(null),
                  member.map(MemberView::countryCode).orElse(null),
                  rs.getTimestamp(2).toInstant());
            },
            conversationId,
            TenantContext.current())
        .stream()
        .findFirst();
  }

  /** How many conversations came to the caller's organisation through the network since then. */
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
  public int routedSince(Instant since) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ?"
                + " and routed_from_organisation_id is not null and routed_agreed_at >= ?",
            Integer.class,
            TenantContext.current(),
            Timestamp.from(since));
    return count == null ? 0 : count;
  }

  /** The advisors of an organisation with the conversations each has taken. */
  private List<Advisor> advisors(UUID organisationId) {
    return jdbc.query(
        "select s.availability, s.capacity, s.languages, (select count(*) from chat_conversation c"
            + " where c.organisation_id = s.organisation_id and c.advisor_id = s.user_id"
            + " and c.state in ('ACTIVE', 'AWAITING_REPLY', 'ANSWERED')) as taken"
            + " from chat_advisor_status s where s.organisation_id = ?",
        (rs, n) ->
            new Advisor(
                AdvisorAvailability.valueOf(rs.getString(1)),
                rs.getInt(2),
                rs.getInt(4),
                new LinkedHashSet<>(NetworkOffers.split(rs.getString(3)))),
        organisationId);
  }

  private record Served(UUID organisationId, boolean serving, String languages, String hours) {}

  /** The other approved members that serve the language to the network. */
  private List<Candidate> candidates(UUID origin, String language) {
    List<Served> rows =
        jdbc.query(
            "select organisation_id, serving, languages, hours from chat_network_offer"
                + " where serving = ? and organisation_id <> ?",
            (rs, n) ->
                new Served(
                    rs.getObject(1, UUID.class),
                    rs.getBoolean(2),
                    rs.getString(3),
                    rs.getString(4)),
            true,
            origin);
    List<Candidate> candidates = new ArrayList<>();
    for (Served row : rows) {
      List<String> languages = NetworkOffers.split(row.languages());
      if (!languages.contains(language)) {
        continue;
      }
      Optional<MemberView> member =
          directory.member(row.organisationId()).filter(MemberView::isPublic);
      if (member.isEmpty() || !member.get().languages().contains(language)) {
        continue;
      }
      MemberView m = member.get();
      Set<LocalDate> closed =
          m.holidays() == null
              ? Set.of()
              : m.holidays().stream().map(HolidayView::date).collect(Collectors.toSet());
      candidates.add(
          new Candidate(
              m.organisationId(),
              m.name(),
              m.countryCode(),
              row.serving(),
              new LinkedHashSet<>(languages),
              NetworkOffers.hours(row.hours()),
              m.timeZone() == null ? ZoneId.of("UTC") : m.timeZone(),
              closed,
              advisors(m.organisationId()),
              queue(m.organisationId())));
    }
    return candidates;
  }

  private int queue(UUID organisationId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ? and state = 'QUEUED'",
            Integer.class,
            organisationId);
    return count == null ? 0 : count;
  }
}
