package eu.pharos.knowledge.demo;

import eu.pharos.identity.ActAs;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreDetails;
import eu.pharos.knowledge.centre.CentreView;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.JoinPolicy;
import eu.pharos.knowledge.centre.MemberRole;
import eu.pharos.knowledge.centre.MemberView;
import eu.pharos.shared.command.CommandRunner;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The three Centres of Excellence the network set up in 2017, made through the services as the
 * secretariat and the members would: European Helplines (led by APAV, which hosted the Lisbon
 * meeting; the members running a 116 006 line joined it), Distant Support (led by Weisser Ring
 * Germany, which organised the Mainz workshop) and EU Legislation Monitoring (led by the
 * secretariat). The content of each (practices, documents, guidelines, meetings, discussions) is
 * added by the demo of each part, which runs after this one. Only when the demo network is seeded,
 * once.
 */
@Component
@Order(90)
class DemoKnowledge implements ApplicationRunner {

  /** Short names of the demo centres, for the demo of each part of the module. */
  static final String HELPLINES = "european-helplines";

  static final String DISTANT_SUPPORT = "distant-support";
  static final String LEGISLATION = "eu-legislation-monitoring";

  static final String SECRETARIAT = "secretariat@pharos.test";

  private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);

  private final Centres centres;
  private final Organisations organisations;
  private final ActAs actAs;
  private final JdbcTemplate jdbc;
  private final boolean enabled;

  DemoKnowledge(
      Centres centres,
      Organisations organisations,
      ActAs actAs,
      JdbcTemplate jdbc,
      @Value("${pharos.demo}") boolean enabled) {
    this.centres = centres;
    this.organisations = organisations;
    this.actAs = actAs;
    this.jdbc = jdbc;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from knowledge_centre", Integer.class);
    if ((existing != null && existing > 0) || organisation("APAV").isEmpty()) {
      return;
    }
    CentreView helplines =
        open(
            "European Helplines",
            "European helplines for victims of crime (116 006)",
            "Members running a free helpline for victims of crime, most of them on the EU-wide"
                + " 116 006 number, share how they run it: technical, organisational and policy"
                + " issues, commonalities and differences, and common recommendations and goals.",
            List.of("en", "pt", "de"),
            "APAV",
            JoinPolicy.ON_REQUEST);
    for (String member :
        List.of("WR-DE", "WR-AT", "HR-VWSS", "CVH-IE", "BKB", "OFFER-DK", "RIKU")) {
      inviteAndAccept(helplines.slug(), member);
    }
    moderator(helplines.slug(), "orgadmin.apav@pharos.test");

    CentreView distant =
        open(
            "Distant Support",
            "Supporting victims at a distance: chat, written counselling, social media",
            "Members exchange views, knowledge and networks on online advice: its technical"
                + " implementation, quality assurance, the selection and training of advisors,"
                + " blended counselling and the growing importance of social media.",
            List.of("en", "de", "nl"),
            "WR-DE",
            JoinPolicy.OPEN);
    for (String member : List.of("APAV", "SAW", "SHN")) {
      inviteAndAccept(distant.slug(), member);
    }
    moderator(distant.slug(), "advisor.wr-de@pharos.test");
    actAs.user("advisor.saw@pharos.test", () -> centres.join(distant.slug(), null));

    CentreView legislation =
        open(
            "EU Legislation Monitoring",
            "Monitoring of EU legislation on victims of crime",
            "Members follow how the Victims' Rights Directive and related EU law are transposed"
                + " and applied in each country, and develop common policy positions.",
            List.of("en", "fr"),
            "VSE",
            JoinPolicy.INVITATION);
    for (String member : List.of("FV", "APAV")) {
      inviteAndAccept(legislation.slug(), member);
    }
    log.info(
        "Demo Centres of Excellence: {}, {}, {}",
        helplines.slug(),
        distant.slug(),
        legislation.slug());
  }

  private CentreView open(
      String name,
      String topic,
      String purpose,
      List<String> languages,
      String lead,
      JoinPolicy policy) {
    UUID leadId = organisation(lead).orElseThrow();
    return actAs.user(
        SECRETARIAT,
        () -> centres.open(new CentreDetails(name, topic, purpose, languages, leadId, policy)));
  }

  /** The secretariat adds a member organisation that agreed to take part. */
  private void inviteAndAccept(String slug, String shortName) {
    organisation(shortName)
        .ifPresent(id -> actAs.user(SECRETARIAT, () -> centres.addOrganisation(slug, id)));
  }

  /** The person joins in person and the secretariat makes them a moderator. */
  private void moderator(String slug, String email) {
    MemberView joined = actAs.user(SECRETARIAT, () -> centres.invitePerson(slug, email));
    actAs.user(
        email,
        () -> {
          centres.answerInvitation(slug, joined.id(), true);
          return null;
        });
    actAs.user(
        SECRETARIAT,
        () -> {
          centres.setRole(slug, joined.id(), MemberRole.MODERATOR);
          return null;
        });
  }

  private Optional<UUID> organisation(String shortName) {
    return organisations.findByShortName(shortName).map(o -> o.id());
  }
}
