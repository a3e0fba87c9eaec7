package eu.pharos.helpline.privacy;

import eu.pharos.helpline.RetentionReport;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.command.PharosCommand;
import eu.pharos.shared.tenancy.TenantContext;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * {@code command:helpline-retention}: runs retention now, under the nightly job's lock (so never
 * twice at once in a cluster), and prints what it did in each organisation.
 */
@Component
class RetentionCommand implements PharosCommand {

  private final RetentionRun runs;
  private final LockingTaskExecutor locks;
  private final Organisations organisations;

  RetentionCommand(RetentionRun runs, LockProvider lockProvider, Organisations organisations) {
    this.runs = runs;
    this.locks = new DefaultLockingTaskExecutor(lockProvider);
    this.organisations = organisations;
  }

  @Override
  public String name() {
    return "helpline-retention";
  }

  @Override
  public String description() {
    return "anonymise the closed cases every organisation's retention policy no longer keeps";
  }

  @Override
  public int run(List<String> arguments, PrintStream out) {
    LockingTaskExecutor.TaskResult<RetentionRun.Outcome> result;
    try {
      result =
          locks.executeWithLock(
              () -> runs.execute(),
              new LockConfiguration(
                  Instant.now(), RetentionJob.LOCK, Duration.ofHours(6), Duration.ZERO));
    } catch (Throwable failed) {
      out.println("Retention failed: " + failed);
      return 1;
    }
    if (!result.wasExecuted()) {
      out.println("Retention is running elsewhere in the cluster; nothing done.");
      return 1;
    }
    print(result.getResult(), out);
    return 0;
  }

  private void print(RetentionRun.Outcome outcome, PrintStream out) {
    RetentionReport r = outcome.report();
    Map<UUID, String> names =
        TenantContext.runAsSystem(
            () ->
                organisations.all().stream()
                    .collect(
                        Collectors.toMap(
                            OrganisationView::id, OrganisationView::name, (a, b) -> a)));
    out.println("Retention run " + r.id() + " (" + r.startedAt() + " to " + r.finishedAt() + ")");
    for (RetentionRun.OrganisationResult o : outcome.organisations()) {
      out.printf(
          "  %s (%d days): %d cases anonymised, %d contacts anonymised, %d victims erased,"
              + " %d cases skipped on legal hold%n",
          names.getOrDefault(o.organisationId(), o.organisationId().toString()),
          o.retentionDays(),
          o.casesAnonymised(),
          o.contactsAnonymised(),
          o.victimsErased(),
          o.skippedOnLegalHold());
    }
    out.printf(
        "Total: %d cases anonymised, %d contacts anonymised, %d victims erased,"
            + " %d cases skipped on legal hold%n",
        r.casesAnonymised(), r.contactsAnonymised(), r.victimsErased(), r.skippedOnLegalHold());
  }
}
