package eu.pharos.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Requests to the JSON API, which answer in JSON whatever happens. */
final class ApiPaths {

  private ApiPaths() {}

  static boolean matches(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}
