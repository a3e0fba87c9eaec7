package eu.pharos.platform;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

public class StoredFileNotFound extends RecordNotFound {

  private StoredFileNotFound(String message) {
    super(message);
  }

  public static StoredFileNotFound forId(UUID id) {
    return new StoredFileNotFound("No stored file " + id);
  }
}
