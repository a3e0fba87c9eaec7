package eu.pharos.identity;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

public class ApiTokenNotFound extends RecordNotFound {

  private ApiTokenNotFound(String message) {
    super(message);
  }

  public static ApiTokenNotFound forId(UUID id) {
    return new ApiTokenNotFound("No active API token " + id + " of the current user");
  }
}
