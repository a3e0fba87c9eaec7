package eu.pharos.network.engagement;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.NewFollowUpAction;
import eu.pharos.shared.command.CommandRunner;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the capacity-building log of the demo network with the engagements that Victim Support
 * Europe's 2018 article describes. Where the article gives only a month or a year, the dates span
 * it and the notes say so. One follow-up action is overdue, so the reminder shows on first start.
 */
@Component
@Order(30)
class DemoEngagements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);
  private static final String SOURCE =
      "Source: Victim Support Europe, \"VSE building capacities and sharing knowledge\","
          + " 16 February 2018.";

  private final EngagementRepository engagements;
  private final Organisations organisations;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ZoneId zone;
  private final boolean enabled;

  DemoEngagements(
      EngagementRepository engagements,
      Organisations organisations,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone,
      @Value("${pharos.demo}") boolean enabled) {
    this.engagements = engagements;
    this.organisations = organisations;
    this.transactions = transactions;
    this.clock = clock;
    this.zone = zone;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    TenantContext.runAsSystem(
        () ->
            transactions.executeWithoutResult(
                status -> {
                  if (engagements.count() == 0) {
                    seed();
                  }
                }));
  }

  private void seed() {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock.withZone(zone));

    Engagement helplines =
        save(
            EngagementKind.MEETING,
            "PT",
            "Centre of Excellence on European helplines (116 006)",
            "APAV",
            "Lisbon",
            participants("APAV", "WR-DE", "WR-AT", "HR-VWSS", "CVH-IE", "BKB", "OFFER-DK", "RIKU"),
            null,
            LocalDate.of(2017, 10, 19),
            LocalDate.of(2017, 10, 20),
            "Members running a free helpline for victims of crime discussed technical,"
                + " organisational and policy issues of their 116 006 lines. "
                + SOURCE,
            "In-depth comparison of how 116 006 lines are run; common recommendations and goals"
                + " discussed.",
            now);
    helplines.addAction(
        new NewFollowUpAction(
            "Circulate the common recommendations on running 116 006 lines",
            "Secretariat",
            organisationId("VSE"),
            today.plusDays(30)),
        null,
        now);

    save(
        EngagementKind.WORKSHOP,
        "DE",
        "Supporting at a distance workshop",
        "WR-DE",
        "Mainz",
        Set.of(organisationId("WR-DE")),
        null,
        LocalDate.of(2017, 9, 1),
        LocalDate.of(2017, 9, 30),
        "Six working groups on the technical implementation of online advice, quality assurance,"
            + " selection and training of advisors, blended counselling and social media. The"
            + " article gives the month only. "
            + SOURCE,
        null,
        now);

    save(
        EngagementKind.STUDY_VISIT,
        "FR",
        "Study visit and workshop at France Victimes",
        "FV",
        "Paris",
        Set.of(organisationId("FV")),
        "French government; a delegation of nine members",
        LocalDate.of(2017, 10, 1),
        LocalDate.of(2017, 10, 31),
        "Two days at the end of October, including the local office in the Paris courthouse. The"
            + " article gives no exact days. "
            + SOURCE,
        "Participants translated what they learnt to their own context in a closing workshop.",
        now);

    save(
        EngagementKind.TECHNICAL_VISIT,
        "FR",
        "First technical visit on the victim support standards",
        "FV",
        null,
        Set.of(organisationId("FV")),
        null,
        LocalDate.of(2017, 1, 1),
        LocalDate.of(2017, 12, 31),
        "Informed the process and content of the standards. The article gives the year only. "
            + SOURCE,
        null,
        now);

    Engagement pilot =
        save(
            EngagementKind.PILOT_EVALUATION,
            "HR",
            "Pilot evaluation against the nine victim support standards",
            "BIJELI-KRUG",
            null,
            Set.of(organisationId("BIJELI-KRUG")),
            null,
            LocalDate.of(2017, 1, 1),
            LocalDate.of(2017, 12, 31),
            "Second technical visit: an in-depth pilot evaluation with Bijeli Krug, the full"
                + " member in Croatia. The article gives the year only. "
                + SOURCE,
            "Bijeli Krug underwent a first evaluation of the nine standards and will put the"
                + " necessary changes in place.",
            now);
    pilot.addAction(
        new NewFollowUpAction(
            "Review the improvements Bijeli Krug made after the pilot evaluation",
            "Secretariat",
            organisationId("BIJELI-KRUG"),
            today.minusDays(14)),
        null,
        now);
    FollowUpAction report =
        pilot.addAction(
            new NewFollowUpAction(
                "Share the pilot evaluation report with Bijeli Krug",
                "Secretariat",
                null,
                today.minusDays(60)),
            null,
            now);
    pilot.setActionStatus(report, FollowUpStatus.DONE, null, now);

    save(
        EngagementKind.CAPACITY_BUILDING_VISIT,
        "IT",
        "Visit to members and partners in Italy",
        null,
        null,
        Set.of(),
        "VSE President João Lázaro; members and partners in Italy",
        LocalDate.of(2017, 1, 1),
        LocalDate.of(2017, 12, 31),
        "Supported the setting up of a network of victim support services. The article gives the"
            + " year only. "
            + SOURCE,
        null,
        now);

    save(
        EngagementKind.DELEGATION_RECEIVED,
        "BG",
        "Delegation of the Bulgarian and Romanian judiciary",
        "VSE",
        null,
        Set.of(),
        "Bulgarian judiciary; Romanian judiciary",
        LocalDate.of(2017, 1, 1),
        LocalDate.of(2017, 12, 31),
        "Knowledge and expertise shared on victim support services and victims' rights. The"
            + " article gives the year only. "
            + SOURCE,
        null,
        now);

    save(
        EngagementKind.CAPACITY_BUILDING_VISIT,
        "GR",
        "Work with Greek partners on support for victims of crime",
        null,
        null,
        Set.of(),
        "VSE President João Lázaro; Greek partners",
        LocalDate.of(2017, 1, 1),
        LocalDate.of(2017, 12, 31),
        "Little evolution in national support for all victims; partnerships give hope for slow"
            + " but steady improvement. The article gives the year only. "
            + SOURCE,
        null,
        now);
    log.info("Seeded the demo capacity-building log");
  }

  private Engagement save(
      EngagementKind kind,
      String country,
      String title,
      String host,
      String hostName,
      Set<UUID> participants,
      String others,
      LocalDate start,
      LocalDate end,
      String notes,
      String outcomes,
      Instant now) {
    Engagement engagement =
        new Engagement(
            new EngagementDetails(
                kind,
                country,
                title,
                host == null ? null : organisationId(host),
                hostName,
                participants,
                others,
                start,
                end,
                notes,
                outcomes),
            null,
            now);
    return engagements.save(engagement);
  }

  private Set<UUID> participants(String... shortNames) {
    Set<UUID> ids = new LinkedHashSet<>();
    Arrays.stream(shortNames).map(this::organisationId).forEach(ids::add);
    return ids;
  }

  private UUID organisationId(String shortName) {
    return organisations
        .findByShortName(shortName)
        .map(OrganisationView::id)
        .orElseThrow(
            () -> new IllegalStateException("Demo organisation " + shortName + " missing"));
  }
}
