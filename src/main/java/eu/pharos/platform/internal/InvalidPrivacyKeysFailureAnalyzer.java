package eu.pharos.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, without a stack trace, which privacy key setting to correct. */
class InvalidPrivacyKeysFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPrivacyKeys> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidPrivacyKeys cause) {
    return new FailureAnalysis(
        "Pharos cannot read the keys that seal victims' personal data:\n - "
            + String.join("\n - ", cause.problems()),
        "Set "
            + PrivacyKeys.DATA_KEYS
            + " (PHAROS_PRIVACY_DATA_KEYS) to comma-separated \"<id>:<base64 of 32 random bytes>\","
            + " the current key first, and "
            + PrivacyKeys.INDEX_KEY
            + " (PHAROS_PRIVACY_INDEX_KEY) to one such key; make a key with: openssl rand -base64"
            + " 32",
        cause);
  }
}
