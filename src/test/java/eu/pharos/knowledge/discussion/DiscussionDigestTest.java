package eu.pharos.knowledge.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The e-mail digest, run by its job with a fixed clock and read from the outbox: one message per
 * person with the new posts of the threads they follow, never a hidden or removed post, never
 * twice, and none for someone who turned it off.
 */
@PharosTest
class DiscussionDigestTest {

  static final String HELPLINES = "european-helplines";
  static final String AUTHOR = "advisor.wr-de@pharos.test";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String MEMBER = "quality.hr-vwss@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Discussions discussions;
  @Autowired DiscussionFollows follows;
  @Autowired DiscussionDigest digest;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    jdbc.update("delete from knowledge_digest");
  }

  @Test
  void eachFollowerGetsOneMailWithTheVisibleNewPostsOnlyAndNeverTwice() {
    String title = "Digest " + UUID.randomUUID();
    ThreadView thread =
        tenancy.asUser(
            AUTHOR,
            () ->
                discussions.start(
                    HELPLINES, new NewThread(title, "Opening words", Visibility.CENTRE)));
    tenancy.asUser(
        MEMBER,
        () ->
            discussions.reply(
                HELPLINES, thread.id(), "A visible reply that mentions @advisor.wr-de"));
    PostView hidden =
        tenancy.asUser(MODERATOR, () -> discussions.reply(HELPLINES, thread.id(), "Secret words"));
    tenancy.asUser(
        MODERATOR,
        () -> {
          discussions.hidePost(HELPLINES, thread.id(), hidden.id(), "Not for the digest");
          return null;
        });
    PostView removed =
        tenancy.asUser(MEMBER, () -> discussions.reply(HELPLINES, thread.id(), "Withdrawn words"));
    tenancy.asUser(
        MEMBER,
        () -> {
          discussions.remove(HELPLINES, thread.id(), removed.id(), removed.version());
          return null;
        });

    Instant now = Instant.now();
    int authorMails = mails(AUTHOR).size();
    int memberMails = mails(MEMBER).size();
    job(now).send();

    List<Map<String, Object>> toAuthor = mails(AUTHOR);
    assertThat(toAuthor).hasSize(authorMails + 1);
    String body = (String) toAuthor.get(toAuthor.size() - 1).get("body");
    assertThat(body)
        .contains(title)
        .contains("A visible reply that mentions " + name(AUTHOR))
        .contains("/app/centres/european-helplines/discussions/" + thread.id())
        .doesNotContain("Secret words")
        .doesNotContain("Withdrawn words")
        .doesNotContain("Opening words");
    assertThat((String) toAuthor.get(toAuthor.size() - 1).get("subject"))
        .as("in the language of the member organisation, German for Weisser Ring")
        .startsWith("Pharos: ")
        .contains("in Ihren Diskussionen");

    List<Map<String, Object>> toMember = mails(MEMBER);
    assertThat(toMember).hasSize(memberMails + 1);
    assertThat((String) toMember.get(toMember.size() - 1).get("body"))
        .contains("Opening words")
        .doesNotContain("Secret words")
        .doesNotContain("A visible reply");

    job(now.plus(Duration.ofMinutes(5))).send();
    assertThat(mails(AUTHOR)).as("not twice for the same posts").hasSize(authorMails + 1);

    tenancy.asUser(MEMBER, () -> discussions.reply(HELPLINES, thread.id(), "Next day's news"));
    job(now.plus(Duration.ofDays(1))).send();
    List<Map<String, Object>> next = mails(AUTHOR);
    assertThat(next).hasSize(authorMails + 2);
    assertThat((String) next.get(next.size() - 1).get("body"))
        .contains("Next day's news")
        .doesNotContain("A visible reply");
  }

  @Test
  void nobodyWhoTurnedTheDigestOffReceivesIt() {
    tenancy.asUser(
        AUTHOR,
        () -> {
          follows.setDigest(DigestFrequency.OFF);
          return null;
        });
    try {
      ThreadView thread =
          tenancy.asUser(
              AUTHOR,
              () ->
                  discussions.start(
                      HELPLINES,
                      new NewThread("Quiet " + UUID.randomUUID(), "Hello", Visibility.CENTRE)));
      tenancy.asUser(MEMBER, () -> discussions.reply(HELPLINES, thread.id(), "Answer"));
      int before = mails(AUTHOR).size();
      job(Instant.now().plus(Duration.ofHours(1))).send();
      assertThat(mails(AUTHOR)).hasSize(before);
    } finally {
      tenancy.asUser(
          AUTHOR,
          () -> {
            follows.setDigest(DigestFrequency.DAILY);
            return null;
          });
    }
  }

  private DiscussionDigestJob job(Instant now) {
    return new DiscussionDigestJob(digest, Clock.fixed(now, ZoneOffset.UTC));
  }

  private List<Map<String, Object>> mails(String email) {
    return jdbc.queryForList(
        "select subject, body from platform_mail where recipient = ? and subject like ?"
            + " order by created_at, id",
        email,
        "Pharos: %");
  }

  private String name(String email) {
    return jdbc.queryForObject(
        "select display_name from identity_user where email = ?", String.class, email);
  }
}
