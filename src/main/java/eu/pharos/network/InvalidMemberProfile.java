package eu.pharos.network;

import java.util.List;

/** A profile change with invalid fields; nothing was stored. Lists every problem found. */
public class InvalidMemberProfile extends RuntimeException {

  private final transient List<ProfileProblem> problems;

  public InvalidMemberProfile(List<ProfileProblem> problems) {
    super(problems.size() + " invalid field(s), first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  public List<ProfileProblem> problems() {
    return problems;
  }
}
