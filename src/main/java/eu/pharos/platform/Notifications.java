package eu.pharos.platform;

import java.util.List;
import java.util.UUID;

/**
 * Short messages to one staff user, shown on their notifications page and counted in the header.
 * Any module may notify; reading and marking concern only the signed-in user's own notifications.
 */
public interface Notifications {

  /**
   * Leaves a notification for a user. The text is the message {@code messageKey} with {@code args},
   * rendered in the reader's language when they read it, so args must not hold a victim's personal
   * data.
   *
   * @param link where the notification leads, a path within Pharos (such as {@code /app/cases/…}),
   *     or null
   */
  void notify(UUID userId, String messageKey, List<String> args, String link);

  long unreadCount(UUID userId);

  /** The signed-in user's notifications, newest first. */
  List<NotificationView> mine();

  /**
   * Marks one of the signed-in user's notifications read.
   *
   * @throws NotificationNotFound for an unknown id or another user's notification
   */
  void markRead(UUID notificationId);

  /** Marks all the signed-in user's notifications read; returns how many were unread. */
  int markAllRead();
}
