package eu.pharos.chat.web.console;

import eu.pharos.shared.InvalidInput;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The messages of a refused form by the id of the field they belong to (the error summary links to
 * it), in the order the problems were found; a problem of no field goes to "form".
 */
final class PageErrors {

  private PageErrors() {}

  static Map<String, String> of(InvalidInput invalid, MessageSource messages, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (InvalidInput.Problem problem : invalid.problems()) {
      String id = problem.field() == null ? "form" : problem.field();
      errors.putIfAbsent(
          id, messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
    }
    return errors;
  }
}
