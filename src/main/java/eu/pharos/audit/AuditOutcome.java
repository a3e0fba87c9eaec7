package eu.pharos.audit;

public enum AuditOutcome {
  SUCCESS,
  FAILURE,
  DENIED
}
