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
 * {@code pharos.security.secret}, which keys the audit chain, and missing or malformed keys for
 * victims' personal data ({@code pharos.privacy.data-keys}, {@code pharos.privacy.index-key}). It
 * runs as soon as the configuration has been read, before any bean exists, so nothing has touched
 * the database or sent anything by then.
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
    checkPrivacyKeys(environment, problems);
    if (!problems.isEmpty()) {
      throw new UnsafeProductionSettings(problems);
    }
  }

  /** Real keys for victims' data: keys derived from the secret would change with it. */
  private static void checkPrivacyKeys(Environment environment, List<String> problems) {
    String dataKeys = environment.getProperty(PrivacyKeys.DATA_KEYS, "").strip();
    String indexKey = environment.getProperty(PrivacyKeys.INDEX_KEY, "").strip();
    if (dataKeys.isEmpty()) {
      problems.add(
          PrivacyKeys.DATA_KEYS
              + " is empty. Set PHAROS_PRIVACY_DATA_KEYS to \"<id>:<base64 of 32 random bytes>\","
              + " the key from: openssl rand -base64 32");
    }
    if (indexKey.isEmpty()) {
      problems.add(
          PrivacyKeys.INDEX_KEY
              + " is empty. Set PHAROS_PRIVACY_INDEX_KEY to \"<id>:<base64 of 32 random bytes>\","
              + " another key than the data keys, from: openssl rand -base64 32");
    }
    if (!dataKeys.isEmpty() || !indexKey.isEmpty()) {
      try {
        PrivacyKeys.read(dataKeys, indexKey, "unused", List.of());
      } catch (InvalidPrivacyKeys malformed) {
        problems.addAll(malformed.problems());
      }
    }
  }
}
