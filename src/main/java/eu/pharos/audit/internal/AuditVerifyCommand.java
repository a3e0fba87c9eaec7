package eu.pharos.audit.internal;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditVerification;
import eu.pharos.shared.command.PharosCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class AuditVerifyCommand implements PharosCommand {

  private final AuditLog auditLog;

  AuditVerifyCommand(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Override
  public String name() {
    return "audit-verify";
  }

  @Override
  public String description() {
    return "recompute the audit chain and report the first changed or missing row";
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    AuditVerification result = auditLog.verify();
    if (result.intact()) {
      out.println("Audit chain intact: " + result.checked() + " entries verified.");
      return 0;
    }
    out.println(
        "Audit chain BROKEN at entry "
            + result.firstBrokenId()
            + ": "
            + result.problem()
            + " ("
            + result.checked()
            + " entries read).");
    return 1;
  }
}
