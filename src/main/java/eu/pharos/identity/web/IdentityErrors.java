package eu.pharos.identity.web;

import eu.pharos.identity.LinkNotValid;
import eu.pharos.identity.UserNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The identity module's typed exceptions as statuses, never a 500. The error page itself comes from
 * the shell's error view, which has the full layout.
 */
@ControllerAdvice(basePackageClasses = IdentityErrors.class)
class IdentityErrors {

  /** Renders the "link expired" page with 410 for a link that once worked, 404 otherwise. */
  static String linkExpired(LinkNotValid notValid, HttpServletResponse response) {
    response.setStatus(notValid.known() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
    return "identity/link-expired";
  }

  @ExceptionHandler(UserNotFound.class)
  void userNotFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }
}
