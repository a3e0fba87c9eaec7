package eu.pharos.standards.cycle;

/** What a certificate's verification says on a given day. */
public enum CertificateStatus {
  /** The accreditation holds today. */
  VALID,
  /** The accreditation's validity starts later. */
  NOT_YET_VALID,
  /** The accreditation's validity has ended. */
  EXPIRED,
  /**
   * No certificate has this code (or the code is malformed); also a decision that does not
   * accredit.
   */
  NOT_FOUND;

  public String messageKey() {
    return "standards.certificate.status." + name();
  }
}
