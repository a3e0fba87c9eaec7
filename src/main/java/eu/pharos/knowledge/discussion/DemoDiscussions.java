package eu.pharos.knowledge.discussion;

import eu.pharos.identity.ActAs;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.command.CommandRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Discussions of the demo centres, written through the services as their members would: the
 * European Helplines compare how they count answered and missed 116 006 calls, Distant Support
 * talks about training advisors for written counselling, and a moderator hid one post with a
 * reason. Only when the demo centres exist and have no discussion yet.
 */
@Component
@Order(95)
class DemoDiscussions implements ApplicationRunner {

  static final String HELPLINES = "european-helplines";
  static final String DISTANT_SUPPORT = "distant-support";

  private static final Logger log = LoggerFactory.getLogger(DemoDiscussions.class);

  private final Discussions discussions;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoDiscussions(
      Discussions discussions,
      ActAs actAs,
      JdbcTemplate jdbc,
      @Value("${pharos.demo}") boolean enabled) {
    this.discussions = discussions;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer threads = jdbc.queryForObject("select count(*) from knowledge_thread", Integer.class);
    Integer centres =
        jdbc.queryForObject(
            "select count(*) from knowledge_centre where slug in (?, ?)",
            Integer.class,
            HELPLINES,
            DISTANT_SUPPORT);
    if ((threads != null && threads > 0) || centres == null || centres < 2) {
      return;
    }
    ThreadView calls =
        actAs.user(
            "advisor.wr-de@pharos.test",
            () ->
                discussions.start(
                    HELPLINES,
                    new NewThread(
                        "Measuring answered and missed 116 006 calls",
                        "We count a call as answered when an advisor has spoken with the caller"
                            + " for at least 30 seconds; anything shorter, and every call that"
                            + " rang out or was dropped in the queue, counts as missed.\n\n"
                            + "How do you count them? The Commission asks for comparable"
                            + " figures, and ours look worse than they are if others count"
                            + " short calls as answered.",
                        Visibility.CENTRE)));
    actAs.user(
        "orgadmin.apav@pharos.test",
        () ->
            discussions.reply(
                HELPLINES,
                calls.id(),
                "@advisor.wr-de we count every call an advisor picks up as answered, whatever"
                    + " its length, and report calls that end within 10 seconds separately as"
                    + " silent calls.\n"
                    + "Missed calls are those abandoned in the queue after the welcome message;"
                    + " calls outside opening hours are a third figure.\n\n"
                    + "Shall we propose one definition for the network at the next meeting?"));
    actAs.user(
        "advisor.wr-de@pharos.test",
        () ->
            discussions.reply(
                HELPLINES,
                calls.id(),
                "Yes, gladly. Keeping silent calls and calls outside opening hours apart makes"
                    + " sense to us; I will bring our figures for 2025 by both definitions."));

    ThreadView training =
        actAs.user(
            "advisor.wr-de@pharos.test",
            () ->
                discussions.start(
                    DISTANT_SUPPORT,
                    new NewThread(
                        "Training advisors for written counselling",
                        "Advisors who are very good on the phone do not always write well to a"
                            + " victim: the tone, the length, when to ask and when to wait for"
                            + " the next message.\n\n"
                            + "Our training has three days on e-mail and chat counselling. What"
                            + " does yours cover, and do new advisors answer under supervision"
                            + " first?",
                        Visibility.NETWORK)));
    actAs.user(
        "advisor.saw@pharos.test",
        () ->
            discussions.reply(
                DISTANT_SUPPORT,
                training.id(),
                "Our new advisors write their first twenty answers as drafts that a supervisor"
                    + " reads before they are sent. We found role plays by e-mail, with"
                    + " colleagues writing as victims, the most useful part of the training."));
    PostView hidden =
        actAs.user(
            "advisor.apav@pharos.test",
            () ->
                discussions.reply(
                    DISTANT_SUPPORT,
                    training.id(),
                    "A good example from last week: a woman from a small village near our"
                        + " office wrote to us about her neighbour, and I can tell you exactly"
                        + " what she said and where she lives."));
    actAs.user(
        "advisor.wr-de@pharos.test",
        () -> {
          discussions.hidePost(
              DISTANT_SUPPORT,
              training.id(),
              hidden.id(),
              "Describes a real case in a way that could identify the person; please share"
                  + " examples without details about anyone.");
          return null;
        });
    log.info("Demo discussions: {} and {}", calls.link(), training.link());
  }
}
