package eu.pharos.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, without a stack trace, what to change before production mode starts. */
class UnsafeProductionSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<UnsafeProductionSettings> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettings cause) {
    return new FailureAnalysis(
        "Pharos refuses to start with the production profile (spring.profiles.active=prod):\n - "
            + String.join("\n - ", cause.problems()),
        "Change the settings above in the environment, then start Pharos again.",
        cause);
  }
}
