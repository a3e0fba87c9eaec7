package eu.pharos.platform.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.subtle.PrfHmacJce;
import com.google.crypto.tink.util.SecretBytes;
import eu.pharos.platform.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link PersonalDataCipher} with Google Tink: AES-256-GCM (random 12-byte nonce, 16-byte tag, the
 * context as associated data) for sealing, HMAC-SHA256 as a Tink PRF for blind indexes. The keys
 * come from {@link PrivacyKeys}.
 */
@Component
class TinkPersonalDataCipher implements PersonalDataCipher {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String currentKeyId;
  private final Map<String, Aead> aeads = new LinkedHashMap<>();
  private final String indexKeyId;
  private final Prf indexPrf;

  @Autowired
  TinkPersonalDataCipher(
      @Value("${pharos.privacy.data-keys:}") String dataKeys,
      @Value("${pharos.privacy.index-key:}") String indexKey,
      @Value("${pharos.security.secret:}") String secret,
      @Value("${pharos.security.previous-secrets:}") List<String> previousSecrets) {
    this(PrivacyKeys.read(dataKeys, indexKey, secret, previousSecrets));
  }

  TinkPersonalDataCipher(PrivacyKeys keys) {
    try {
      AesGcmParameters aesGcm =
          AesGcmParameters.builder()
              .setKeySizeBytes(PrivacyKeys.KEY_BYTES)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      for (Map.Entry<String, byte[]> key : keys.dataKeys().entrySet()) {
        aeads.put(
            key.getKey(),
            AesGcmJce.create(
                AesGcmKey.builder()
                    .setParameters(aesGcm)
                    .setKeyBytes(
                        SecretBytes.copyFrom(key.getValue(), InsecureSecretKeyAccess.get()))
                    .build()));
      }
      this.currentKeyId = keys.currentDataKeyId();
      this.indexKeyId = keys.indexKey().id();
      this.indexPrf =
          PrfHmacJce.create(
              HmacPrfKey.builder()
                  .setParameters(
                      HmacPrfParameters.builder()
                          .setKeySizeBytes(PrivacyKeys.KEY_BYTES)
                          .setHashType(HmacPrfParameters.HashType.SHA256)
                          .build())
                  .setKeyBytes(
                      SecretBytes.copyFrom(keys.indexKey().bytes(), InsecureSecretKeyAccess.get()))
                  .build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM or HMAC-SHA256 is not available", e);
    }
  }

  @Override
  public String seal(String plain, String context) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] sealed =
          aeads.get(currentKeyId).encrypt(plain.getBytes(StandardCharsets.UTF_8), bytes(context));
      return currentKeyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  @Override
  public String open(String sealed, String context) {
    if (sealed == null) {
      return null;
    }
    int dot = sealed.indexOf('.');
    if (dot < 1) {
      throw new SealedValueUnreadable("not a sealed value (context " + context + ")");
    }
    String keyId = sealed.substring(0, dot);
    Aead aead = aeads.get(keyId);
    if (aead == null) {
      throw new SealedValueUnreadable(
          "sealed with the key \""
              + keyId
              + "\", which is not configured (context "
              + context
              + ")");
    }
    try {
      byte[] plain =
          aead.decrypt(Base64.getUrlDecoder().decode(sealed.substring(dot + 1)), bytes(context));
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new SealedValueUnreadable("changed, or sealed for another context than " + context);
    }
  }

  @Override
  public String keyIdOf(String sealed) {
    if (sealed == null) {
      return null;
    }
    int dot = sealed.indexOf('.');
    return dot < 1 ? null : sealed.substring(0, dot);
  }

  @Override
  public String currentKeyId() {
    return currentKeyId;
  }

  @Override
  public String blindIndex(String purpose, String value) {
    String normalised = normalise(purpose, value);
    if (normalised == null) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(indexPrf.compute(bytes(purpose + ":" + normalised), 32));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 failed", e);
    }
  }

  @Override
  public String currentIndexKeyId() {
    return indexKeyId;
  }

  /**
   * A value as its blind index sees it; null when nothing is left.
   *
   * @throws IllegalArgumentException for a purpose other than {@code name} and {@code phone}
   */
  static String normalise(String purpose, String value) {
    String normalised =
        switch (purpose) {
          case "name" -> value == null ? null : normaliseName(value);
          case "phone" -> value == null ? null : normalisePhone(value);
          default -> throw new IllegalArgumentException("no blind index purpose " + purpose);
        };
    return normalised == null || normalised.isEmpty() ? null : normalised;
  }

  private static String normaliseName(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }

  private static String normalisePhone(String value) {
    StringBuilder digits = new StringBuilder();
    boolean plus = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.isEmpty()) {
        plus = true;
      }
    }
    if (digits.isEmpty()) {
      return null;
    }
    if (plus) {
      return "+" + digits;
    }
    if (digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
      return "+" + digits.substring(2);
    }
    return digits.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A sealed value that does not open; the message never holds the value. */
  static final class SealedValueUnreadable extends IllegalStateException {

    SealedValueUnreadable(String message) {
      super(message);
    }
  }
}
