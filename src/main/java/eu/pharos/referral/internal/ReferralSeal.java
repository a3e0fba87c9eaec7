package eu.pharos.referral.internal;

import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.ReferralPackage;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens the referral's personal data and free texts, each bound to its place ({@code
 * <table>.<column>:<row id>}). The package is sealed as one JSON document.
 */
@Component
class ReferralSeal {

  static final String PACKAGE = "referral.package_sealed";
  static final String MESSAGE = "referral.message_sealed";
  static final String PURPOSE = "referral.consent_purpose_sealed";
  static final String DECLINE_REASON = "referral.decline_reason_sealed";
  static final String FEEDBACK = "referral.feedback_sealed";
  static final String STEP_NOTE = "referral_step.note_sealed";

  private final PersonalDataCipher cipher;
  private final JsonMapper json;

  ReferralSeal(PersonalDataCipher cipher) {
    this.cipher = cipher;
    this.json = JsonMapper.builder().build();
  }

  String seal(String column, UUID rowId, String plain) {
    return cipher.seal(blankToNull(plain), column + ":" + rowId);
  }

  String open(String column, UUID rowId, String sealed) {
    return cipher.open(sealed, column + ":" + rowId);
  }

  String sealPackage(UUID referralId, ReferralPackage pkg) {
    return pkg == null ? null : seal(PACKAGE, referralId, json.writeValueAsString(pkg));
  }

  ReferralPackage openPackage(UUID referralId, String sealed) {
    String plain = open(PACKAGE, referralId, sealed);
    return plain == null ? null : json.readValue(plain, ReferralPackage.class);
  }

  String keyId() {
    return cipher.currentKeyId();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
