package eu.pharos.standards.web.accreditation;

import eu.pharos.platform.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many certificate codes one address may look up: plenty for anyone checking a few
 * certificates, far too few to walk the code space (60 random bits) or to scrape the register.
 */
@Component
class CertificateLookupLimit {

  static final RateLimiter.Limit LOOKUPS =
      new RateLimiter.Limit("standards.certificate.lookup", 30, Duration.ofMinutes(5));

  private final RateLimiter limiter;

  CertificateLookupLimit(RateLimiter limiter) {
    this.limiter = limiter;
  }

  RateLimiter.Decision tryLookup(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return limiter.tryAcquire(LOOKUPS, address == null ? "unknown" : address);
  }
}
