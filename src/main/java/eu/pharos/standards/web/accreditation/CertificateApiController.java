package eu.pharos.standards.web.accreditation;

import eu.pharos.platform.RateLimiter;
import eu.pharos.shared.web.ApiController;
import eu.pharos.standards.cycle.Accreditations;
import eu.pharos.standards.cycle.CertificateCheck;
import eu.pharos.standards.cycle.CycleNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public verification of a certificate for other systems, without a token: what the public page
 * shows, as JSON. Unknown or malformed codes are 404; lookups share the page's rate limit.
 */
@Tag(name = "Certificates", description = "Public verification of accreditation certificates")
@ApiController("standardsCertificateApiController")
class CertificateApiController {

  private final Accreditations accreditations;
  private final CertificateLookupLimit limit;

  CertificateApiController(Accreditations accreditations, CertificateLookupLimit limit) {
    this.accreditations = accreditations;
    this.limit = limit;
  }

  @Operation(
      summary = "Verify a certificate by its code (public)",
      description =
          "status is VALID, NOT_YET_VALID or EXPIRED; conditions are counted, their text is not"
              + " public.")
  @GetMapping("/api/v1/certificates/{code}")
  ResponseEntity<?> verify(@PathVariable String code, HttpServletRequest request) {
    RateLimiter.Decision allowed = limit.tryLookup(request);
    if (!allowed.allowed()) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(allowed.retryAfterSeconds()))
          .body(problem);
    }
    CertificateCheck check = accreditations.verify(code);
    if (!check.found()) {
      throw new CycleNotFound("No certificate with this code");
    }
    return ResponseEntity.ok(check);
  }
}
