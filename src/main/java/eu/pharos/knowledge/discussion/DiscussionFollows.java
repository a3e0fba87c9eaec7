package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which discussions, and how often each person receives the e-mail digest. The author
 * of a thread and everyone who posts in it follow it; members may follow or stop following a thread
 * or every discussion of a centre. The digest is daily unless the person chose otherwise, for every
 * centre or for one.
 */
@Service
public class DiscussionFollows {

  /** The caller's digest settings: for every centre, and each centre they follow something in. */
  public record DigestSettings(DigestFrequency everyCentre, List<CentreDigest> centres) {}

  /**
   * @param frequency the centre's own choice, or null when as for every centre
   */
  public record CentreDigest(UUID centreId, String slug, String name, DigestFrequency frequency) {}

  private final FollowRepository follows;
  private final DigestSettingRepository settings;
  private final ThreadRepository threads;
  private final CentreAccess access;
  private final Clock clock;

  DiscussionFollows(
      FollowRepository follows,
      DigestSettingRepository settings,
      ThreadRepository threads,
      CentreAccess access,
      Clock clock) {
    this.follows = follows;
    this.settings = settings;
    this.threads = threads;
    this.access = access;
    this.clock = clock;
  }

  /** Starts or stops following a thread the caller may read; only members follow. */
  @Transactional
  public void followThread(String slug, UUID threadId, boolean follow) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread =
        threads
            .findById(threadId)
            .filter(t -> t.centreId().equals(centre.id()) && centre.maySee(t.visibility()))
            .orElseThrow(() -> new ThreadNotFound(threadId));
    StaffUser user = member(centre);
    setThread(user.userId(), user.organisationId(), centre.id(), thread.id(), follow);
  }

  /** Starts or stops following every discussion of a centre. */
  @Transactional
  public void followCentre(String slug, boolean follow) {
    CentreRef centre = access.read(slug);
    StaffUser user = member(centre);
    Optional<Follow> row =
        follows.findByUserIdAndCentreIdAndThreadIdIsNull(user.userId(), centre.id());
    if (follow && row.isEmpty()) {
      follows.save(
          new Follow(user.userId(), user.organisationId(), centre.id(), null, Instant.now(clock)));
    } else if (!follow) {
      row.ifPresent(follows::delete);
    }
  }

  /** Whether the caller follows the centre's discussions as a whole. */
  @Transactional(readOnly = true)
  public boolean followsCentre(CentreRef centre) {
    UUID user = access.currentUserId();
    return user != null
        && follows.findByUserIdAndCentreIdAndThreadIdIsNull(user, centre.id()).isPresent();
  }

  @Transactional(readOnly = true)
  public DigestSettings digestSettings() {
    UUID user = requireUser().userId();
    DigestFrequency every =
        settings
            .findByUserIdAndCentreIdIsNull(user)
            .map(DigestSetting::frequency)
            .orElse(DigestFrequency.DAILY);
    Map<UUID, DigestFrequency> own =
        settings.findByUserId(user).stream()
            .filter(s -> s.centreId() != null && s.frequency() != null)
            .collect(Collectors.toMap(DigestSetting::centreId, DigestSetting::frequency));
    Set<UUID> centreIds = new LinkedHashSet<>();
    follows.findByUserId(user).stream()
        .filter(f -> !f.muted())
        .forEach(f -> centreIds.add(f.centreId()));
    centreIds.addAll(own.keySet());
    List<CentreDigest> centres = new ArrayList<>();
    for (UUID id : centreIds) {
      CentreRef centre = access.read(id);
      centres.add(new CentreDigest(id, centre.slug(), centre.name(), own.get(id)));
    }
    centres.sort(Comparator.comparing(CentreDigest::name, String.CASE_INSENSITIVE_ORDER));
    return new DigestSettings(every, centres);
  }

  /** The caller's digest for every centre that has no choice of its own. */
  @Transactional
  public void setDigest(DigestFrequency frequency) {
    if (frequency == null) {
      throw InvalidInput.of("frequency", "knowledge.discussions.error.frequency");
    }
    UUID user = requireUser().userId();
    DigestSetting row =
        settings
            .findByUserIdAndCentreIdIsNull(user)
            .orElseGet(() -> settings.save(new DigestSetting(user, null)));
    row.frequency(frequency);
  }

  /** The caller's digest for one centre; null: as for every centre. */
  @Transactional
  public void setDigest(String slug, DigestFrequency frequency) {
    CentreRef centre = access.read(slug);
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre receive its digest");
    }
    UUID user = requireUser().userId();
    DigestSetting row =
        settings
            .findByUserIdAndCentreId(user, centre.id())
            .orElseGet(() -> settings.save(new DigestSetting(user, centre.id())));
    row.frequency(frequency);
  }

  /** The caller's own digest choice for a centre (null: as for every centre). */
  @Transactional(readOnly = true)
  public DigestFrequency digestFor(CentreRef centre) {
    UUID user = access.currentUserId();
    if (user == null) {
      return null;
    }
    return settings
        .findByUserIdAndCentreId(user, centre.id())
        .map(DigestSetting::frequency)
        .orElse(null);
  }

  // ---- for the discussions themselves

  /** Makes the person follow the thread (again), as its author or someone who posted in it. */
  void setThread(UUID userId, UUID organisationId, UUID centreId, UUID threadId, boolean follow) {
    Optional<Follow> row = follows.findByUserIdAndThreadId(userId, threadId);
    if (row.isPresent()) {
      row.get().mute(!follow);
      return;
    }
    Follow created = new Follow(userId, organisationId, centreId, threadId, Instant.now(clock));
    created.mute(!follow);
    follows.save(created);
  }

  /** Whether the person follows the thread: by a row of its own, or by following the centre. */
  boolean follows(UUID userId, DiscussionThread thread) {
    if (userId == null) {
      return false;
    }
    Optional<Follow> own = follows.findByUserIdAndThreadId(userId, thread.id());
    if (own.isPresent()) {
      return !own.get().muted();
    }
    return follows.findByUserIdAndCentreIdAndThreadIdIsNull(userId, thread.centreId()).isPresent();
  }

  /** Everyone who follows the thread, by user id, with their organisation. */
  Map<UUID, UUID> followersOf(DiscussionThread thread) {
    List<Follow> own = follows.findByThreadId(thread.id());
    Map<UUID, Follow> result =
        own.stream()
            .collect(
                Collectors.toMap(
                    Follow::userId,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    for (Follow whole : follows.findByCentreIdAndThreadIdIsNull(thread.centreId())) {
      result.putIfAbsent(whole.userId(), whole);
    }
    return result.values().stream()
        .filter(f -> !f.muted())
        .collect(
            Collectors.toMap(
                Follow::userId, Follow::organisationId, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private StaffUser member(CentreRef centre) {
    StaffUser user = requireUser();
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre follow its discussions");
    }
    return user;
  }

  private StaffUser requireUser() {
    return access
        .currentUser()
        .orElseThrow(() -> new AccessDeniedException("Sign in to follow discussions"));
  }
}
