package eu.pharos.standards.cycle;

import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.StandardsAccess.Access;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkNotFound;
import eu.pharos.standards.framework.FrameworkStatus;
import eu.pharos.standards.framework.FrameworkTree;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening cycles and reading them: the hub of the module, which the stage-specific services
 * (self-assessment, evaluation, improvement plan, decision) build on.
 */
@Service
@Transactional
public class Cycles {

  private final CycleRepository cycles;
  private final StandardsAccess access;
  private final FrameworkCatalogue catalogue;
  private final Organisations organisations;
  private final StandardsPeople people;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Cycles(
      CycleRepository cycles,
      StandardsAccess access,
      FrameworkCatalogue catalogue,
      Organisations organisations,
      StandardsPeople people,
      Notifications notifications,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cycles = cycles;
    this.access = access;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.people = people;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens a cycle. Refused for an organisation that is not a member, a framework that is not
   * adopted, a due date in the past, or a member that already has a cycle under way.
   */
  public CycleSummary open(OpenCycle command) {
    access.requireSecretariat();
    Instant now = clock.instant();
    List<InvalidInput.Problem> problems = new ArrayList<>();
    OrganisationView organisation =
        command.organisationId() == null
            ? null
            : organisations.find(command.organisationId()).orElse(null);
    if (organisation == null || organisation.kind() != OrganisationKind.MEMBER) {
      problems.add(InvalidInput.Problem.of("organisationId", "standards.cycle.error.member"));
    } else if (cycles.findByOrganisationIdOrderByOpenedAtDesc(organisation.id()).stream()
        .anyMatch(c -> c.stage() != CycleStage.DECIDED)) {
      problems.add(InvalidInput.Problem.of("organisationId", "standards.cycle.error.under-way"));
    }
    FrameworkTree framework = null;
    try {
      framework = command.frameworkId() == null ? null : catalogue.tree(command.frameworkId());
    } catch (FrameworkNotFound notFound) {
      framework = null;
    }
    if (framework == null || framework.status() != FrameworkStatus.ADOPTED) {
      problems.add(InvalidInput.Problem.of("frameworkId", "standards.cycle.error.framework"));
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    if (command.selfAssessmentDue() != null && command.selfAssessmentDue().isBefore(today)) {
      problems.add(InvalidInput.Problem.of("selfAssessmentDue", "standards.cycle.error.due-past"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID previous =
        cycles.findByOrganisationIdOrderByOpenedAtDesc(organisation.id()).stream()
            .findFirst()
            .map(Cycle::id)
            .orElse(null);
    Cycle cycle =
        new Cycle(
            reference(organisation, today),
            organisation.id(),
            framework.id(),
            command.selfAssessmentDue(),
            previous,
            now,
            access.currentUserId());
    cycle.markPilot(command.pilot());
    cycles.save(cycle);
    events.publishEvent(
        new CycleStageChanged(cycle.id(), cycle.organisationId(), cycle.stage().name(), now));
    String link = "/app/standards/cycles/" + cycle.id();
    String label = framework.label(framework.languages().get(0));
    people
        .qualityStaff(organisation.id())
        .forEach(
            user ->
                notifications.notify(user.id(), "standards.notice.opened", List.of(label), link));
    return summary(access.read(cycle.id()));
  }

  /** A cycle as the caller sees it. */
  @Transactional(readOnly = true)
  public CycleSummary get(UUID cycleId) {
    return summary(access.read(cycleId));
  }

  /** Cycles the caller may see, newest first. */
  @Transactional(readOnly = true)
  public List<CycleSummary> visible() {
    Map<UUID, OrganisationView> orgs =
        organisations.all().stream()
            .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    return access.visible().stream()
        .map(visible -> summary(visible.cycle(), visible.parties(), orgs))
        .toList();
  }

  /** Member organisations the secretariat may open a cycle for. */
  @Transactional(readOnly = true)
  public List<OrganisationView> members() {
    return organisations.all().stream()
        .filter(org -> org.kind() == OrganisationKind.MEMBER)
        .sorted(java.util.Comparator.comparing(OrganisationView::name))
        .toList();
  }

  CycleSummary summary(Access access) {
    Map<UUID, OrganisationView> orgs =
        organisations.find(access.cycle().organisationId()).stream()
            .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    return summary(access.cycle(), access.parties(), orgs);
  }

  private CycleSummary summary(
      Cycle cycle, java.util.Set<Party> parties, Map<UUID, OrganisationView> orgs) {
    OrganisationView org = orgs.get(cycle.organisationId());
    FrameworkTree framework = catalogue.tree(cycle.frameworkId());
    return new CycleSummary(
        cycle.id(),
        cycle.reference(),
        cycle.organisationId(),
        org == null ? "" : org.name(),
        org == null ? "" : org.countryCode(),
        framework.id(),
        framework.name(),
        framework.version(),
        cycle.stage(),
        cycle.pilot(),
        cycle.selfAssessmentDue(),
        cycle.openedAt(),
        cycle.submittedAt(),
        cycle.evaluationStartedAt(),
        cycle.reportedAt(),
        cycle.decidedAt(),
        parties,
        cycle.rowVersion());
  }

  private String reference(OrganisationView organisation, LocalDate today) {
    String prefix = organisation.shortName() + "-" + today.getYear() + "-";
    return prefix + (cycles.countByReferenceStartingWith(prefix) + 1);
  }
}
