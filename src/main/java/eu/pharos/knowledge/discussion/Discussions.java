package eu.pharos.knowledge.discussion;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussions of a centre: threads of plain-text posts. Members start threads, answer, mention
 * other members by handle, change and remove their own posts; moderators hide posts and threads
 * with a reason, and lock threads. Every change is recorded as the centre's activity, indexed for
 * search and told to the people who follow the thread or are mentioned.
 */
@Service
public class Discussions {

  static final String ACTIVITY = "discussion";

  private final ThreadRepository threads;
  private final PostRepository posts;
  private final PostRevisionRepository revisions;
  private final PostMentionRepository mentions;
  private final MentionedPeople people;
  private final DiscussionFollows follows;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final KnowledgeIndex index;
  private final Notifications notifications;
  private final Clock clock;

  Discussions(
      ThreadRepository threads,
      PostRepository posts,
      PostRevisionRepository revisions,
      PostMentionRepository mentions,
      MentionedPeople people,
      DiscussionFollows follows,
      CentreAccess access,
      CentreActivity activity,
      KnowledgeIndex index,
      Notifications notifications,
      Clock clock) {
    this.threads = threads;
    this.posts = posts;
    this.revisions = revisions;
    this.mentions = mentions;
    this.people = people;
    this.follows = follows;
    this.access = access;
    this.activity = activity;
    this.index = index;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Path of a thread's page. */
  public static String link(String slug, UUID threadId) {
    return "/app/centres/" + slug + "/discussions/" + threadId;
  }

  static String link(String slug, UUID threadId, UUID postId) {
    return link(slug, threadId) + "#post-" + postId;
  }

  // ---- reading

  /** The threads the caller may read, the most recently active first. */
  @Transactional(readOnly = true)
  public List<ThreadSummary> threads(CentreRef centre) {
    UUID me = access.currentUserId();
    return threads
        .findByCentreIdAndVisibilityInOrderByLastPostAtDesc(centre.id(), visible(centre))
        .stream()
        .map(t -> summary(centre, t, me))
        .toList();
  }

  /** The threads with the newest posts, for the centre's home; hidden threads left out. */
  @Transactional(readOnly = true)
  public List<ThreadSummary> active(CentreRef centre, int limit) {
    UUID me = access.currentUserId();
    return threads
        .findByCentreIdAndVisibilityInAndHiddenFalseOrderByLastPostAtDesc(
            centre.id(), visible(centre), Limit.of(limit))
        .stream()
        .map(t -> summary(centre, t, me))
        .toList();
  }

  /**
   * A thread with its posts.
   *
   * @throws ThreadNotFound for a thread of another centre or one the caller may not read
   */
  @Transactional(readOnly = true)
  public ThreadView thread(String slug, UUID threadId) {
    CentreRef centre = access.read(slug);
    return view(centre, readable(centre, threadId));
  }

  // ---- writing

  /** Starts a thread with its first post; the author follows it. */
  @Transactional
  public ThreadView start(String slug, NewThread input) {
    CentreRef centre = access.read(slug);
    StaffUser user = member(centre);
    String title = PostText.line(input.title());
    String body = PostText.clean(input.body());
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (title.isEmpty()) {
      problems.add(InvalidInput.Problem.of("title", "knowledge.discussions.error.title-empty"));
    } else if (title.length() > PostText.MAX_TITLE) {
      problems.add(
          InvalidInput.Problem.of(
              "title", "knowledge.discussions.error.title-long", PostText.MAX_TITLE));
    }
    Visibility visibility = input.visibility() == null ? Visibility.CENTRE : input.visibility();
    if (visibility == Visibility.PUBLIC) {
      problems.add(InvalidInput.Problem.of("visibility", "knowledge.discussions.error.visibility"));
    }
    problems.addAll(bodyProblems(body));
    List<MentionedPeople.Mentioned> mentioned = List.of();
    if (problems.isEmpty()) {
      try {
        mentioned = people.in(centre.id(), body, "body");
      } catch (InvalidInput invalid) {
        problems.addAll(invalid.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = Instant.now(clock);
    DiscussionThread thread =
        threads.save(
            new DiscussionThread(
                centre.id(), title, visibility, user.userId(), user.displayName(), now));
    Post post = newPost(thread, user, body, now);
    saveMentions(post, mentioned);
    follows.setThread(user.userId(), user.organisationId(), centre.id(), thread.id(), true);
    index(centre, thread, post, mentioned);
    activity.record(
        centre.id(), ACTIVITY, "started", title, link(centre.slug(), thread.id()), visibility);
    tellMentioned(centre, thread, post, mentioned, Set.of());
    tellFollowers(centre, thread, post, mentioned);
    return view(centre, thread);
  }

  /**
   * Answers a thread; the author follows it from now on.
   *
   * @throws InvalidInput for an empty or over-long text, a thread locked or hidden, a mention of
   *     someone outside the centre
   */
  @Transactional
  public PostView reply(String slug, UUID threadId, String text) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    StaffUser user = member(centre);
    if (thread.hidden()) {
      throw InvalidInput.of("body", "knowledge.discussions.error.thread-hidden");
    }
    if (thread.locked()) {
      throw InvalidInput.of("body", "knowledge.discussions.error.thread-locked");
    }
    String body = PostText.clean(text);
    List<InvalidInput.Problem> problems = bodyProblems(body);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<MentionedPeople.Mentioned> mentioned = people.in(centre.id(), body, "body");
    Instant now = Instant.now(clock);
    Post post = newPost(thread, user, body, now);
    saveMentions(post, mentioned);
    follows.setThread(user.userId(), user.organisationId(), centre.id(), thread.id(), true);
    index(centre, thread, post, mentioned);
    activity.record(
        centre.id(),
        ACTIVITY,
        "replied",
        thread.title(),
        link(centre.slug(), thread.id(), post.id()),
        thread.visibility());
    tellMentioned(centre, thread, post, mentioned, Set.of());
    tellFollowers(centre, thread, post, mentioned);
    return postView(centre, post, names(mentioned), List.of(), user.userId());
  }

  /**
   * Changes the caller's own post; the previous text stays in the post's history for moderators.
   *
   * @param version the post's version the change was made from
   * @throws ConcurrentChange when the post changed since, with the saved post
   */
  @Transactional
  public PostView edit(String slug, UUID threadId, UUID postId, String text, long version) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    Post post = postOf(thread, postId);
    StaffUser user = member(centre);
    if (!post.writtenBy(user.userId())) {
      throw new AccessDeniedException("Only its author changes a post");
    }
    if (post.removed() || post.hidden()) {
      throw InvalidInput.of(
          "body",
          post.removed()
              ? "knowledge.discussions.error.post-removed"
              : "knowledge.discussions.error.post-hidden");
    }
    if (post.version() != version) {
      throw new ConcurrentChange(post.version(), current(centre, post, user.userId()));
    }
    String body = PostText.clean(text);
    List<InvalidInput.Problem> problems = bodyProblems(body);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (body.equals(post.body())) {
      return current(centre, post, user.userId());
    }
    List<MentionedPeople.Mentioned> mentioned = people.in(centre.id(), body, "body");
    Set<UUID> before =
        mentions.findByPostIdIn(List.of(post.id())).stream()
            .map(PostMention::userId)
            .collect(Collectors.toSet());
    Instant now = Instant.now(clock);
    Instant written = post.editedAt() == null ? post.createdAt() : post.editedAt();
    revisions.save(new PostRevision(post.id(), post.body(), written, now, user.userId()));
    post.edit(body, now);
    mentions.deleteByPostId(post.id());
    mentions.flush();
    saveMentions(post, mentioned);
    index(centre, thread, post, mentioned);
    activity.record(
        centre.id(),
        ACTIVITY,
        "edited",
        thread.title(),
        link(centre.slug(), thread.id(), post.id()),
        thread.visibility());
    tellMentioned(centre, thread, post, mentioned, before);
    posts.flush();
    return current(centre, post, user.userId());
  }

  /** Removes the caller's own post: it stays in place as "removed by its author". */
  @Transactional
  public void remove(String slug, UUID threadId, UUID postId, long version) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    Post post = postOf(thread, postId);
    StaffUser user = member(centre);
    if (!post.writtenBy(user.userId())) {
      throw new AccessDeniedException("Only its author removes a post");
    }
    if (post.removed()) {
      return;
    }
    if (post.version() != version) {
      throw new ConcurrentChange(post.version(), current(centre, post, user.userId()));
    }
    post.remove();
    index.remove(KnowledgeIndex.KIND_DISCUSSION, post.id());
    activity.record(
        centre.id(),
        ACTIVITY,
        "removed",
        thread.title(),
        link(centre.slug(), thread.id(), post.id()),
        thread.visibility());
  }

  /**
   * Hides a post (moderators), saying why: members see the reason in its place.
   *
   * @throws InvalidInput without a reason
   */
  @Transactional
  public void hidePost(String slug, UUID threadId, UUID postId, String reason) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    Post post = postOf(thread, postId);
    StaffUser user = moderator(centre);
    String why = reason(reason);
    post.hide(why, user.userId(), user.displayName(), Instant.now(clock));
    index.hide(KnowledgeIndex.KIND_DISCUSSION, post.id(), true);
    activity.record(
        centre.id(),
        ACTIVITY,
        "post-hidden",
        thread.title(),
        link(centre.slug(), thread.id(), post.id()),
        thread.visibility());
  }

  @Transactional
  public void unhidePost(String slug, UUID threadId, UUID postId) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    Post post = postOf(thread, postId);
    moderator(centre);
    if (!post.hidden()) {
      return;
    }
    post.unhide();
    index.hide(KnowledgeIndex.KIND_DISCUSSION, post.id(), thread.hidden());
    activity.record(
        centre.id(),
        ACTIVITY,
        "post-shown",
        thread.title(),
        link(centre.slug(), thread.id(), post.id()),
        thread.visibility());
  }

  /** Hides a whole thread (moderators), saying why; nobody may answer it while hidden. */
  @Transactional
  public void hideThread(String slug, UUID threadId, String reason) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    StaffUser user = moderator(centre);
    String why = reason(reason);
    thread.hide(why, user.userId(), user.displayName(), Instant.now(clock));
    for (Post post : posts.findByThreadIdOrderByPositionAsc(thread.id())) {
      index.hide(KnowledgeIndex.KIND_DISCUSSION, post.id(), true);
    }
    activity.record(
        centre.id(),
        ACTIVITY,
        "thread-hidden",
        thread.title(),
        link(centre.slug(), thread.id()),
        thread.visibility());
  }

  @Transactional
  public void unhideThread(String slug, UUID threadId) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    moderator(centre);
    if (!thread.hidden()) {
      return;
    }
    thread.unhide();
    for (Post post : posts.findByThreadIdOrderByPositionAsc(thread.id())) {
      index.hide(KnowledgeIndex.KIND_DISCUSSION, post.id(), post.hidden());
    }
    activity.record(
        centre.id(),
        ACTIVITY,
        "thread-shown",
        thread.title(),
        link(centre.slug(), thread.id()),
        thread.visibility());
  }

  /** Closes a thread to answers (moderators), or opens it again. */
  @Transactional
  public void lock(String slug, UUID threadId, boolean locked) {
    CentreRef centre = access.read(slug);
    DiscussionThread thread = readable(centre, threadId);
    moderator(centre);
    if (thread.locked() == locked) {
      return;
    }
    thread.lock(locked);
    activity.record(
        centre.id(),
        ACTIVITY,
        locked ? "locked" : "unlocked",
        thread.title(),
        link(centre.slug(), thread.id()),
        thread.visibility());
  }

  // ---- for search

  /** Every post that is not removed, for the search index. */
  @Transactional(readOnly = true)
  void describeAll(java.util.function.Consumer<IndexedItem> sink) {
    Map<UUID, DiscussionThread> byId = new HashMap<>();
    Map<UUID, String> slugs = new HashMap<>();
    org.springframework.data.domain.Pageable page =
        org.springframework.data.domain.PageRequest.of(0, 200);
    while (true) {
      var slice = posts.findAllByOrderByIdAsc(page);
      List<Post> batch = slice.getContent();
      Map<UUID, List<PostMention>> mentioned =
          mentions.findByPostIdIn(batch.stream().map(Post::id).toList()).stream()
              .collect(Collectors.groupingBy(PostMention::postId));
      for (Post post : batch) {
        if (post.removed()) {
          continue;
        }
        DiscussionThread thread =
            byId.computeIfAbsent(post.threadId(), id -> threads.findById(id).orElseThrow());
        String slug = slugs.computeIfAbsent(thread.centreId(), id -> access.read(id).slug());
        sink.accept(
            item(slug, thread, post, namesOf(mentioned.getOrDefault(post.id(), List.of()))));
      }
      if (!slice.hasNext()) {
        return;
      }
      page = slice.nextPageable();
    }
  }

  // ---- inside

  DiscussionThread readable(CentreRef centre, UUID threadId) {
    return (threadId == null
            ? java.util.Optional.<DiscussionThread>empty()
            : threads.findById(threadId))
        .filter(t -> t.centreId().equals(centre.id()) && centre.maySee(t.visibility()))
        .orElseThrow(() -> new ThreadNotFound(threadId));
  }

  private Post postOf(DiscussionThread thread, UUID postId) {
    return (postId == null ? java.util.Optional.<Post>empty() : posts.findById(postId))
        .filter(p -> p.threadId().equals(thread.id()))
        .orElseThrow(() -> new PostNotFound(postId));
  }

  private StaffUser member(CentreRef centre) {
    StaffUser user =
        access
            .currentUser()
            .orElseThrow(() -> new AccessDeniedException("Sign in to take part in discussions"));
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre take part in its discussions");
    }
    return user;
  }

  private StaffUser moderator(CentreRef centre) {
    if (!centre.isModerator()) {
      throw new AccessDeniedException("Only moderators of the centre do this");
    }
    return access.currentUser().orElseThrow(() -> new AccessDeniedException("Sign in to moderate"));
  }

  private static String reason(String reason) {
    String why = PostText.line(reason);
    if (why.isEmpty()) {
      throw InvalidInput.of("reason", "knowledge.discussions.error.reason-empty");
    }
    if (why.length() > PostText.MAX_REASON) {
      throw InvalidInput.of(
          "reason", "knowledge.discussions.error.reason-long", PostText.MAX_REASON);
    }
    return why;
  }

  private static List<InvalidInput.Problem> bodyProblems(String body) {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (body.isEmpty()) {
      problems.add(InvalidInput.Problem.of("body", "knowledge.discussions.error.body-empty"));
    } else if (body.length() > PostText.MAX_BODY) {
      problems.add(
          InvalidInput.Problem.of(
              "body",
              "knowledge.discussions.error.body-long",
              String.valueOf(PostText.MAX_BODY),
              String.valueOf(body.length())));
    }
    return problems;
  }

  private Post newPost(DiscussionThread thread, StaffUser user, String body, Instant now) {
    int position = thread.nextPosition(now);
    return posts.save(
        new Post(
            thread.id(),
            thread.centreId(),
            position,
            user.userId(),
            user.organisationId(),
            user.displayName(),
            body,
            now));
  }

  private void saveMentions(Post post, List<MentionedPeople.Mentioned> mentioned) {
    for (MentionedPeople.Mentioned m : mentioned) {
      mentions.save(new PostMention(post.id(), m.handle(), m.userId(), m.displayName()));
    }
  }

  private void index(
      CentreRef centre,
      DiscussionThread thread,
      Post post,
      List<MentionedPeople.Mentioned> mentioned) {
    index.put(item(centre.slug(), thread, post, names(mentioned)));
  }

  private static IndexedItem item(
      String slug, DiscussionThread thread, Post post, Map<String, String> names) {
    return new IndexedItem(
        KnowledgeIndex.KIND_DISCUSSION,
        post.id(),
        thread.centreId(),
        thread.visibility(),
        thread.hidden() || post.hidden(),
        thread.title(),
        PostText.plain(post.body(), names),
        null,
        null,
        post.authorOrganisationId(),
        link(slug, thread.id(), post.id()),
        post.editedAt() == null ? post.createdAt() : post.editedAt());
  }

  /** The people mentioned for the first time: the post is linked, its text never copied. */
  private void tellMentioned(
      CentreRef centre,
      DiscussionThread thread,
      Post post,
      List<MentionedPeople.Mentioned> mentioned,
      Set<UUID> toldBefore) {
    for (MentionedPeople.Mentioned m : mentioned) {
      if (m.userId().equals(post.authorId()) || toldBefore.contains(m.userId())) {
        continue;
      }
      notifications.notify(
          m.userId(),
          "knowledge.discussions.notification.mention",
          List.of(
              PostText.shorten(post.authorName(), 150),
              PostText.shorten(thread.title(), 150),
              PostText.shorten(centre.name(), 150)),
          link(centre.slug(), thread.id(), post.id()));
    }
  }

  /**
   * The thread's followers who may still read it, except the author and those mentioned; for a new
   * thread, that is those who follow the whole centre.
   */
  private void tellFollowers(
      CentreRef centre,
      DiscussionThread thread,
      Post post,
      List<MentionedPeople.Mentioned> mentioned) {
    Set<UUID> skip = new HashSet<>();
    skip.add(post.authorId());
    mentioned.forEach(m -> skip.add(m.userId()));
    for (Map.Entry<UUID, UUID> follower : follows.followersOf(thread).entrySet()) {
      UUID userId = follower.getKey();
      if (skip.contains(userId) || !maySee(thread, userId, follower.getValue())) {
        continue;
      }
      notifications.notify(
          userId,
          post.position() == 0
              ? "knowledge.discussions.notification.started"
              : "knowledge.discussions.notification.reply",
          List.of(
              PostText.shorten(post.authorName(), 150),
              PostText.shorten(thread.title(), 150),
              PostText.shorten(centre.name(), 150)),
          link(centre.slug(), thread.id(), post.id()));
    }
  }

  /** Whether a given person may read the thread now: network threads any staff, others members. */
  boolean maySee(DiscussionThread thread, UUID userId, UUID organisationId) {
    return thread.visibility() != Visibility.CENTRE
        || access.isMember(thread.centreId(), userId, organisationId);
  }

  private ThreadSummary summary(CentreRef centre, DiscussionThread t, UUID me) {
    boolean full = !t.hidden() || centre.isModerator() || (me != null && me.equals(t.authorId()));
    return new ThreadSummary(
        t.id(),
        full ? t.title() : null,
        t.visibility(),
        t.authorName(),
        t.createdAt(),
        t.lastPostAt(),
        Math.max(0, t.postCount() - 1),
        t.locked(),
        t.hidden(),
        t.hiddenReason(),
        link(centre.slug(), t.id()));
  }

  private ThreadView view(CentreRef centre, DiscussionThread thread) {
    UUID me = access.currentUserId();
    boolean moderator = centre.isModerator();
    boolean full = !thread.hidden() || moderator || (me != null && me.equals(thread.authorId()));
    List<PostView> shown = new ArrayList<>();
    if (full) {
      List<Post> all = posts.findByThreadIdOrderByPositionAsc(thread.id());
      List<UUID> ids = all.stream().map(Post::id).toList();
      Map<UUID, List<PostMention>> mentioned =
          ids.isEmpty()
              ? Map.of()
              : mentions.findByPostIdIn(ids).stream()
                  .collect(Collectors.groupingBy(PostMention::postId));
      Map<UUID, List<PostRevision>> history =
          !moderator || ids.isEmpty()
              ? Map.of()
              : revisions.findByPostIdInOrderByReplacedAtAsc(ids).stream()
                  .collect(Collectors.groupingBy(PostRevision::postId));
      for (Post post : all) {
        shown.add(
            postView(
                centre,
                post,
                namesOf(mentioned.getOrDefault(post.id(), List.of())),
                history.getOrDefault(post.id(), List.of()),
                me));
      }
    }
    return new ThreadView(
        thread.id(),
        centre.slug(),
        centre.name(),
        full ? thread.title() : null,
        thread.visibility(),
        thread.authorName(),
        thread.createdAt(),
        thread.locked(),
        thread.hidden(),
        thread.hiddenReason(),
        moderator ? thread.hiddenByName() : null,
        centre.isMember() && me != null && !thread.locked() && !thread.hidden(),
        moderator,
        follows.follows(me, thread),
        shown,
        link(centre.slug(), thread.id()));
  }

  private PostView current(CentreRef centre, Post post, UUID me) {
    Map<String, String> names = namesOf(mentions.findByPostIdIn(List.of(post.id())));
    List<PostRevision> history =
        centre.isModerator() ? revisions.findByPostIdOrderByReplacedAtAsc(post.id()) : List.of();
    return postView(centre, post, names, history, me);
  }

  private PostView postView(
      CentreRef centre, Post post, Map<String, String> names, List<PostRevision> history, UUID me) {
    boolean mine = post.writtenBy(me);
    PostState state =
        post.removed() ? PostState.REMOVED : post.hidden() ? PostState.HIDDEN : PostState.SHOWN;
    boolean readable =
        state == PostState.SHOWN || (state == PostState.HIDDEN && (centre.isModerator() || mine));
    String body = readable ? post.body() : null;
    return new PostView(
        post.id(),
        post.position(),
        post.authorName(),
        post.createdAt(),
        post.editedAt() != null,
        post.editedAt(),
        state,
        body,
        body == null ? List.of() : PostText.lines(body, names),
        state == PostState.HIDDEN ? post.hiddenReason() : null,
        state == PostState.HIDDEN && centre.isModerator() ? post.hiddenByName() : null,
        mine,
        mine && state == PostState.SHOWN && centre.isMember(),
        post.version(),
        centre.isModerator()
            ? history.stream()
                .map(r -> new PostView.Revision(r.body(), r.writtenAt(), r.replacedAt()))
                .toList()
            : List.of());
  }

  private static Map<String, String> names(List<MentionedPeople.Mentioned> mentioned) {
    Map<String, String> names = new HashMap<>();
    mentioned.forEach(m -> names.put(m.handle(), m.displayName()));
    return names;
  }

  private static Map<String, String> namesOf(List<PostMention> mentioned) {
    Map<String, String> names = new HashMap<>();
    mentioned.forEach(m -> names.put(m.handle(), m.displayName()));
    return names;
  }

  static List<Visibility> visible(CentreRef centre) {
    return Arrays.stream(Visibility.values()).filter(centre::maySee).toList();
  }
}
