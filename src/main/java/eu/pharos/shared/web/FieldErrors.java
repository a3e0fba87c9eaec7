package eu.pharos.shared.web;

import eu.pharos.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The messages of a refused form by the id of the field they belong to (the error summary links to
 * each), in the order the problems were found; two messages for one field are shown together.
 */
public final class FieldErrors {

  private FieldErrors() {}

  /**
   * @param fieldId the page's field id for a problem's field; a problem without a field, or one
   *     mapped to null, goes on {@code fallback}, the form's first field
   */
  public static Map<String, String> of(
      InvalidInput invalid,
      Function<String, String> fieldId,
      String fallback,
      MessageSource messages,
      Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    add(invalid, fieldId, fallback, messages, locale, errors);
    return errors;
  }

  /** As {@link #of}, adding to messages the form already has. */
  public static void add(
      InvalidInput invalid,
      Function<String, String> fieldId,
      String fallback,
      MessageSource messages,
      Locale locale,
      Map<String, String> errors) {
    for (InvalidInput.Problem problem : invalid.problems()) {
      String id = problem.field() == null ? null : fieldId.apply(problem.field());
      String text =
          messages.getMessage(
              problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
      errors.merge(id == null ? fallback : id, text, (a, b) -> a.equals(b) ? a : a + " " + b);
    }
  }
}
