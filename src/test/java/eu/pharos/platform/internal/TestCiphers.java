package eu.pharos.platform.internal;

import eu.pharos.platform.PersonalDataCipher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Real personal data ciphers with keys of a test's choosing, for tests of other modules. */
public final class TestCiphers {

  private TestCiphers() {}

  /** A cipher with only these keys, in the form of {@code pharos.privacy.*}. */
  public static PersonalDataCipher withKeys(String dataKeys, String indexKey) {
    return new TinkPersonalDataCipher(PrivacyKeys.read(dataKeys, indexKey, "", List.of()));
  }

  /**
   * The cipher of an installation whose keys derive from {@code secret}, as in embedded mode, that
   * still opens values sealed with {@code previousDataKeys}.
   */
  public static PersonalDataCipher derivedOpening(String secret, String previousDataKeys) {
    PrivacyKeys derived = PrivacyKeys.read("", "", secret, List.of());
    PrivacyKeys previous = PrivacyKeys.read(previousDataKeys, "", secret, List.of());
    Map<String, byte[]> keys = new LinkedHashMap<>(derived.dataKeys());
    previous.dataKeys().forEach(keys::putIfAbsent);
    return new TinkPersonalDataCipher(new PrivacyKeys(keys, derived.indexKey()));
  }
}
