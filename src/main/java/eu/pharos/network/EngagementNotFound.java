package eu.pharos.network;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

public class EngagementNotFound extends RecordNotFound {

  private EngagementNotFound(String message) {
    super(message);
  }

  public static EngagementNotFound forId(UUID id) {
    return new EngagementNotFound("No engagement " + id);
  }
}
