package eu.pharos.helpline.privacy.web;

import eu.pharos.shared.InvalidInput;
import org.springframework.validation.BindingResult;

/** Puts a facade's problems beside the form fields they are about, or above the form. */
final class Problems {

  private Problems() {}

  static void bind(InvalidInput invalid, BindingResult errors) {
    for (InvalidInput.Problem problem : invalid.problems()) {
      Object[] arguments = problem.arguments().toArray();
      if (problem.field() != null && errors.getFieldType(problem.field()) != null) {
        errors.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
      } else {
        errors.reject(problem.messageKey(), arguments, problem.messageKey());
      }
    }
  }
}
