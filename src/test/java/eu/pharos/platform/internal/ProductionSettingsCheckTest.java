package eu.pharos.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.pharos.PharosApplication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

  private static final String STRONG_SECRET = "hJ4v9QmT2xLr8WcZ1nYb6KsP0dFg3AeU7oVi5XqN";
  private static final String DATA_KEYS = "k2026:" + "A".repeat(43) + "=";
  private static final String INDEX_KEY = "i2026:" + "B".repeat(43) + "=";
  private static final String[] PRIVACY_KEYS = {
    "--pharos.privacy.data-keys=" + DATA_KEYS, "--pharos.privacy.index-key=" + INDEX_KEY
  };

  private final List<ApplicationEvent> events = new ArrayList<>();

  @Test
  void productionRefusesTheDemoNetwork() {
    UnsafeProductionSettings refusal =
        startProduction(
            withPrivacyKeys("--pharos.demo=true", "--pharos.security.secret=" + STRONG_SECRET));

    assertThat(refusal.problems())
        .singleElement()
        .asString()
        .contains("pharos.demo is true")
        .contains("PHAROS_DEMO=false");
    assertNoApplicationContextWasCreated();
  }

  @Test
  void productionRefusesTheEmbeddedDefaultSecret() {
    UnsafeProductionSettings refusal = startProduction(PRIVACY_KEYS);

    assertThat(refusal.problems())
        .singleElement()
        .asString()
        .contains("embedded default")
        .contains("PHAROS_SECURITY_SECRET")
        .contains("at least 32 characters");
    assertNoApplicationContextWasCreated();
  }

  @Test
  void productionRefusesAShortSecretAndNamesEveryProblemAtOnce() {
    UnsafeProductionSettings refusal =
        startProduction(
            withPrivacyKeys("--pharos.security.secret=only-twenty-chars-xx", "--pharos.demo=true"));

    assertThat(refusal.problems()).hasSize(2);
    assertThat(refusal.getMessage())
        .contains("pharos.demo is true")
        .contains("pharos.security.secret has 20 characters")
        .contains("PHAROS_SECURITY_SECRET");
    assertNoApplicationContextWasCreated();
  }

  @Test
  void productionAcceptsAStrongSecretWithoutDemoData() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("pharos.demo", "false")
            .withProperty("pharos.security.secret", STRONG_SECRET)
            .withProperty("pharos.privacy.data-keys", DATA_KEYS + ",k2025:" + "C".repeat(43) + "=")
            .withProperty("pharos.privacy.index-key", INDEX_KEY);
    environment.setActiveProfiles("prod");

    assertThatCode(() -> ProductionSettingsCheck.check(environment)).doesNotThrowAnyException();
  }

  @Test
  void productionRefusesKeysDerivedFromTheSecret() {
    UnsafeProductionSettings refusal =
        startProduction("--pharos.demo=false", "--pharos.security.secret=" + STRONG_SECRET);

    assertThat(refusal.problems()).hasSize(2);
    assertThat(refusal.getMessage())
        .contains("pharos.privacy.data-keys is empty")
        .contains("PHAROS_PRIVACY_DATA_KEYS")
        .contains("pharos.privacy.index-key is empty")
        .contains("PHAROS_PRIVACY_INDEX_KEY")
        .contains("openssl rand -base64 32");
    assertNoApplicationContextWasCreated();
  }

  @Test
  void productionRefusesMalformedKeysWithoutShowingThem() {
    UnsafeProductionSettings refusal =
        startProduction(
            "--pharos.demo=false",
            "--pharos.security.secret=" + STRONG_SECRET,
            "--pharos.privacy.data-keys=k2026:c2hvcnQ=",
            "--pharos.privacy.index-key=" + INDEX_KEY);

    assertThat(refusal.problems())
        .singleElement()
        .asString()
        .contains("pharos.privacy.data-keys: entry 1 (id \"k2026\") decodes to 5 bytes");
    assertThat(refusal.getMessage()).doesNotContain("c2hvcnQ=");
    assertNoApplicationContextWasCreated();
  }

  @Test
  void embeddedModeKeepsItsDemoDataAndDefaultSecret() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("pharos.demo", "true")
            .withProperty("pharos.security.secret", ProductionSettingsCheck.EMBEDDED_SECRET);

    assertThatCode(() -> ProductionSettingsCheck.check(environment)).doesNotThrowAnyException();
  }

  @Test
  void operatorIsToldWhatToChangeWithoutAStackTrace() {
    UnsafeProductionSettings refusal = startProduction("--pharos.demo=true");

    var analysis = new UnsafeProductionSettingsFailureAnalyzer().analyze(refusal);

    assertThat(analysis.getDescription())
        .contains("spring.profiles.active=prod")
        .contains("PHAROS_DEMO=false")
        .contains("PHAROS_SECURITY_SECRET");
    assertThat(analysis.getAction()).contains("environment");
  }

  /** Starts the real application in production mode, as an operator would, and expects refusal. */
  private UnsafeProductionSettings startProduction(String... args) {
    UnsafeProductionSettings refusal =
        catchThrowableOfType(
            UnsafeProductionSettings.class,
            () ->
                new SpringApplicationBuilder(PharosApplication.class)
                    .profiles("prod")
                    .listeners(events::add)
                    .run(args)
                    .close());
    assertThat(refusal).as("the production profile refused to start").isNotNull();
    return refusal;
  }

  private static String[] withPrivacyKeys(String... args) {
    String[] all = new String[args.length + PRIVACY_KEYS.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(PRIVACY_KEYS, 0, all, args.length, PRIVACY_KEYS.length);
    return all;
  }

  /** No context means no bean, so no data source: the database was never touched. */
  private void assertNoApplicationContextWasCreated() {
    assertThat(events).noneMatch(ApplicationContextInitializedEvent.class::isInstance);
  }
}
