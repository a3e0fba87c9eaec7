package eu.pharos.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record NotificationView(
    UUID id, String messageKey, List<String> args, String link, Instant createdAt, Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
