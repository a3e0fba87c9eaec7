package eu.pharos.referral.web;

import eu.pharos.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The messages of a refused form by the id of the field they belong to (the error summary links to
 * it), in the order the problems were found.
 */
final class ReferralErrors {

  private ReferralErrors() {}

  /**
   * @param field the page's field id for a problem's field (null for none); null puts the message
   *     on {@code fallback}, the first field of the form
   */
  static Map<String, String> of(
      InvalidInput invalid,
      Function<String, String> field,
      String fallback,
      MessageSource messages,
      Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    add(invalid, field, fallback, messages, locale, errors);
    return errors;
  }

  static void add(
      InvalidInput invalid,
      Function<String, String> field,
      String fallback,
      MessageSource messages,
      Locale locale,
      Map<String, String> errors) {
    for (InvalidInput.Problem problem : invalid.problems()) {
      String id = problem.field() == null ? null : field.apply(problem.field());
      String text =
          messages.getMessage(
              problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
      errors.merge(id == null ? fallback : id, text, (a, b) -> a.equals(b) ? a : a + " " + b);
    }
  }
}
