package eu.pharos.helpline.cases;

import eu.pharos.platform.PersonalDataCipher;
import java.util.UUID;

/**
 * Seals and opens the free texts of case rows. The context of a value is always {@code
 * <table>.<column>:<row id>}, so that a value copied to another row or column does not open and key
 * rotation can seal any row again without knowing what it is.
 */
final class Sealer {

  private final PersonalDataCipher cipher;
  private final String table;
  private final UUID rowId;

  Sealer(PersonalDataCipher cipher, String table, UUID rowId) {
    this.cipher = cipher;
    this.table = table;
    this.rowId = rowId;
  }

  static String context(String table, String column, UUID rowId) {
    return table + "." + column + ":" + rowId;
  }

  String seal(String column, String plain) {
    return cipher.seal(plain, context(table, column, rowId));
  }

  String open(String column, String sealed) {
    return cipher.open(sealed, context(table, column, rowId));
  }

  String currentKeyId() {
    return cipher.currentKeyId();
  }
}
