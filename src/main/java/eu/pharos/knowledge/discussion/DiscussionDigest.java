package eu.pharos.knowledge.discussion;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.network.Directory;
import eu.pharos.platform.Languages;
import eu.pharos.platform.Mailer;
import eu.pharos.platform.OutgoingMail;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail digest of the discussions: each person who follows something receives, as often as
 * they chose (daily unless they said otherwise), one message with the posts written since their
 * last digest in the threads they follow. Only posts they may still read go in: never a hidden or
 * removed post, a hidden thread, their own posts, or a centre's thread once they left the centre.
 */
@Service
class DiscussionDigest {

  /** A run may start a little early without skipping a day: the cron does not run to the second. */
  static final Duration SLACK = Duration.ofHours(1);

  static final int MAX_POST_CHARS = 600;
  static final int MAX_BODY_CHARS = 18_000;

  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

  /** How many digests one run sent, and how many posts they held. */
  record Sent(int mails, int posts) {}

  private final FollowRepository follows;
  private final DigestSettingRepository settings;
  private final ThreadRepository threads;
  private final PostRepository posts;
  private final PostMentionRepository mentions;
  private final Users users;
  private final CentreAccess access;
  private final Directory directory;
  private final Mailer mailer;
  private final MessageSource messages;
  private final TransactionTemplate transactions;
  private final ZoneId zone;
  private final String baseUrl;

  DiscussionDigest(
      FollowRepository follows,
      DigestSettingRepository settings,
      ThreadRepository threads,
      PostRepository posts,
      PostMentionRepository mentions,
      Users users,
      CentreAccess access,
      Directory directory,
      Mailer mailer,
      MessageSource messages,
      TransactionTemplate transactions,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone,
      @Value("${pharos.base-url}") String baseUrl) {
    this.follows = follows;
    this.settings = settings;
    this.threads = threads;
    this.posts = posts;
    this.mentions = mentions;
    this.users = users;
    this.access = access;
    this.directory = directory;
    this.mailer = mailer;
    this.messages = messages;
    this.transactions = transactions;
    this.zone = zone;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Sends every digest due at {@code now}, in the system scope: followers span organisations. */
  Sent send(Instant now) {
    return TenantContext.runAsSystem(
        () -> {
          Map<UUID, UserView> active =
              users.activeWith(EVERY_ROLE).stream()
                  .collect(Collectors.toMap(UserView::id, Function.identity(), (a, b) -> a));
          Map<UUID, List<Follow>> byUser =
              transactions.execute(
                  status ->
                      follows.findAll().stream().collect(Collectors.groupingBy(Follow::userId)));
          int mails = 0;
          int sentPosts = 0;
          for (Map.Entry<UUID, List<Follow>> entry : byUser.entrySet()) {
            UserView user = active.get(entry.getKey());
            if (user == null) {
              continue;
            }
            Integer count = transactions.execute(status -> digest(user, entry.getValue(), now));
            if (count != null && count > 0) {
              mails++;
              sentPosts += count;
            }
          }
          return new Sent(mails, sentPosts);
        });
  }

  /** One person's digest: how many posts it held (0: no mail). */
  private int digest(UserView user, List<Follow> followed, Instant now) {
    List<DigestSetting> own = settings.findByUserId(user.id());
    DigestFrequency every =
        own.stream()
            .filter(s -> s.centreId() == null && s.frequency() != null)
            .map(DigestSetting::frequency)
            .findFirst()
            .orElse(DigestFrequency.DAILY);
    Map<UUID, DigestSetting> perCentre =
        own.stream()
            .filter(s -> s.centreId() != null)
            .collect(Collectors.toMap(DigestSetting::centreId, Function.identity(), (a, b) -> a));

    Map<UUID, List<Follow>> byCentre =
        followed.stream().collect(Collectors.groupingBy(Follow::centreId));
    Map<UUID, Instant> since = new LinkedHashMap<>();
    for (UUID centreId : byCentre.keySet()) {
      DigestSetting setting = perCentre.get(centreId);
      DigestFrequency frequency =
          setting != null && setting.frequency() != null ? setting.frequency() : every;
      if (frequency.period() == null) {
        continue;
      }
      Instant last = setting == null ? null : setting.lastSentAt();
      if (last != null && last.plus(frequency.period()).minus(SLACK).isAfter(now)) {
        continue;
      }
      since.put(centreId, last != null ? last : now.minus(frequency.period()));
    }
    if (since.isEmpty()) {
      return 0;
    }
    Instant earliest = since.values().stream().min(Instant::compareTo).orElse(now);
    Map<UUID, DiscussionThread> threadCache = new HashMap<>();
    Map<UUID, Boolean> memberOf = new HashMap<>();
    List<Post> chosen = new ArrayList<>();
    for (Post post :
        posts.findByCentreIdInAndCreatedAtGreaterThanAndCreatedAtLessThanEqualOrderByCreatedAtAsc(
            since.keySet(), earliest, now)) {
      if (!post.createdAt().isAfter(since.get(post.centreId()))
          || post.removed()
          || post.hidden()
          || post.writtenBy(user.id())) {
        continue;
      }
      DiscussionThread thread =
          threadCache.computeIfAbsent(post.threadId(), id -> threads.findById(id).orElse(null));
      if (thread == null
          || thread.hidden()
          || !follows(byCentre.get(post.centreId()), thread)
          || !maySee(thread, user, memberOf)) {
        continue;
      }
      chosen.add(post);
    }
    for (UUID centreId : since.keySet()) {
      DigestSetting setting = perCentre.get(centreId);
      if (setting == null) {
        setting = settings.save(new DigestSetting(user.id(), centreId));
      }
      setting.sent(now);
    }
    if (chosen.isEmpty()) {
      return 0;
    }
    mailer.send(mail(user, chosen, threadCache));
    return chosen.size();
  }

  private static boolean follows(List<Follow> inCentre, DiscussionThread thread) {
    Optional<Follow> own =
        inCentre.stream().filter(f -> thread.id().equals(f.threadId())).findFirst();
    if (own.isPresent()) {
      return !own.get().muted();
    }
    return inCentre.stream().anyMatch(f -> f.threadId() == null);
  }

  private boolean maySee(DiscussionThread thread, UserView user, Map<UUID, Boolean> memberOf) {
    if (thread.visibility() != eu.pharos.knowledge.centre.Visibility.CENTRE) {
      return true;
    }
    return memberOf.computeIfAbsent(
        thread.centreId(), id -> access.isMember(id, user.id(), user.organisationId()));
  }

  private OutgoingMail mail(
      UserView user, List<Post> chosen, Map<UUID, DiscussionThread> threadCache) {
    Locale locale = localeOf(user.organisationId());
    DateTimeFormatter when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
    Map<UUID, List<PostMention>> mentioned =
        mentions.findByPostIdIn(chosen.stream().map(Post::id).toList()).stream()
            .collect(Collectors.groupingBy(PostMention::postId));
    Map<UUID, List<Post>> byThread =
        chosen.stream()
            .collect(
                Collectors.groupingBy(Post::threadId, LinkedHashMap::new, Collectors.toList()));
    Map<UUID, String> centreNames = new HashMap<>();
    Map<UUID, String> slugs = new HashMap<>();
    StringBuilder body = new StringBuilder();
    body.append(message("knowledge.discussions.digest.mail.intro", locale, user.displayName()))
        .append("\n");
    int left = chosen.size();
    for (Map.Entry<UUID, List<Post>> entry : byThread.entrySet()) {
      DiscussionThread thread = threadCache.get(entry.getKey());
      CentreRef centre = null;
      if (!centreNames.containsKey(thread.centreId())) {
        centre = access.read(thread.centreId());
        centreNames.put(thread.centreId(), centre.name());
        slugs.put(thread.centreId(), centre.slug());
      }
      String slug = slugs.get(thread.centreId());
      StringBuilder part = new StringBuilder();
      part.append("\n")
          .append(
              message(
                  "knowledge.discussions.digest.mail.thread",
                  locale,
                  thread.title(),
                  centreNames.get(thread.centreId())))
          .append("\n")
          .append(baseUrl)
          .append(Discussions.link(slug, thread.id()))
          .append("\n");
      for (Post post : entry.getValue()) {
        Map<String, String> names = new HashMap<>();
        mentioned
            .getOrDefault(post.id(), List.of())
            .forEach(m -> names.put(m.handle(), m.displayName()));
        part.append("\n")
            .append(
                message(
                    "knowledge.discussions.digest.mail.post",
                    locale,
                    post.authorName(),
                    when.format(post.createdAt())))
            .append("\n")
            .append(PostText.shorten(PostText.plain(post.body(), names), MAX_POST_CHARS))
            .append("\n");
      }
      if (body.length() + part.length() > MAX_BODY_CHARS) {
        body.append("\n")
            .append(message("knowledge.discussions.digest.mail.more", locale, left))
            .append("\n");
        break;
      }
      body.append(part);
      left -= entry.getValue().size();
    }
    body.append("\n")
        .append(
            message(
                "knowledge.discussions.digest.mail.footer",
                locale,
                baseUrl + "/app/centres/discussions/settings"))
        .append("\n");
    return new OutgoingMail(
        user.email(),
        message("knowledge.discussions.digest.mail.subject", locale, chosen.size()),
        body.toString());
  }

  private String message(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** The organisation's first language that Pharos speaks, else English. */
  private Locale localeOf(UUID organisationId) {
    List<String> languages =
        directory.member(organisationId).map(m -> m.languages()).orElse(List.of());
    return languages.stream()
        .map(Locale::forLanguageTag)
        .filter(
            locale ->
                Languages.SUPPORTED.stream()
                    .anyMatch(s -> s.getLanguage().equals(locale.getLanguage())))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }
}
