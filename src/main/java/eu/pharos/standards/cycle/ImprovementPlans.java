package eu.pharos.standards.cycle;

import eu.pharos.identity.UserView;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.cycle.StandardsAccess.Access;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement plan of a cycle: once the evaluation report is complete, the member (or the
 * secretariat for it) plans actions for the indicators not fully met, gives each an owner and a due
 * date, and records their progress up to the evidence that each is done. The evaluators read the
 * plan. The plan stays open after the decision, as conditions are often met through it.
 */
@Service
@Transactional
public class ImprovementPlans {

  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_OWNER_NAME = 200;
  static final int MAX_EVIDENCE = 4000;

  private static final Set<CycleStage> OPEN_STAGES =
      EnumSet.of(CycleStage.IMPROVEMENT, CycleStage.DECIDED);

  private final ImprovementActionRepository actions;
  private final FindingRepository findings;
  private final StandardsAccess access;
  private final Cycles cycles;
  private final FrameworkCatalogue catalogue;
  private final StandardsPeople people;
  private final Notifications notifications;
  private final Clock clock;
  private final ZoneId zone;

  ImprovementPlans(
      ImprovementActionRepository actions,
      FindingRepository findings,
      StandardsAccess access,
      Cycles cycles,
      FrameworkCatalogue catalogue,
      StandardsPeople people,
      Notifications notifications,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.actions = actions;
    this.findings = findings;
    this.access = access;
    this.cycles = cycles;
    this.catalogue = catalogue;
    this.people = people;
    this.notifications = notifications;
    this.clock = clock;
    this.zone = zone;
  }

  /** The plan as the caller sees it: the member, the secretariat and the cycle's evaluators. */
  @Transactional(readOnly = true)
  public PlanView view(UUID cycleId) {
    Access seen = access.read(cycleId).require(Party.MEMBER, Party.SECRETARIAT, Party.EVALUATOR);
    Cycle cycle = seen.cycle();
    LocalDate today = today();
    FrameworkTree framework = catalogue.tree(cycle.frameworkId());
    Map<UUID, FindingResult> results =
        findings.findByCycleId(cycleId).stream()
            .filter(f -> f.result() != null)
            .collect(Collectors.toMap(Finding::indicatorId, Finding::result));
    List<ActionView> all =
        actions.findByCycleIdOrderByDueOnAscCreatedAtAsc(cycleId).stream()
            .map(a -> view(a, today))
            .toList();
    Map<UUID, List<ActionView>> byIndicator =
        all.stream().collect(Collectors.groupingBy(ActionView::indicatorId));
    List<PlanView.PlanIndicator> indicators = new ArrayList<>();
    for (IndicatorNode node : framework.indicators()) {
      FindingResult result = results.get(node.id());
      List<ActionView> its = byIndicator.getOrDefault(node.id(), List.of());
      boolean notMet = result == FindingResult.NOT_MET || result == FindingResult.PARTLY_MET;
      if (notMet || !its.isEmpty()) {
        indicators.add(
            new PlanView.PlanIndicator(node.id(), node.code(), node.title(), result, its));
      }
    }
    boolean canChange =
        (seen.is(Party.MEMBER) || seen.is(Party.SECRETARIAT))
            && OPEN_STAGES.contains(cycle.stage());
    List<PlanView.Owner> owners =
        canChange
            ? people.qualityStaff(cycle.organisationId()).stream()
                .map(u -> new PlanView.Owner(u.id(), u.displayName()))
                .toList()
            : List.of();
    int done = (int) all.stream().filter(a -> a.status() == ActionStatus.DONE).count();
    int overdue = (int) all.stream().filter(ActionView::overdue).count();
    return new PlanView(
        cycles.summary(seen), indicators, done, all.size(), overdue, owners, canChange);
  }

  /** One action of the plan. */
  @Transactional(readOnly = true)
  public ActionView action(UUID cycleId, UUID actionId) {
    access.read(cycleId).require(Party.MEMBER, Party.SECRETARIAT, Party.EVALUATOR);
    return view(find(cycleId, actionId), today());
  }

  /**
   * Adds an action for an indicator found not met or partly met in this cycle. The owner, when a
   * user, is told.
   */
  public ActionView add(UUID cycleId, PlanAction input) {
    Access changing = changing(cycleId);
    Cycle cycle = changing.cycle();
    Owner owner = check(cycle, input, null);
    ImprovementAction action =
        new ImprovementAction(
            cycleId,
            input.indicatorId(),
            input.description().strip(),
            owner.userId(),
            owner.name(),
            input.dueOn(),
            clock.instant(),
            changing.userId());
    actions.saveAndFlush(action);
    tellOwner(cycle, action, changing.userId());
    return view(action, today());
  }

  /** Changes an action as of {@code version}; a new owner is told. */
  public ActionView edit(UUID cycleId, UUID actionId, PlanAction input, long version) {
    Access changing = changing(cycleId);
    ImprovementAction action = current(cycleId, actionId, version);
    Owner owner = check(changing.cycle(), input, action);
    UUID previousOwner = action.ownerUserId();
    action.edit(
        input.indicatorId(),
        input.description().strip(),
        owner.userId(),
        owner.name(),
        input.dueOn(),
        clock.instant(),
        changing.userId());
    actions.saveAndFlush(action);
    if (owner.userId() != null && !owner.userId().equals(previousOwner)) {
      tellOwner(changing.cycle(), action, changing.userId());
    }
    return view(action, today());
  }

  public ActionView start(UUID cycleId, UUID actionId, long version) {
    Access changing = changing(cycleId);
    ImprovementAction action = current(cycleId, actionId, version);
    action.start(clock.instant(), changing.userId());
    actions.saveAndFlush(action);
    return view(action, today());
  }

  /** Marks an action done; {@code evidence} says what shows it (required). */
  public ActionView complete(UUID cycleId, UUID actionId, String evidence, long version) {
    Access changing = changing(cycleId);
    ImprovementAction action = current(cycleId, actionId, version);
    if (evidence != null && evidence.strip().length() > MAX_EVIDENCE) {
      throw InvalidInput.of(
          "completionEvidence", "standards.plan.error.evidence-long", MAX_EVIDENCE);
    }
    action.complete(evidence, clock.instant(), changing.userId());
    actions.saveAndFlush(action);
    return view(action, today());
  }

  public ActionView reopen(UUID cycleId, UUID actionId, long version) {
    Access changing = changing(cycleId);
    ImprovementAction action = current(cycleId, actionId, version);
    action.reopen(clock.instant(), changing.userId());
    actions.saveAndFlush(action);
    return view(action, today());
  }

  private Access changing(UUID cycleId) {
    Access changing = access.change(cycleId).require(Party.MEMBER, Party.SECRETARIAT);
    if (!OPEN_STAGES.contains(changing.cycle().stage())) {
      throw InvalidInput.of(null, "standards.plan.error.stage");
    }
    return changing;
  }

  private ImprovementAction find(UUID cycleId, UUID actionId) {
    return (actionId == null ? Optional.<ImprovementAction>empty() : actions.findById(actionId))
        .filter(a -> a.cycleId().equals(cycleId))
        .orElseThrow(() -> CycleNotFound.forId(actionId));
  }

  private ImprovementAction current(UUID cycleId, UUID actionId, long version) {
    ImprovementAction action = find(cycleId, actionId);
    if (action.rowVersion() != version) {
      throw new ConcurrentChange(action.rowVersion(), view(action, today()));
    }
    return action;
  }

  private record Owner(UUID userId, String name) {}

  /**
   * Every problem of an action's input at once.
   *
   * @param existing the action being edited, whose unchanged past due date stays acceptable
   */
  private Owner check(Cycle cycle, PlanAction input, ImprovementAction existing) {
    List<InvalidInput.Problem> problems = new ArrayList<>();
    if (input.indicatorId() == null) {
      problems.add(InvalidInput.Problem.of("indicatorId", "standards.plan.error.indicator"));
    } else {
      FindingResult result =
          findings
              .findById(new CycleIndicator(cycle.id(), input.indicatorId()))
              .map(Finding::result)
              .orElse(null);
      if (result != FindingResult.NOT_MET && result != FindingResult.PARTLY_MET) {
        problems.add(InvalidInput.Problem.of("indicatorId", "standards.plan.error.indicator"));
      }
    }
    String description = input.description() == null ? "" : input.description().strip();
    if (description.isEmpty()) {
      problems.add(
          InvalidInput.Problem.of("description", "standards.plan.error.description-required"));
    } else if (description.length() > MAX_DESCRIPTION) {
      problems.add(
          InvalidInput.Problem.of(
              "description", "standards.plan.error.description-long", MAX_DESCRIPTION));
    }
    Owner owner = null;
    String name = input.ownerName() == null ? "" : input.ownerName().strip();
    if (input.ownerUserId() != null) {
      Optional<UserView> user =
          people.qualityStaff(cycle.organisationId()).stream()
              .filter(u -> u.id().equals(input.ownerUserId()))
              .findFirst();
      if (user.isEmpty()) {
        problems.add(InvalidInput.Problem.of("ownerUserId", "standards.plan.error.owner-unknown"));
      } else {
        owner = new Owner(user.get().id(), user.get().displayName());
      }
    } else if (name.isEmpty()) {
      problems.add(InvalidInput.Problem.of("ownerUserId", "standards.plan.error.owner-required"));
    } else if (name.length() > MAX_OWNER_NAME) {
      problems.add(
          InvalidInput.Problem.of("ownerName", "standards.plan.error.owner-long", MAX_OWNER_NAME));
    } else {
      owner = new Owner(null, name);
    }
    if (input.dueOn() == null) {
      problems.add(InvalidInput.Problem.of("dueOn", "standards.plan.error.due-required"));
    } else if (input.dueOn().isBefore(today())
        && (existing == null || !input.dueOn().equals(existing.dueOn()))) {
      problems.add(InvalidInput.Problem.of("dueOn", "standards.plan.error.due-past"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return owner;
  }

  private void tellOwner(Cycle cycle, ImprovementAction action, UUID by) {
    if (action.ownerUserId() == null || Objects.equals(action.ownerUserId(), by)) {
      return;
    }
    notifications.notify(
        action.ownerUserId(),
        "standards.plan.notice.assigned",
        List.of(shorten(action.description()), cycle.reference(), action.dueOn().toString()),
        "/app/standards/cycles/" + cycle.id() + "/plan");
  }

  static String shorten(String text) {
    return text.length() <= 150 ? text : text.substring(0, 149) + "…";
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  static ActionView view(ImprovementAction a, LocalDate today) {
    return new ActionView(
        a.id(),
        a.cycleId(),
        a.indicatorId(),
        a.description(),
        a.ownerUserId(),
        a.ownerName(),
        a.dueOn(),
        a.status(),
        a.completionEvidence(),
        a.completedAt(),
        a.updatedAt(),
        a.overdue(today),
        a.rowVersion());
  }
}
