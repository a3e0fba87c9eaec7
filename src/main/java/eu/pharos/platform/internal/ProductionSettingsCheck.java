package eu.pharos.platform.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile with settings that are only safe on one person's machine:
 * the demo network, whose users' password is published, and a missing, short or embedded default
 * {@code pharos.security.secret}, which keys the audit chain. It runs as soon as the configuration
 * has been read, before any bean exists, so nothing has touched the database or sent anything by
 * then.
 */
class ProductionSettingsCheck
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  static final String PRODUCTION_PROFILE = "prod";
  static final String EMBEDDED_SECRET = "embedded-mode-default-secret-change-me";
  static final int MIN_SECRET_LENGTH = 32;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  /** After every configuration source has been read, whatever order they were registered in. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static void check(Environment environment) {
    if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (environment.getProperty("pharos.demo", Boolean.class, false)) {
      problems.add(
          "pharos.demo is true: the demo users' password is published."
              + " Set PHAROS_DEMO=false or leave it unset.");
    }
    String secret = environment.getProperty("pharos.security.secret", "").strip();
    if (EMBEDDED_SECRET.equals(secret)) {
      problems.add(
          "pharos.security.secret is the embedded default, which anyone can read."
              + " Set PHAROS_SECURITY_SECRET to a random value of at least "
              + MIN_SECRET_LENGTH
              + " characters, for example from: openssl rand -base64 48");
    } else if (secret.length() < MIN_SECRET_LENGTH) {
      problems.add(
          "pharos.security.secret has "
              + secret.length()
              + " characters. Set PHAROS_SECURITY_SECRET to a random value of at least "
              + MIN_SECRET_LENGTH
              + " characters, for example from: openssl rand -base64 48");
    }
    if (!problems.isEmpty()) {
      throw new UnsafeProductionSettings(problems);
    }
  }
}
