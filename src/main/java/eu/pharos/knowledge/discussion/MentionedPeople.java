package eu.pharos.knowledge.discussion;

import eu.pharos.identity.Role;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.shared.InvalidInput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds whom a post mentions. A handle is the part of a person's e-mail address before its
 * {@code @}: unambiguous in the network and easy to type. Only members of the centre may be
 * mentioned, as only they could read the post; every other handle is refused by name.
 */
@Component
class MentionedPeople {

  private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);

  /** A person a post mentions. */
  record Mentioned(String handle, UUID userId, UUID organisationId, String displayName) {}

  private final Users users;
  private final CentreAccess access;

  MentionedPeople(Users users, CentreAccess access) {
    this.users = users;
    this.access = access;
  }

  /**
   * The people {@code text} mentions, each once.
   *
   * @throws InvalidInput on {@code field}, one problem per handle of nobody in the network or of
   *     someone who is not a member of the centre
   */
  List<Mentioned> in(UUID centreId, String text, String field) {
    Set<String> handles = PostText.handles(text);
    if (handles.isEmpty()) {
      return List.of();
    }
    Map<String, List<UserView>> byHandle = new LinkedHashMap<>();
    for (UserView user : users.activeWith(EVERY_ROLE)) {
      String handle = handleOf(user.email());
      if (handles.contains(handle)) {
        byHandle.computeIfAbsent(handle, h -> new ArrayList<>()).add(user);
      }
    }
    List<Mentioned> found = new ArrayList<>();
    List<InvalidInput.Problem> problems = new ArrayList<>();
    for (String handle : handles) {
      List<UserView> candidates = byHandle.getOrDefault(handle, List.of());
      if (candidates.isEmpty()) {
        problems.add(
            InvalidInput.Problem.of(
                field, "knowledge.discussions.error.mention-unknown", "@" + handle));
        continue;
      }
      UserView member =
          candidates.stream()
              .filter(u -> access.isMember(centreId, u.id(), u.organisationId()))
              .findFirst()
              .orElse(null);
      if (member == null) {
        problems.add(
            InvalidInput.Problem.of(
                field, "knowledge.discussions.error.mention-outsider", "@" + handle));
      } else {
        found.add(
            new Mentioned(handle, member.id(), member.organisationId(), member.displayName()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return found;
  }

  /** A person's handle: their e-mail address up to its {@code @}, lower-cased. */
  static String handleOf(String email) {
    int at = email.lastIndexOf('@');
    return (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
  }
}
