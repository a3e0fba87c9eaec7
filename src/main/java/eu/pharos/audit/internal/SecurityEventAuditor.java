package eu.pharos.audit.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.shared.StaffUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every sign-in and every failed attempt to the audit trail. */
@Component
class SecurityEventAuditor {

  private final AuditLog auditLog;

  SecurityEventAuditor(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffUser user) {
      auditLog.record(
          AuditRecord.of("auth.password.success", AuditOutcome.SUCCESS)
              .actor(user.userId(), user.email(), user.organisationId()));
    }
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    String attempted = String.valueOf(event.getAuthentication().getName());
    auditLog.record(
        AuditRecord.of("auth.password.failure", AuditOutcome.FAILURE)
            .actor(null, attempted, null)
            .detail(event.getException().getClass().getSimpleName()));
  }
}
