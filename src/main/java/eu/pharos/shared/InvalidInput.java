package eu.pharos.shared;

import java.util.List;

/**
 * Input that a facade refuses whole, with every problem found: nothing was stored. Pages show each
 * message beside its field; the API answers a 400 {@code validation-failed} problem that lists
 * them. Modules extend it with their own exception types.
 */
public class InvalidInput extends RuntimeException {

  /**
   * One problem.
   *
   * @param field the field at fault as the form and the API name it; null for the whole input
   * @param messageKey key of the message in the bundles
   * @param arguments arguments of the message
   */
  public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
      return new Problem(field, messageKey, List.of(arguments));
    }
  }

  private final List<Problem> problems;

  public InvalidInput(List<Problem> problems) {
    super("invalid input: " + problems.stream().map(Problem::messageKey).toList());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public static InvalidInput of(String field, String messageKey, Object... arguments) {
    return new InvalidInput(List.of(Problem.of(field, messageKey, arguments)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
