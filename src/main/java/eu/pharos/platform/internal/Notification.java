package eu.pharos.platform.internal;

import eu.pharos.platform.NotificationView;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message for one user. Scoped by user rather than by organisation: it is only ever read by the
 * user it is for, and the modules that write it may not know the user's organisation.
 */
@Entity
@Table(name = "platform_notification")
class Notification {

  @Id private UUID id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "message_key", nullable = false, updatable = false)
  private String messageKey;

  @Convert(converter = StringListConverter.class)
  @Column(nullable = false, updatable = false)
  private List<String> args;

  @Column(updatable = false)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  Notification(UUID userId, String messageKey, List<String> args, String link, Instant now) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.messageKey = messageKey;
    this.args = List.copyOf(args);
    this.link = link;
    this.createdAt = now;
  }

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  NotificationView view() {
    return new NotificationView(id, messageKey, args, link, createdAt, readAt);
  }
}
