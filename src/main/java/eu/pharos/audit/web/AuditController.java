package eu.pharos.audit.web;

import eu.pharos.audit.AuditLog;
import eu.pharos.shared.StaffUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit trail for administrators: network administrators see every organisation's entries,
 * organisation administrators their own. Verifying the chain is for network administrators.
 */
@Controller
@RequestMapping("/app/admin/audit")
@PreAuthorize("hasAnyRole('NETWORK_ADMIN', 'ORG_ADMIN')")
class AuditController {

  private final AuditLog auditLog;

  AuditController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Authentication auth, Model model) {
    boolean networkAdmin =
        auth.getAuthorities().stream().anyMatch(a -> "ROLE_NETWORK_ADMIN".equals(a.getAuthority()));
    model.addAttribute("entries", auditLog.latest(networkAdmin ? null : me.organisationId(), 200));
    model.addAttribute("canVerify", networkAdmin);
    return "audit/list";
  }

  @PostMapping("/verify")
  @PreAuthorize("hasRole('NETWORK_ADMIN')")
  String verify(@AuthenticationPrincipal StaffUser me, Authentication auth, Model model) {
    model.addAttribute("verification", auditLog.verify());
    return list(me, auth, model);
  }
}
