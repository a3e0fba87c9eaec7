package eu.pharos.network.exchange;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

class ImportNotFound extends RecordNotFound {

  ImportNotFound(UUID id) {
    super("directory import " + id);
  }
}
