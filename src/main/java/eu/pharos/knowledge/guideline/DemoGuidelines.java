package eu.pharos.knowledge.guideline;

import eu.pharos.identity.ActAs;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.shared.command.CommandRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The guidelines of the demo European Helplines centre, made through the service as its members and
 * moderator would: the common recommendations for 116 006 helplines drafted after the Lisbon
 * meeting, reviewed, adopted and published for anyone to read; and a guideline on calls outside
 * opening hours, in review with two comments. Only when the demo network is seeded, once.
 */
@Component
@Order(93)
class DemoGuidelines implements ApplicationRunner {

  static final String CENTRE = "european-helplines";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String MEMBER = "advisor.wr-de@pharos.test";
  static final String OTHER_MEMBER = "advisor.apav@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoGuidelines.class);

  private final Guidelines guidelines;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean enabled;

  DemoGuidelines(
      Guidelines guidelines,
      ActAs actAs,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.demo}") boolean enabled) {
    this.guidelines = guidelines;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer centres =
        jdbc.queryForObject(
            "select count(*) from knowledge_centre where slug = ?", Integer.class, CENTRE);
    Integer existing =
        jdbc.queryForObject("select count(*) from knowledge_guideline", Integer.class);
    if (centres == null || centres == 0 || (existing != null && existing > 0)) {
      return;
    }
    recommendations();
    outOfHours();
    log.info("Demo guidelines of {}", CENTRE);
  }

  private void recommendations() {
    GuidelineView draft =
        actAs.user(
            MEMBER,
            () ->
                guidelines.create(
                    CENTRE,
                    new GuidelineDetails(
                        GuidelineKind.RECOMMENDATION,
                        "Common recommendations for 116 006 helplines",
                        "What the members of the centre agree a helpline for victims of crime on"
                            + " the EU-wide number 116 006 should offer, whatever the way it is"
                            + " organised in each country. Drafted after the members' meeting in"
                            + " Lisbon.",
                        "en"),
                    List.of(
                        new SectionInput(
                            null,
                            "Purpose",
                            "These recommendations were drafted by the members of the European"
                                + " Helplines centre after their meeting in Lisbon.\n\n"
                                + "They are recommendations, not binding standards: each member"
                                + " applies them in the light of national law and of its own"
                                + " resources."),
                        new SectionInput(
                            null,
                            "Free and confidential calls",
                            "Calls to 116 006 should be free of charge for the caller, from fixed"
                                + " and mobile networks.\n\n"
                                + "Callers should be able to remain anonymous. At the start of a"
                                + " conversation the helpline explains what it records and"
                                + " why."),
                        new SectionInput(
                            null,
                            "Trained staff and volunteers",
                            "Everyone who answers calls should be trained before taking calls:"
                                + " victims' rights, active listening, risk assessment and"
                                + " referral.\n"
                                + "They should have regular supervision afterwards."),
                        new SectionInput(
                            null,
                            "Referral to local services",
                            "Helplines should keep an up-to-date directory of local support"
                                + " services and refer callers to them with their consent."))));
    GuidelineView inReview =
        actAs.user(
            MEMBER,
            () ->
                guidelines.submit(
                    CENTRE, draft.id(), draft.version(), LocalDate.now(clock).plusDays(14)));
    SectionView training = inReview.sections().get(2);
    CommentView comment =
        actAs.user(
            MODERATOR,
            () ->
                guidelines.comment(
                    CENTRE,
                    draft.id(),
                    training.id(),
                    "regular supervision",
                    "Could we also say that supervision covers the wellbeing of the people"
                        + " answering calls, not only the quality of the answers?"));
    actAs.user(
        MEMBER,
        () -> {
          GuidelineView current = guidelines.find(CENTRE, draft.id());
          guidelines.editSection(
              CENTRE,
              draft.id(),
              current.version(),
              training.id(),
              new SectionInput(
                  null,
                  training.heading(),
                  "Everyone who answers calls should be trained before taking calls: victims'"
                      + " rights, active listening, risk assessment and referral.\n"
                      + "They should have regular supervision afterwards, which also looks after"
                      + " their own wellbeing."));
          return guidelines.resolve(CENTRE, draft.id(), comment.id(), true);
        });
    actAs.user(
        MODERATOR,
        () -> {
          GuidelineView current = guidelines.find(CENTRE, draft.id());
          GuidelineView adopted = guidelines.adopt(CENTRE, draft.id(), current.version(), true);
          return guidelines.publish(CENTRE, draft.id(), adopted.version(), Visibility.PUBLIC);
        });
  }

  private void outOfHours() {
    GuidelineView draft =
        actAs.user(
            MEMBER,
            () ->
                guidelines.create(
                    CENTRE,
                    new GuidelineDetails(
                        GuidelineKind.GUIDELINE,
                        "Handling calls outside opening hours",
                        "What callers to a victims' helpline hear and can do when they call"
                            + " outside its opening hours.",
                        "en"),
                    List.of(
                        new SectionInput(
                            null,
                            "Recorded message",
                            "The recorded message gives the opening hours, the emergency number"
                                + " 112 for immediate danger, and where to find information"
                                + " online.\n\n"
                                + "It is short and recorded in the main languages of the"
                                + " helpline."),
                        new SectionInput(
                            null,
                            "Call-back requests",
                            "Where a helpline offers call-backs, it says when the caller can"
                                + " expect to be called back.\n"
                                + "It never leaves a message on a voicemail unless the caller"
                                + " has agreed to it."),
                        new SectionInput(
                            null,
                            "Sharing out-of-hours cover",
                            "Members may agree to answer each other's calls outside their"
                                + " opening hours. They agree in writing beforehand on what"
                                + " the partner helpline needs to know and how callers are"
                                + " referred back."))));
    GuidelineView inReview =
        actAs.user(
            MEMBER,
            () ->
                guidelines.submit(
                    CENTRE, draft.id(), draft.version(), LocalDate.now(clock).plusDays(21)));
    SectionView callBack = inReview.sections().get(1);
    SectionView cover = inReview.sections().get(2);
    actAs.user(
        MODERATOR,
        () ->
            guidelines.comment(
                CENTRE,
                draft.id(),
                callBack.id(),
                "unless the caller has agreed to it",
                "Should we say how the caller gives this agreement? Some callers share a phone"
                    + " with the person who harmed them."));
    actAs.user(
        OTHER_MEMBER,
        () ->
            guidelines.comment(
                CENTRE,
                draft.id(),
                cover.id(),
                null,
                "It would help to list what the partner helpline needs, such as the referral"
                    + " directory and the languages offered."));
  }
}
