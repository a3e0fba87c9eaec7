package eu.pharos.identity.web;

import org.springframework.validation.Errors;

public class ForgotPasswordForm {

  private String email = "";

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? "" : email.strip();
  }

  void validate(Errors errors) {
    if (email.isEmpty()) {
      errors.rejectValue("email", "forgot.error.required");
    } else if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+")) {
      errors.rejectValue("email", "forgot.error.format");
    }
  }
}
