package eu.pharos.network.directory.web;

import eu.pharos.network.MemberView;
import java.time.Instant;
import java.util.Set;

/** Whether a member, or one of its helplines (which answer on holidays too), is open. */
final class OpenNow {

  private OpenNow() {}

  static boolean at(MemberView member, Instant at) {
    return member.openStateAt(at).open()
        || member.helplines().stream()
            .anyMatch(h -> h.hours().stateAt(at, member.timeZone(), Set.of()).open());
  }
}
