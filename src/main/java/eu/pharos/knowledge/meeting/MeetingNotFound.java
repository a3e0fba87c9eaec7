package eu.pharos.knowledge.meeting;

import eu.pharos.shared.RecordNotFound;
import java.util.UUID;

/** A meeting (or a part of one) that does not exist or that the caller may not see. */
public class MeetingNotFound extends RecordNotFound {

  MeetingNotFound(UUID id) {
    super("no meeting part " + id);
  }
}
