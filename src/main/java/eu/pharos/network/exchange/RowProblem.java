package eu.pharos.network.exchange;

import java.util.List;

/**
 * Why one value of an imported file was rejected: the line of the file (for JSON, the position of
 * the member, from 1), the column or property, and the reason as a message key with its arguments
 * so that the report is shown in the reader's language.
 */
public record RowProblem(int line, String field, String messageKey, List<String> arguments) {

  static RowProblem of(int line, String field, String messageKey, Object... arguments) {
    return new RowProblem(
        line, field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }

  /** A problem of the whole file rather than of a row (line 0). */
  static RowProblem ofFile(String messageKey, Object... arguments) {
    return of(0, "", messageKey, arguments);
  }
}
