package eu.pharos.platform.web;

import eu.pharos.platform.FileRejected;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.RecordNotFound;
import eu.pharos.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error of an {@link ApiController} into an RFC 9457 problem. Spring MVC's own
 * exceptions (405, 406, 415, 413 uploads, anything implementing {@code ErrorResponse}) keep their
 * standard problems; bad input gets a Pharos problem type that says what to fix; anything
 * unexpected is logged and answered with a 500 that reveals nothing about the cause.
 *
 * <p>Errors raised before a controller is chosen (an unknown path, a wrong method) are rendered by
 * {@link ApiErrorResolver} with the same rules.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  static final String TYPE_PREFIX = "urn:pharos:problem:";

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final long maxBodyBytes;

  ApiExceptionHandler(ApiBodyLimit limit) {
    this.maxBodyBytes = limit.maxBytes();
  }

  @ExceptionHandler(RecordNotFound.class)
  ProblemDetail recordNotFound(RecordNotFound ex) {
    log.debug("API record not found: {}", ex.getMessage());
    return problem(HttpStatus.NOT_FOUND, "not-found");
  }

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<Object> invalidInput(InvalidInput ex) {
    List<FieldProblem> problems = new ArrayList<>();
    for (InvalidInput.Problem each : ex.problems()) {
      problems.add(
          new FieldProblem(each.field(), message(each.messageKey(), each.arguments().toArray())));
    }
    return validationFailed(problems, new HttpHeaders());
  }

  @ExceptionHandler(ConcurrentChange.class)
  ProblemDetail concurrentChange(ConcurrentChange ex) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-change");
    problem.setProperty("currentVersion", ex.currentVersion());
    if (ex.current() != null) {
      problem.setProperty("current", ex.current());
    }
    return problem;
  }

  @ExceptionHandler(FileRejected.class)
  ProblemDetail fileRejected(FileRejected ex) {
    ProblemDetail problem =
        switch (ex.reason()) {
          case EMPTY -> problem(HttpStatus.BAD_REQUEST, "file-empty");
          case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large");
          case TYPE_NOT_ALLOWED ->
              problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed");
        };
    problem.setDetail(message(ex.messageKey(), ex.messageArguments()));
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setDetail(message("api.problem.access-denied.detail"));
    return problem;
  }

  @ExceptionHandler(AuthenticationException.class)
  ProblemDetail authentication(AuthenticationException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
    problem.setDetail(message("api.problem.unauthenticated.detail"));
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
    log.error("Unexpected error in {} {}", request.getMethod(), request.getRequestURI(), ex);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setDetail(message("api.problem.internal.detail"));
    return problem;
  }

  /**
   * The problem for an error raised outside any API controller: Spring MVC's own exceptions as this
   * handler renders them, anything else as an unexpected error.
   */
  ResponseEntity<?> render(Exception ex, HttpServletRequest request, WebRequest webRequest) {
    try {
      ResponseEntity<Object> entity = handleException(ex, webRequest);
      if (entity != null) {
        return entity;
      }
    } catch (Exception unknown) {
      // Not one of Spring MVC's own exceptions: fall through to the unexpected-error problem.
    }
    return ResponseEntity.internalServerError().body(unexpected(ex, request));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return validationFailed(fieldProblems(ex.getBindingResult()), headers);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors = new ArrayList<>();
    for (ParameterValidationResult result : ex.getParameterValidationResults()) {
      if (result instanceof ParameterErrors parameterErrors) {
        errors.addAll(fieldProblems(parameterErrors));
      } else {
        String name = result.getMethodParameter().getParameterName();
        for (MessageSourceResolvable error : result.getResolvableErrors()) {
          errors.add(new FieldProblem(name, message(error)));
        }
      }
    }
    return validationFailed(errors, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(ex, ApiBodyLimit.BodyTooLarge.class) != null) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
      problem.setDetail(
          message("api.problem.body-too-large.detail", Math.max(1, maxBodyBytes / 1024)));
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers).body(problem);
    }
    DatabindException mapping = causedBy(ex, DatabindException.class);
    if (mapping != null && !mapping.getPath().isEmpty()) {
      String field = path(mapping);
      return validationFailed(
          List.of(new FieldProblem(field, message("api.validation.wrong-type"))), headers);
    }
    String kind = ex.getCause() == null ? "missing-body" : "malformed-json";
    return ResponseEntity.badRequest().headers(headers).body(problem(HttpStatus.BAD_REQUEST, kind));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter");
    problem.setDetail(message("api.problem.invalid-parameter.detail", ex.getPropertyName()));
    problem.setProperty("parameter", ex.getPropertyName());
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setDetail(message("api.problem.no-endpoint.detail"));
    return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(headers).body(problem);
  }

  private ResponseEntity<Object> validationFailed(List<FieldProblem> errors, HttpHeaders headers) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed");
    problem.setProperty(
        "errors",
        errors.stream()
            .sorted(
                Comparator.comparing(FieldProblem::field, Comparator.nullsFirst(String::compareTo)))
            .toList());
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  private List<FieldProblem> fieldProblems(Errors errors) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FieldError error : errors.getFieldErrors()) {
      problems.add(new FieldProblem(error.getField(), message(error)));
    }
    errors.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(null, message(error))));
    return problems;
  }

  /** A problem of one of Pharos's own types, with its title and detail from the bundles. */
  private ProblemDetail problem(HttpStatus status, String kind) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPE_PREFIX + kind));
    problem.setTitle(message("api.problem." + kind + ".title"));
    problem.setDetail(message("api.problem." + kind + ".detail"));
    return problem;
  }

  private String message(String key, Object... args) {
    return getMessageSource().getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  private String message(MessageSourceResolvable error) {
    return getMessageSource().getMessage(error, LocaleContextHolder.getLocale());
  }

  private static String path(JacksonException ex) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : ex.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** One entry of a validation problem's {@code errors}: the field (null for the whole object). */
  record FieldProblem(String field, String message) {}
}
