package eu.pharos.identity;

import java.util.UUID;

public class UserNotFound extends RuntimeException {

  private UserNotFound(String message) {
    super(message);
  }

  public static UserNotFound forId(UUID id) {
    return new UserNotFound("No user " + id);
  }
}
