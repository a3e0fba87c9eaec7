package eu.pharos.knowledge.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.platform.NotificationView;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Discussions through the facade: mentions of members only, following, moderation with a reason,
 * edits with their history and versions, and every refused input with its message.
 */
@PharosTest
class DiscussionsTest {

  static final String HELPLINES = "european-helplines";
  static final String AUTHOR = "advisor.wr-de@pharos.test";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String MEMBER = "quality.hr-vwss@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Discussions discussions;
  @Autowired DiscussionFollows follows;
  @Autowired Notifications notifications;
  @Autowired MessageSource messages;
  @Autowired JdbcTemplate jdbc;
  @Autowired ActiveDiscussions activeDiscussions;
  @Autowired eu.pharos.knowledge.centre.CentreAccess access;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theDemoHoldsBothThreadsAMentionShownAsANameAndAHiddenPost() {
    ThreadView calls =
        tenancy.asUser(
            AUTHOR,
            () ->
                discussions.thread(
                    HELPLINES, threadId("Measuring answered and missed 116 006 calls")));
    assertThat(calls.posts()).hasSizeGreaterThanOrEqualTo(2);
    PostView reply = calls.posts().get(1);
    assertThat(reply.authorName()).isNotBlank();
    assertThat(reply.lines().get(0).get(0)).isEqualTo(new PostText.Segment(name(AUTHOR), true));
    ThreadView training =
        tenancy.asUser(
            "advisor.saw@pharos.test",
            () ->
                discussions.thread(
                    "distant-support", threadId("Training advisors for written counselling")));
    PostView hidden =
        training.posts().stream().filter(p -> p.state() == PostState.HIDDEN).findFirst().get();
    assertThat(hidden.body()).isNull();
    assertThat(hidden.hiddenReason()).contains("could identify the person");
  }

  @Test
  void aMentionedMemberIsNotifiedAndFollowersHearOfReplies() {
    ThreadView thread = start(AUTHOR, "Counting silent calls " + UUID.randomUUID());
    UUID author = userId(AUTHOR);
    long before = count(author, "knowledge.discussions.notification.mention");
    PostView reply =
        tenancy.asUser(
            MEMBER,
            () ->
                discussions.reply(
                    HELPLINES, thread.id(), "Thanks @Advisor.WR-DE, we count them apart too."));
    assertThat(count(author, "knowledge.discussions.notification.mention")).isEqualTo(before + 1);
    assertThat(reply.lines().get(0))
        .containsExactly(
            new PostText.Segment("Thanks ", false),
            new PostText.Segment(name(AUTHOR), true),
            new PostText.Segment(", we count them apart too.", false));

    long replies = count(userId(MEMBER), "knowledge.discussions.notification.reply");
    tenancy.asUser(AUTHOR, () -> discussions.reply(HELPLINES, thread.id(), "Good to know."));
    assertThat(count(userId(MEMBER), "knowledge.discussions.notification.reply"))
        .as("someone who posted follows the thread")
        .isEqualTo(replies + 1);

    tenancy.asUser(
        MEMBER,
        () -> {
          follows.followThread(HELPLINES, thread.id(), false);
          return null;
        });
    tenancy.asUser(AUTHOR, () -> discussions.reply(HELPLINES, thread.id(), "One more."));
    assertThat(count(userId(MEMBER), "knowledge.discussions.notification.reply"))
        .as("no longer following")
        .isEqualTo(replies + 1);
    assertThat(tenancy.asUser(MEMBER, () -> discussions.thread(HELPLINES, thread.id()).following()))
        .isFalse();
  }

  @Test
  void aMentionOfSomeoneOutsideTheCentreOrOfNobodyIsRefusedByName() {
    ThreadView thread = start(AUTHOR, "Mentions " + UUID.randomUUID());
    InvalidInput outsider =
        refused(() -> discussions.reply(HELPLINES, thread.id(), "Ask @member.fv about it."));
    assertThat(message(outsider))
        .isEqualTo(
            "@member.fv is not a member of this centre; they would not be able to read this.");
    InvalidInput unknown =
        refused(() -> discussions.reply(HELPLINES, thread.id(), "Ask @nobody.here please."));
    assertThat(message(unknown)).startsWith("@nobody.here is nobody in the network");
    assertThat(unknown.problems().get(0).field()).isEqualTo("body");
    assertThat(posts(thread.id())).isEqualTo(1);
    // An e-mail address written in full is no mention.
    PostView plain =
        tenancy.asUser(
            AUTHOR,
            () -> discussions.reply(HELPLINES, thread.id(), "Write to member.fv@pharos.test."));
    assertThat(plain.body()).isEqualTo("Write to member.fv@pharos.test.");
  }

  @Test
  void badInputIsRefusedWithAMessageAndControlCharactersAreDropped() {
    InvalidInput empty =
        refused(
            () -> discussions.start(HELPLINES, new NewThread("  ", " \n\t ", Visibility.PUBLIC)));
    assertThat(empty.problems())
        .extracting(InvalidInput.Problem::messageKey)
        .containsExactly(
            "knowledge.discussions.error.title-empty",
            "knowledge.discussions.error.visibility",
            "knowledge.discussions.error.body-empty");
    ThreadView thread = start(AUTHOR, "Bad input " + UUID.randomUUID());
    InvalidInput tooLong =
        refused(() -> discussions.reply(HELPLINES, thread.id(), "x".repeat(20_001)));
    assertThat(message(tooLong)).isEqualTo("Use at most 20000 characters; your post has 20001.");

    PostView cleaned =
        tenancy.asUser(
            AUTHOR,
            () ->
                discussions.reply(
                    HELPLINES, thread.id(), "Line\u0000 one\u0007\r\nline\u202E two\u001b"));
    assertThat(cleaned.body()).isEqualTo("Line one\nline two");
    assertThat(cleaned.lines()).hasSize(2);

    assertThatThrownBy(
            () ->
                tenancy.asUser(OUTSIDER, () -> discussions.reply(HELPLINES, thread.id(), "Hello")))
        .as("a thread for centre members is not found by others")
        .isInstanceOf(ThreadNotFound.class);
    assertThatThrownBy(
            () -> tenancy.asUser(OUTSIDER, () -> discussions.thread(HELPLINES, thread.id())))
        .isInstanceOf(ThreadNotFound.class);
    assertThatThrownBy(
            () -> tenancy.asUser(AUTHOR, () -> discussions.thread("distant-support", thread.id())))
        .as("a thread of another centre")
        .isInstanceOf(ThreadNotFound.class);
  }

  @Test
  void aNetworkThreadIsReadByTheNetworkButAnsweredOnlyByMembers() {
    ThreadView thread =
        tenancy.asUser(
            AUTHOR,
            () ->
                discussions.start(
                    HELPLINES,
                    new NewThread(
                        "Open to all " + UUID.randomUUID(), "Views?", Visibility.NETWORK)));
    assertThat(
            tenancy.asUser(OUTSIDER, () -> discussions.thread(HELPLINES, thread.id()).mayReply()))
        .isFalse();
    assertThatThrownBy(
            () -> tenancy.asUser(OUTSIDER, () -> discussions.reply(HELPLINES, thread.id(), "Mine")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void moderatorsHideWithAReasonMembersSeeTheReasonAndOnlyModeratorsMayHide() {
    ThreadView thread = start(AUTHOR, "Moderation " + UUID.randomUUID());
    PostView post =
        tenancy.asUser(MEMBER, () -> discussions.reply(HELPLINES, thread.id(), "Off topic"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    AUTHOR,
                    () -> {
                      discussions.hidePost(HELPLINES, thread.id(), post.id(), "Spam");
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    InvalidInput noReason =
        assertRefused(
            MODERATOR,
            () -> {
              discussions.hidePost(HELPLINES, thread.id(), post.id(), "  ");
              return null;
            });
    assertThat(noReason.problems().get(0).field()).isEqualTo("reason");
    assertThat(message(noReason)).isEqualTo("Say why you hide it: members will read the reason.");

    tenancy.asUser(
        MODERATOR,
        () -> {
          discussions.hidePost(HELPLINES, thread.id(), post.id(), "Not about helplines");
          return null;
        });
    PostView asAuthorOfThread = postAs(AUTHOR, thread.id(), post.id());
    assertThat(asAuthorOfThread.state()).isEqualTo(PostState.HIDDEN);
    assertThat(asAuthorOfThread.body()).isNull();
    assertThat(asAuthorOfThread.hiddenReason()).isEqualTo("Not about helplines");
    assertThat(postAs(MEMBER, thread.id(), post.id()).body()).isEqualTo("Off topic");
    assertThat(postAs(MODERATOR, thread.id(), post.id()).body()).isEqualTo("Off topic");
    assertThat(
            jdbc.queryForObject(
                "select hidden from knowledge_search_entry where kind = 'discussion' and ref_id = ?",
                Boolean.class,
                post.id()))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_activity where kind = 'discussion'"
                    + " and action = 'post-hidden' and link like ?",
                Integer.class,
                "%" + post.id()))
        .isEqualTo(1);

    tenancy.asUser(
        MODERATOR,
        () -> {
          discussions.unhidePost(HELPLINES, thread.id(), post.id());
          discussions.lock(HELPLINES, thread.id(), true);
          return null;
        });
    assertThat(postAs(AUTHOR, thread.id(), post.id()).body()).isEqualTo("Off topic");
    InvalidInput locked = refused(() -> discussions.reply(HELPLINES, thread.id(), "Anyone?"));
    assertThat(message(locked))
        .isEqualTo("A moderator closed this discussion: it can no longer be answered.");

    tenancy.asUser(
        MODERATOR,
        () -> {
          discussions.lock(HELPLINES, thread.id(), false);
          discussions.hideThread(HELPLINES, thread.id(), "Duplicate of another discussion");
          return null;
        });
    ThreadView hidden = tenancy.asUser(MEMBER, () -> discussions.thread(HELPLINES, thread.id()));
    assertThat(hidden.title()).isNull();
    assertThat(hidden.posts()).isEmpty();
    assertThat(hidden.hiddenReason()).isEqualTo("Duplicate of another discussion");
    assertThat(message(refused(() -> discussions.reply(HELPLINES, thread.id(), "Still?"))))
        .isEqualTo("A moderator hid this discussion: it can no longer be answered.");
    assertThat(tenancy.asUser(MODERATOR, () -> discussions.thread(HELPLINES, thread.id()).posts()))
        .hasSize(2);
  }

  @Test
  void anEditKeepsTheEarlierTextForModeratorsAndAStaleEditIsRefused() {
    ThreadView thread = start(AUTHOR, "Edits " + UUID.randomUUID());
    PostView first = thread.posts().get(0);
    PostView edited =
        tenancy.asUser(
            AUTHOR,
            () ->
                discussions.edit(
                    HELPLINES, thread.id(), first.id(), "Changed text", first.version()));
    assertThat(edited.edited()).isTrue();
    assertThat(edited.body()).isEqualTo("Changed text");
    assertThat(edited.history()).as("only moderators read the history").isEmpty();
    PostView forModerator = postAs(MODERATOR, thread.id(), first.id());
    assertThat(forModerator.history())
        .extracting(PostView.Revision::body)
        .containsExactly("First post");

    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    AUTHOR,
                    () ->
                        discussions.edit(
                            HELPLINES, thread.id(), first.id(), "Older", first.version())))
        .isInstanceOf(ConcurrentChange.class)
        .satisfies(
            e ->
                assertThat(((PostView) ((ConcurrentChange) e).current()).body())
                    .isEqualTo("Changed text"));
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    MEMBER,
                    () ->
                        discussions.edit(
                            HELPLINES, thread.id(), first.id(), "Not mine", edited.version())))
        .isInstanceOf(AccessDeniedException.class);

    tenancy.asUser(
        AUTHOR,
        () -> {
          discussions.remove(HELPLINES, thread.id(), first.id(), edited.version());
          return null;
        });
    PostView removed = postAs(MEMBER, thread.id(), first.id());
    assertThat(removed.state()).isEqualTo(PostState.REMOVED);
    assertThat(removed.body()).isNull();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from knowledge_search_entry where ref_id = ?",
                Integer.class,
                first.id()))
        .isZero();
  }

  @Test
  void membersFollowAWholeCentreAndChooseTheirDigest() {
    tenancy.asUser(
        MEMBER,
        () -> {
          follows.followCentre(HELPLINES, true);
          follows.setDigest(DigestFrequency.WEEKLY);
          follows.setDigest(HELPLINES, DigestFrequency.OFF);
          return null;
        });
    long started = count(userId(MEMBER), "knowledge.discussions.notification.started");
    ThreadView thread = start(AUTHOR, "For every follower " + UUID.randomUUID());
    assertThat(count(userId(MEMBER), "knowledge.discussions.notification.started"))
        .isEqualTo(started + 1);
    assertThat(tenancy.asUser(MEMBER, () -> discussions.thread(HELPLINES, thread.id()).following()))
        .isTrue();
    DiscussionFollows.DigestSettings settings = tenancy.asUser(MEMBER, follows::digestSettings);
    assertThat(settings.everyCentre()).isEqualTo(DigestFrequency.WEEKLY);
    assertThat(settings.centres())
        .filteredOn(c -> c.slug().equals(HELPLINES))
        .extracting(DiscussionFollows.CentreDigest::frequency)
        .containsExactly(DigestFrequency.OFF);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    OUTSIDER,
                    () -> {
                      follows.followCentre(HELPLINES, true);
                      return null;
                    }))
        .isInstanceOf(AccessDeniedException.class);
    tenancy.asUser(
        MEMBER,
        () -> {
          follows.followCentre(HELPLINES, false);
          follows.setDigest(DigestFrequency.DAILY);
          follows.setDigest(HELPLINES, null);
          return null;
        });
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCentreHomeShowsTheFiveMostRecentlyActiveThreadsTheCallerMayRead() {
    ThreadView thread = start(AUTHOR, "Newest " + UUID.randomUUID());
    List<ThreadSummary> forMember =
        (List<ThreadSummary>)
            tenancy
                .asUser(
                    AUTHOR,
                    () -> activeDiscussions.model(access.read(HELPLINES), java.util.Locale.ENGLISH))
                .get("discussionsActive");
    assertThat(forMember).hasSizeLessThanOrEqualTo(5);
    assertThat(forMember.get(0).id()).isEqualTo(thread.id());
    List<ThreadSummary> forOutsider =
        (List<ThreadSummary>)
            tenancy
                .asUser(
                    OUTSIDER,
                    () -> activeDiscussions.model(access.read(HELPLINES), java.util.Locale.ENGLISH))
                .get("discussionsActive");
    assertThat(forOutsider).extracting(ThreadSummary::id).doesNotContain(thread.id());
  }

  // ---- helpers

  private ThreadView start(String email, String title) {
    return tenancy.asUser(
        email,
        () -> discussions.start(HELPLINES, new NewThread(title, "First post", Visibility.CENTRE)));
  }

  private InvalidInput refused(java.util.function.Supplier<?> work) {
    return assertRefused(AUTHOR, work);
  }

  private InvalidInput assertRefused(String email, java.util.function.Supplier<?> work) {
    try {
      tenancy.asUser(email, work);
    } catch (InvalidInput invalid) {
      return invalid;
    }
    throw new AssertionError("not refused");
  }

  private String message(InvalidInput invalid) {
    InvalidInput.Problem problem = invalid.problems().get(0);
    return messages.getMessage(
        problem.messageKey(), problem.arguments().toArray(), java.util.Locale.ENGLISH);
  }

  private PostView postAs(String email, UUID threadId, UUID postId) {
    return tenancy.asUser(email, () -> discussions.thread(HELPLINES, threadId)).posts().stream()
        .filter(p -> p.id().equals(postId))
        .findFirst()
        .orElseThrow();
  }

  private long count(UUID userId, String key) {
    return jdbc.queryForObject(
        "select count(*) from platform_notification where user_id = ? and message_key = ?",
        Long.class,
        userId,
        key);
  }

  private int posts(UUID threadId) {
    return jdbc.queryForObject(
        "select count(*) from knowledge_post where thread_id = ?", Integer.class, threadId);
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private String name(String email) {
    return jdbc.queryForObject(
        "select display_name from identity_user where email = ?", String.class, email);
  }

  private UUID threadId(String title) {
    return jdbc.queryForObject(
        "select id from knowledge_thread where title = ?", UUID.class, title);
  }

  @SuppressWarnings("unused")
  private List<NotificationView> mine(String email) {
    return tenancy.asUser(email, notifications::mine);
  }
}
