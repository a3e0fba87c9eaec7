package eu.pharos.standards.web.accreditation;

import eu.pharos.platform.Languages;
import eu.pharos.platform.RateLimiter;
import eu.pharos.standards.cycle.Accreditations;
import eu.pharos.standards.cycle.CertificateCheck;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page where anyone checks a certificate: a form asking for the code (a GET, so that a
 * check is a link one can share) and the answer: whose accreditation, under which framework, until
 * when, and whether it holds today. No sign-in, no cookie, no script; an unknown or malformed code
 * is a 404 that says so. Lookups are rate-limited per address.
 */
@Controller("standardsPublicCertificateController")
class PublicCertificateController {

  private final Accreditations accreditations;
  private final CertificateLookupLimit limit;
  private final StandardsPages pages;

  PublicCertificateController(
      Accreditations accreditations, CertificateLookupLimit limit, StandardsPages pages) {
    this.accreditations = accreditations;
    this.limit = limit;
    this.pages = pages;
  }

  @GetMapping("/certificates")
  String lookup(
      @RequestParam(required = false) String code,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (code == null) {
      return page(null, "", Map.of(), model, locale);
    }
    if (code.isBlank()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          null,
          "",
          Map.of("code-input", "standards.certificate.error.code-required"),
          model,
          locale);
    }
    return check(code, model, locale, request, response);
  }

  @GetMapping("/certificates/{code}")
  String certificate(
      @PathVariable String code,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    return check(code, model, locale, request, response);
  }

  private String check(
      String code,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response) {
    String typed = code.length() > 64 ? code.substring(0, 64) : code.strip();
    RateLimiter.Decision allowed = limit.tryLookup(request);
    if (!allowed.allowed()) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(allowed.retryAfterSeconds()));
      return page(
          null, typed, Map.of("code-input", "standards.certificate.error.too-many"), model, locale);
    }
    CertificateCheck check = accreditations.verify(code);
    if (!check.found()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return page(
          check, typed, Map.of("code-input", "standards.certificate.not-found"), model, locale);
    }
    return page(check, check.code(), Map.of(), model, locale);
  }

  /**
   * @param errors message keys by field, shown beside the code field and in the error summary
   */
  private String page(
      CertificateCheck check,
      String typed,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach((field, key) -> texts.put(field, pages.message(key, locale)));
    model.addAttribute("check", check);
    model.addAttribute(
        "country",
        check != null && check.found() && !check.countryCode().isEmpty()
            ? Languages.countryName(check.countryCode(), locale)
            : "");
    model.addAttribute("typed", typed);
    model.addAttribute("errors", texts);
    return "standards/accreditation/certificate";
  }
}
