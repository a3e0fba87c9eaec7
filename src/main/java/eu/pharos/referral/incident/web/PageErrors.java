package eu.pharos.referral.incident.web;

import eu.pharos.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The messages of a refused form by the id of the field they belong to, in the order found; a
 * problem of no field goes to "form". A message already there (the form's own, for a value it could
 * not read) stays.
 */
final class PageErrors {

  private PageErrors() {}

  static Map<String, String> of(
      Map<String, String> first, InvalidInput invalid, MessageSource messages, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>(first);
    if (invalid != null) {
      for (InvalidInput.Problem problem : invalid.problems()) {
        String id = problem.field() == null ? "form" : problem.field();
        errors.putIfAbsent(
            id, messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
      }
    }
    return errors;
  }
}
