package eu.pharos.standards.cycle;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standards module's daily reminders, as in-app notifications:
 *
 * <ul>
 *   <li>an improvement action due within {@value #BEFORE_DAYS} days, once, to its owner (or the
 *       member's administrators when the owner has no account) and the secretariat;
 *   <li>an overdue action, once a week while it stays undone, to the same people;
 *   <li>an accreditation ending within {@value #EXPIRY_DAYS} days, once, to the member's quality
 *       staff and the secretariat, so that the next cycle starts in time (the secretariat opens it
 *       from the standards hub, where the notification leads).
 * </ul>
 */
@Service
class StandardsReminders {

  static final int BEFORE_DAYS = 7;
  static final int OVERDUE_EVERY_DAYS = 7;
  static final int EXPIRY_DAYS = 90;

  private final ImprovementActionRepository actions;
  private final DecisionRepository decisions;
  private final CycleRepository cycles;
  private final StandardsPeople people;
  private final Organisations organisations;
  private final Notifications notifications;
  private final TransactionTemplate transactions;
  private final Clock clock;

  StandardsReminders(
      ImprovementActionRepository actions,
      DecisionRepository decisions,
      CycleRepository cycles,
      StandardsPeople people,
      Organisations organisations,
      Notifications notifications,
      TransactionTemplate transactions,
      Clock clock) {
    this.actions = actions;
    this.decisions = decisions;
    this.cycles = cycles;
    this.people = people;
    this.organisations = organisations;
    this.notifications = notifications;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** How many reminders of each kind one run sent. */
  record Sent(int before, int overdue, int expiry) {}

  /** Sends {@code today}'s reminders, in the system scope: recipients span organisations. */
  Sent send(LocalDate today) {
    return TenantContext.runAsSystem(() -> transactions.execute(status -> remind(today)));
  }

  private Sent remind(LocalDate today) {
    List<UUID> secretariat = people.secretariat().stream().map(UserView::id).toList();
    int before = 0;
    int overdue = 0;
    for (ImprovementAction action :
        actions.findByStatusNotAndDueOnLessThanEqualOrderByDueOnAsc(
            ActionStatus.DONE, today.plusDays(BEFORE_DAYS))) {
      Cycle cycle = cycles.findById(action.cycleId()).orElse(null);
      if (cycle == null) {
        continue;
      }
      String key;
      if (action.dueOn().isBefore(today)) {
        LocalDate last = action.remindedOverdueOn();
        if (last != null && last.isAfter(today.minusDays(OVERDUE_EVERY_DAYS))) {
          continue;
        }
        action.remindedOverdue(today);
        key = "standards.reminder.overdue";
        overdue++;
      } else {
        if (action.remindedBeforeOn() != null) {
          continue;
        }
        action.remindedBefore(today);
        key = "standards.reminder.due";
        before++;
      }
      Set<UUID> recipients = new LinkedHashSet<>(owners(cycle, action));
      recipients.addAll(secretariat);
      List<String> args =
          List.of(
              ImprovementPlans.shorten(action.description()),
              cycle.reference(),
              action.dueOn().toString());
      String link = "/app/standards/cycles/" + cycle.id() + "/plan";
      recipients.forEach(user -> notifications.notify(user, key, args, link));
    }
    int expiry = 0;
    for (Decision decision :
        decisions.findByValidUntilBetweenAndExpiryRemindedAtIsNull(
            today, today.plusDays(EXPIRY_DAYS))) {
      if (!decision.outcome().accredits()) {
        continue;
      }
      decision.expiryReminded(clock.instant());
      String name =
          organisations.find(decision.organisationId()).map(OrganisationView::name).orElse("");
      Set<UUID> recipients = new LinkedHashSet<>();
      people.qualityStaff(decision.organisationId()).forEach(u -> recipients.add(u.id()));
      recipients.addAll(secretariat);
      List<String> args = List.of(name, decision.validUntil().toString());
      recipients.forEach(
          user -> notifications.notify(user, "standards.reminder.expiry", args, "/app/standards"));
      expiry++;
    }
    return new Sent(before, overdue, expiry);
  }

  /** The action's owner, or the member's administrators when the owner has no active account. */
  private List<UUID> owners(Cycle cycle, ImprovementAction action) {
    if (action.ownerUserId() != null) {
      boolean active =
          people
              .user(cycle.organisationId(), action.ownerUserId())
              .filter(user -> user.status() == UserStatus.ACTIVE)
              .isPresent();
      if (active) {
        return List.of(action.ownerUserId());
      }
    }
    return people.of(cycle.organisationId(), Set.of(Role.ORG_ADMIN)).stream()
        .map(UserView::id)
        .toList();
  }
}
