package eu.pharos.network.directory;

import eu.pharos.shared.command.CommandRunner;
import eu.pharos.shared.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo network's member organisations their directory profiles on the first start, after
 * identity has seeded them ({@link DemoProfiles}). Runs only on an empty directory.
 */
@Component
@Order(20)
class DemoDirectory implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
  private final MemberProfileRepository profiles;
  private final ProfileImport imports;
  private final TransactionTemplate transactions;
  private final boolean enabled;

  DemoDirectory(
      MemberProfileRepository profiles,
      ProfileImport imports,
      TransactionTemplate transactions,
      @Value("${pharos.demo}") boolean enabled) {
    this.profiles = profiles;
    this.imports = imports;
    this.transactions = transactions;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || CommandRunner.isCommand(args.getSourceArgs())) {
      return;
    }
    TenantContext.runAsSystem(
        () ->
            transactions.executeWithoutResult(
                status -> {
                  if (profiles.count() > 0) {
                    return;
                  }
                  var result = imports.run(DemoProfiles.all());
                  log.info("Seeded the demo directory: {} member profiles", result.created());
                }));
  }
}
