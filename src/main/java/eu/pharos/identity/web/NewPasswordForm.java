package eu.pharos.identity.web;

import eu.pharos.identity.PasswordPolicy;
import org.springframework.validation.Errors;

/** A new password, typed twice. */
public class NewPasswordForm {

  private String password = "";
  private String confirmation = "";

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation == null ? "" : confirmation;
  }

  /** Puts every problem on its field; {@code email} is the account's, which may not be reused. */
  void validate(String email, Errors errors) {
    PasswordPolicy.problem(password, email).ifPresent(key -> errors.rejectValue("password", key));
    if (!errors.hasFieldErrors("password") && !password.equals(confirmation)) {
      errors.rejectValue("confirmation", "password.error.mismatch");
    }
  }

  /** Passwords are never sent back to the browser, even on a form with errors. */
  void clear() {
    password = "";
    confirmation = "";
  }
}
