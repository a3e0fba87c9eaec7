package eu.pharos.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up how this node runs, so an operator sees it in the first lines of the log. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    Environment env = event.getApplicationContext().getEnvironment();
    log.info(
        "Pharos is ready on Java {} (virtual threads: {}), database {}, mail mode {}",
        Runtime.version().feature(),
        env.getProperty("spring.threads.virtual.enabled", "false"),
        env.getProperty("spring.datasource.url", "").replaceAll(";.*|\\?.*", ""),
        env.getProperty("pharos.mail.mode"));
  }
}
