package eu.pharos.platform;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

public class NotificationNotFound extends RecordNotFound {

  private NotificationNotFound(String message) {
    super(message);
  }

  public static NotificationNotFound forId(UUID id) {
    return new NotificationNotFound("No notification " + id + " for the current user");
  }
}
