package eu.pharos.helpline.victim;

import eu.pharos.helpline.VictimDetails;
import eu.pharos.platform.PersonalDataCipher;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seals a victim's identifying details for their row and opens them again. Each value is bound to
 * its place, {@code helpline_victim.<column>:<row id>}, so key rotation can re-seal it knowing only
 * the table, the column and the row.
 */
@Component
class VictimSeal {

  static final String TABLE = "helpline_victim";

  /** The sealed columns of a victim's row, with the ids of the keys used. */
  record Sealed(
      String fullName,
      String phone,
      String email,
      String address,
      String dateOfBirth,
      String nameIndex,
      String phoneIndex,
      String keyId,
      String indexKeyId) {}

  private final PersonalDataCipher cipher;

  VictimSeal(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  Sealed seal(UUID id, VictimDetails details) {
    return new Sealed(
        cipher.seal(details.fullName(), context("full_name_sealed", id)),
        cipher.seal(details.phone(), context("phone_sealed", id)),
        cipher.seal(details.email(), context("email_sealed", id)),
        cipher.seal(details.address(), context("address_sealed", id)),
        cipher.seal(
            details.dateOfBirth() == null ? null : details.dateOfBirth().toString(),
            context("date_of_birth_sealed", id)),
        cipher.blindIndex("name", details.fullName()),
        cipher.blindIndex("phone", details.phone()),
        cipher.currentKeyId(),
        cipher.currentIndexKeyId());
  }

  /** A consent's purpose, sealed in its row. */
  String sealPurpose(UUID consentId, String purpose) {
    return cipher.seal(purpose, "helpline_consent.purpose_sealed:" + consentId);
  }

  String openPurpose(UUID consentId, String sealed) {
    return cipher.open(sealed, "helpline_consent.purpose_sealed:" + consentId);
  }

  String currentKeyId() {
    return cipher.currentKeyId();
  }

  VictimDetails open(Victim victim) {
    if (victim.erased()) {
      return VictimDetails.unnamed();
    }
    UUID id = victim.id();
    String dateOfBirth =
        cipher.open(victim.dateOfBirthSealed(), context("date_of_birth_sealed", id));
    return new VictimDetails(
        cipher.open(victim.fullNameSealed(), context("full_name_sealed", id)),
        cipher.open(victim.phoneSealed(), context("phone_sealed", id)),
        cipher.open(victim.emailSealed(), context("email_sealed", id)),
        cipher.open(victim.addressSealed(), context("address_sealed", id)),
        dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
        victim.preferredLanguage(),
        victim.residenceCountry());
  }

  /** The name of victim {@code id} from its sealed value; null for none (or erased). */
  String name(UUID id, String fullNameSealed) {
    return fullNameSealed == null
        ? null
        : cipher.open(fullNameSealed, context("full_name_sealed", id));
  }

  String nameIndex(String query) {
    return cipher.blindIndex("name", query);
  }

  String phoneIndex(String query) {
    return cipher.blindIndex("phone", query);
  }

  static String context(String column, UUID id) {
    return TABLE + "." + column + ":" + id;
  }
}
