package eu.pharos.network.engagement;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the secretariat about overdue follow-up actions: one in-app notification per action and per
 * day to every active secretariat user and network administrator.
 */
@Service
class OverdueReminders {

  static final String MESSAGE = "engagements.reminder.overdue";
  private static final Set<Role> RECIPIENTS = Set.of(Role.SECRETARIAT, Role.NETWORK_ADMIN);
  private static final int MAX_ARG = 150;

  private final EngagementRepository engagements;
  private final Users users;
  private final Notifications notifications;
  private final TransactionTemplate transactions;

  OverdueReminders(
      EngagementRepository engagements,
      Users users,
      Notifications notifications,
      TransactionTemplate transactions) {
    this.engagements = engagements;
    this.users = users;
    this.notifications = notifications;
    this.transactions = transactions;
  }

  /**
   * Sends today's reminders; returns how many actions were reminded. Runs in the system scope: the
   * recipients belong to whichever organisation runs the secretariat.
   */
  int send(LocalDate today) {
    return TenantContext.runAsSystem(
        () -> transactions.execute(status -> remind(today)).intValue());
  }

  private Integer remind(LocalDate today) {
    List<UUID> recipients =
        users.inMyOrganisation().stream()
            .filter(user -> user.status() == UserStatus.ACTIVE)
            .filter(user -> user.roles().stream().anyMatch(RECIPIENTS::contains))
            .map(UserView::id)
            .toList();
    int reminded = 0;
    for (Engagement engagement : engagements.withActionsDueBefore(FollowUpStatus.OPEN, today)) {
      for (FollowUpAction action : engagement.actions()) {
        if (!action.needsReminderOn(today)) {
          continue;
        }
        for (UUID recipient : recipients) {
          notifications.notify(
              recipient,
              MESSAGE,
              List.of(
                  shorten(action.description()),
                  shorten(engagement.title()),
                  action.dueOn().toString()),
              "/app/network/engagements/" + engagement.id());
        }
        action.remindedOn(today);
        reminded++;
      }
    }
    return reminded;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ARG ? text : text.substring(0, MAX_ARG - 1) + "…";
  }
}
