package eu.pharos.platform.web;

import eu.pharos.shared.web.ApiController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problems for errors under {@code /api/} that no API controller raised: an unknown path (404), a
 * method or media type no endpoint accepts (405, 415, 406), an upload over the multipart limits
 * (413). Without it these would fall through to the HTML error page.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorResolver.class);

  private final ApiExceptionHandler problems;
  private final JsonMapper json;

  ApiErrorResolver(ApiExceptionHandler problems, JsonMapper json) {
    this.problems = problems;
    this.json = json;
  }

  /** Runs before Spring MVC's resolvers, which would send these errors to the error page. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!ApiPaths.matches(request) || isApiController(handler) || response.isCommitted()) {
      return null;
    }
    ResponseEntity<?> entity = problems.render(ex, request, new ServletWebRequest(request));
    try {
      response.setStatus(entity.getStatusCode().value());
      entity
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      Object body = entity.getBody();
      if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
        problem.setInstance(URI.create(request.getRequestURI()));
      }
      json.writeValue(response.getOutputStream(), body);
    } catch (IOException writeFailed) {
      log.debug("Could not write the problem for {}", request.getRequestURI(), writeFailed);
    }
    return new ModelAndView();
  }

  private static boolean isApiController(Object handler) {
    return handler instanceof HandlerMethod method
        && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ApiController.class);
  }
}
