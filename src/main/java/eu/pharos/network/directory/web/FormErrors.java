package eu.pharos.network.directory.web;

import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.ProfileProblem;
import java.util.function.Function;
import org.springframework.validation.BindingResult;

/** Puts the facade's problems beside the form fields they are about. */
final class FormErrors {

  private FormErrors() {}

  /**
   * @param field maps a problem's field to the form's property, or null for a form-wide message
   */
  static void bind(
      InvalidMemberProfile invalid, BindingResult errors, Function<String, String> field) {
    for (ProfileProblem problem : invalid.problems()) {
      String property = field.apply(problem.field());
      Object[] arguments = {problem.value() == null ? "" : problem.value()};
      if (property != null && errors.getFieldType(property) != null) {
        errors.rejectValue(property, problem.messageKey(), arguments, problem.messageKey());
      } else {
        errors.reject(problem.messageKey(), arguments, problem.messageKey());
      }
    }
  }

  /** "periods[2]" → 2, or -1 when the field is not about a period. */
  static int index(String field, String prefix) {
    if (field == null || !field.startsWith(prefix + "[")) {
      return -1;
    }
    try {
      return Integer.parseInt(field.substring(prefix.length() + 1, field.indexOf(']')));
    } catch (RuntimeException e) {
      return -1;
    }
  }

  static java.util.List<String> codes(String text) {
    if (text == null || text.isBlank()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(text.split("[,;\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static java.util.List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(text.split("[,\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
