package eu.pharos.standards.cycle;

import eu.pharos.standards.framework.LocalText;
import java.time.LocalDate;

/**
 * What anyone may learn from a certificate's code: whose accreditation it is, under which
 * framework, for how long and whether it holds today. Conditions are counted but their text is not
 * shown (see {@link Accreditations#verify}).
 */
public record CertificateCheck(
    String code,
    CertificateStatus status,
    String organisationName,
    String countryCode,
    DecisionOutcome outcome,
    LocalDate validFrom,
    LocalDate validUntil,
    boolean conditionsApply,
    int conditionCount,
    LocalText frameworkName,
    String frameworkVersion) {

  public static CertificateCheck notFound(String code) {
    return new CertificateCheck(
        code, CertificateStatus.NOT_FOUND, null, null, null, null, null, false, 0, null, null);
  }

  public boolean found() {
    return status != CertificateStatus.NOT_FOUND;
  }
}
