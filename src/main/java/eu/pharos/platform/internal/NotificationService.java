package eu.pharos.platform.internal;

import eu.pharos.platform.NotificationNotFound;
import eu.pharos.platform.NotificationView;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NotificationService implements Notifications {

  static final int MAX_ARGS = 10;
  static final int MAX_ARG_LENGTH = 150;

  private final NotificationRepository notifications;
  private final Clock clock;

  NotificationService(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void notify(UUID userId, String messageKey, List<String> args, String link) {
    Objects.requireNonNull(userId, "userId");
    if (messageKey == null || messageKey.isBlank() || messageKey.length() > 200) {
      throw new IllegalArgumentException("A notification needs a message key of 1-200 characters");
    }
    List<String> safeArgs = args == null ? List.of() : args;
    if (safeArgs.size() > MAX_ARGS
        || safeArgs.stream().anyMatch(a -> a == null || a.length() > MAX_ARG_LENGTH)) {
      throw new IllegalArgumentException(
          "At most " + MAX_ARGS + " non-null arguments of " + MAX_ARG_LENGTH + " characters");
    }
    if (link != null && !isLocalPath(link)) {
      throw new IllegalArgumentException("A notification links only to a path within Pharos");
    }
    notifications.save(new Notification(userId, messageKey, safeArgs, link, Instant.now(clock)));
  }

  /** A path on this site: no scheme, no other host, nothing a browser would run. */
  static boolean isLocalPath(String link) {
    return link.length() <= 500
        && link.startsWith("/")
        && !link.startsWith("//")
        && !link.startsWith("/\\")
        && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  @Override
  public long unreadCount(UUID userId) {
    return notifications.countByUserIdAndReadAtIsNull(userId);
  }

  @Override
  public List<NotificationView> mine() {
    return notifications.findTop200ByUserIdOrderByCreatedAtDescIdDesc(me()).stream()
        .map(Notification::view)
        .toList();
  }

  @Override
  @Transactional
  public void markRead(UUID notificationId) {
    notifications
        .findByIdAndUserId(notificationId, me())
        .orElseThrow(() -> NotificationNotFound.forId(notificationId))
        .markRead(Instant.now(clock));
  }

  @Override
  @Transactional
  public int markAllRead() {
    return notifications.markAllRead(me(), Instant.now(clock));
  }

  /** Deletes notifications that were read before {@code cutoff}; unread ones stay. */
  @Transactional
  int deleteReadBefore(Instant cutoff) {
    return notifications.deleteReadBefore(cutoff);
  }

  private static UUID me() {
    return TenantContext.currentUser()
        .map(StaffUser::userId)
        .orElseThrow(() -> new AccessDeniedException("Notifications need a signed-in user"));
  }
}
