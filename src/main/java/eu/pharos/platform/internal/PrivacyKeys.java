package eu.pharos.platform.internal;

import com.google.crypto.tink.subtle.Hkdf;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys of {@link TinkPersonalDataCipher}, read from {@code pharos.privacy.data-keys} and {@code
 * pharos.privacy.index-key}, or derived from {@code pharos.security.secret} when those are empty
 * (embedded mode). A malformed setting stops the start with {@link InvalidPrivacyKeys}, which names
 * the setting and what is wrong, never a key.
 *
 * @param dataKeys the data keys by id, the current one first
 * @param indexKey the key of the blind indexes
 */
record PrivacyKeys(Map<String, byte[]> dataKeys, Key indexKey) {

  static final String DATA_KEYS = "pharos.privacy.data-keys";
  static final String INDEX_KEY = "pharos.privacy.index-key";
  static final int KEY_BYTES = 32;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  /** One key and the id that names it in stored values. */
  record Key(String id, byte[] bytes) {}

  PrivacyKeys {
    if (dataKeys.isEmpty()) {
      throw new IllegalArgumentException("at least one data key");
    }
    dataKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dataKeys));
  }

  String currentDataKeyId() {
    return dataKeys.keySet().iterator().next();
  }

  /**
   * Reads the settings.
   *
   * @param previousSecrets former values of the secret: in embedded mode, the keys derived from
   *     them still open what they sealed
   * @throws InvalidPrivacyKeys when a setting is malformed
   */
  static PrivacyKeys read(
      String dataKeysSetting, String indexKeySetting, String secret, List<String> previousSecrets) {
    List<String> problems = new ArrayList<>();
    Map<String, byte[]> dataKeys = new LinkedHashMap<>();
    if (blank(dataKeysSetting)) {
      if (blank(secret)) {
        problems.add(DATA_KEYS + " is empty and so is pharos.security.secret to derive a key from");
      } else {
        dataKeys.put(derivedId("d", secret), derive(secret, "data-key"));
        for (String previous : previousSecrets == null ? List.<String>of() : previousSecrets) {
          if (!blank(previous)) {
            dataKeys.putIfAbsent(
                derivedId("d", previous.strip()), derive(previous.strip(), "data-key"));
          }
        }
      }
    } else {
      int position = 0;
      for (String entry : dataKeysSetting.split(",")) {
        position++;
        if (entry.isBlank()) {
          problems.add(DATA_KEYS + ": entry " + position + " is empty");
          continue;
        }
        Key key = parse(DATA_KEYS, position, entry.strip(), problems);
        if (key != null && dataKeys.putIfAbsent(key.id(), key.bytes()) != null) {
          problems.add(DATA_KEYS + ": the key id \"" + key.id() + "\" is used twice");
        }
      }
    }
    Key indexKey = null;
    if (blank(indexKeySetting)) {
      if (blank(secret)) {
        problems.add(INDEX_KEY + " is empty and so is pharos.security.secret to derive a key from");
      } else {
        indexKey = new Key(derivedId("i", secret), derive(secret, "index-key"));
      }
    } else if (indexKeySetting.contains(",")) {
      problems.add(INDEX_KEY + " holds one key only (\"<id>:<base64 of 32 bytes>\")");
    } else {
      indexKey = parse(INDEX_KEY, 1, indexKeySetting.strip(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidPrivacyKeys(problems);
    }
    return new PrivacyKeys(dataKeys, indexKey);
  }

  private static Key parse(String setting, int position, String entry, List<String> problems) {
    int colon = entry.indexOf(':');
    String where = setting + ": entry " + position;
    if (colon < 0) {
      problems.add(where + " is not \"<id>:<base64 of 32 random bytes>\"");
      return null;
    }
    String id = entry.substring(0, colon).strip();
    String encoded = entry.substring(colon + 1).strip();
    if (!KEY_ID.matcher(id).matches()) {
      problems.add(
          where
              + " has the id \""
              + abbreviate(id)
              + "\"; an id is 1 to 40 letters, digits, - or _");
      return null;
    }
    byte[] bytes;
    try {
      bytes =
          encoded.contains("-") || encoded.contains("_")
              ? Base64.getUrlDecoder().decode(encoded)
              : Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException notBase64) {
      problems.add(where + " (id \"" + id + "\") is not valid base64");
      return null;
    }
    if (bytes.length != KEY_BYTES) {
      problems.add(
          where
              + " (id \""
              + id
              + "\") decodes to "
              + bytes.length
              + " bytes instead of "
              + KEY_BYTES
              + ", for example from: openssl rand -base64 32");
      return null;
    }
    return new Key(id, bytes);
  }

  private static String abbreviate(String id) {
    return id.length() > 40 ? id.substring(0, 40) + "…" : id;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String derivedId(String prefix, String secret) {
    return prefix + HexFormat.of().formatHex(derive(secret, "key-id"), 0, 4);
  }

  private static byte[] derive(String secret, String purpose) {
    try {
      return Hkdf.computeHkdf(
          "HMACSHA256",
          secret.getBytes(StandardCharsets.UTF_8),
          "pharos-privacy".getBytes(StandardCharsets.UTF_8),
          purpose.getBytes(StandardCharsets.UTF_8),
          KEY_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HKDF with HMAC-SHA256 is not available", e);
    }
  }
}
