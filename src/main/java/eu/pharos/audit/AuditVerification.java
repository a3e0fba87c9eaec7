package eu.pharos.audit;

/**
 * The result of recomputing the chain.
 *
 * @param checked how many rows were read
 * @param firstBrokenId the id of the first row that does not fit the chain, or null when intact
 * @param problem what is wrong with it, or null when intact
 */
public record AuditVerification(long checked, Long firstBrokenId, String problem) {

  public boolean intact() {
    return problem == null;
  }

  public static AuditVerification ok(long checked) {
    return new AuditVerification(checked, null, null);
  }
}
