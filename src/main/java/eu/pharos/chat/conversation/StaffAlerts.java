package eu.pharos.chat.conversation;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells staff in the app that a conversation needs attention. A notification says only that and
 * links to the conversation: never a word the victim wrote, nor anything about them. Callers work
 * in the conversation's organisation's scope.
 */
@Component
class StaffAlerts {

  static final String CONCERN = "chat.notification.concern";
  static final String REPLY_DUE = "chat.notification.replyDue";

  private final Users users;
  private final Notifications notifications;

  StaffAlerts(Users users, Notifications notifications) {
    this.users = users;
    this.notifications = notifications;
  }

  /** A victim's words raised the priority: the organisation's supervisors and the advisor. */
  int concern(UUID organisationId, UUID conversationId, UUID advisorId) {
    List<UserView> staff = activeStaff(organisationId);
    Set<UUID> recipients = new LinkedHashSet<>(supervisors(staff));
    if (advisorId != null && isIn(staff, advisorId)) {
      recipients.add(advisorId);
    }
    return send(recipients, CONCERN, conversationId);
  }

  /** A written reply falls due: the advisor who has the conversation, or else the supervisors. */
  int replyDue(UUID organisationId, UUID conversationId, UUID advisorId) {
    List<UserView> staff = activeStaff(organisationId);
    Set<UUID> recipients =
        advisorId != null && isIn(staff, advisorId) ? Set.of(advisorId) : supervisors(staff);
    return send(recipients, REPLY_DUE, conversationId);
  }

  private int send(Set<UUID> recipients, String messageKey, UUID conversationId) {
    for (UUID recipient : recipients) {
      notifications.notify(recipient, messageKey, List.of(), "/app/chat/" + conversationId);
    }
    return recipients.size();
  }

  private List<UserView> activeStaff(UUID organisationId) {
    // Filtered by organisation as well: in the system scope the list holds every organisation's.
    return users.inMyOrganisation().stream()
        .filter(user -> organisationId.equals(user.organisationId()))
        .filter(user -> user.status() == UserStatus.ACTIVE)
        .toList();
  }

  private static Set<UUID> supervisors(List<UserView> staff) {
    Set<UUID> ids = new LinkedHashSet<>();
    staff.stream()
        .filter(user -> user.roles().contains(Role.SUPERVISOR))
        .forEach(user -> ids.add(user.id()));
    return ids;
  }

  private static boolean isIn(List<UserView> staff, UUID userId) {
    return staff.stream().anyMatch(user -> user.id().equals(userId));
  }
}
