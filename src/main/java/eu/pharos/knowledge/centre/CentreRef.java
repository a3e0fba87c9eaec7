package eu.pharos.knowledge.centre;

import java.util.List;
import java.util.UUID;

/**
 * A centre and how the caller stands to it: what every page and service of a centre's content
 * starts from.
 */
public record CentreRef(
    UUID id, String slug, String name, List<String> languages, Standing standing) {

  public boolean maySee(Visibility visibility) {
    return standing.maySee(visibility);
  }

  public boolean isMember() {
    return standing.atLeast(Standing.MEMBER);
  }

  public boolean isModerator() {
    return standing == Standing.MODERATOR;
  }
}
