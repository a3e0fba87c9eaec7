package eu.pharos.platform.web;

import eu.pharos.shared.RecordNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Pages answer a record that does not exist, or is not the user's to see, with the "not found"
 * page. The error page is rendered by the error controller, so it has the shell's navigation.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  @ExceptionHandler(RecordNotFound.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
