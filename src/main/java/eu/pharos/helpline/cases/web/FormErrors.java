package eu.pharos.helpline.cases.web;

import eu.pharos.shared.InvalidInput;
import java.util.function.Function;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts the facade's problems beside the fields they are about, or above the form. */
final class FormErrors {

  private FormErrors() {}

  static void bind(InvalidInput invalid, BindingResult errors) {
    bind(invalid, errors, Function.identity());
  }

  /**
   * @param field maps a problem's field to the form's property; null puts it above the form
   */
  static void bind(InvalidInput invalid, BindingResult errors, Function<String, String> field) {
    for (InvalidInput.Problem problem : invalid.problems()) {
      Object[] arguments = problem.arguments().toArray();
      String property = problem.field() == null ? null : field.apply(problem.field());
      if (property != null && readable(errors, property)) {
        errors.rejectValue(property, problem.messageKey(), arguments, problem.messageKey());
      } else {
        errors.reject(problem.messageKey(), arguments, problem.messageKey());
      }
    }
  }

  private static boolean readable(BindingResult errors, String property) {
    try {
      errors.getFieldValue(property);
      return true;
    } catch (NotReadablePropertyException | IllegalArgumentException unknown) {
      return false;
    }
  }
}
