package eu.pharos.identity;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

public class UserNotFound extends RecordNotFound {

  private UserNotFound(String message) {
    super(message);
  }

  public static UserNotFound forId(UUID id) {
    return new UserNotFound("No user " + id);
  }
}
