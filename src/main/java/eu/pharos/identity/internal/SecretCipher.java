package eu.pharos.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Authenticated encryption (AES-256-GCM) of small secrets at rest, such as TOTP seeds. A sealed
 * value reads {@code <key id>.<base64url(nonce | ciphertext | tag)>}. The key is derived from
 * {@code pharos.security.secret}; after a change of that secret, the old one goes into {@code
 * pharos.security.previous-secrets} so that values sealed with it stay readable while new values
 * use the new key. The context (such as the owner's id) is bound as associated data, so a value
 * copied to another row does not decrypt.
 */
@Component
class SecretCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private final String currentKeyId;
  private final Map<String, SecretKey> keys = new LinkedHashMap<>();

  SecretCipher(
      @Value("${pharos.security.secret}") String secret,
      @Value("${pharos.security.previous-secrets:}") List<String> previousSecrets) {
    List<String> all = new ArrayList<>();
    all.add(secret);
    previousSecrets.stream().filter(s -> s != null && !s.isBlank()).forEach(all::add);
    for (String each : all) {
      keys.putIfAbsent(keyId(each), new SecretKeySpec(derive(each, "pharos-secret-cipher"), "AES"));
    }
    this.currentKeyId = keyId(secret);
  }

  String seal(String plain, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return currentKeyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws SealedValueUnreadable when the value was changed, belongs to another context, or was
   *     sealed with a key that is no longer configured
   */
  String open(String sealed, String context) {
    int dot = sealed == null ? -1 : sealed.indexOf('.');
    if (dot < 1) {
      throw new SealedValueUnreadable("not a sealed value");
    }
    SecretKey key = keys.get(sealed.substring(0, dot));
    if (key == null) {
      throw new SealedValueUnreadable("sealed with an unknown key " + sealed.substring(0, dot));
    }
    try {
      byte[] in = Base64.getUrlDecoder().decode(sealed.substring(dot + 1));
      if (in.length <= NONCE_BYTES) {
        throw new SealedValueUnreadable("too short");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new SealedValueUnreadable("changed or sealed for another context");
    }
  }

  /** Whether the value should be sealed again with the current key. */
  boolean needsRotation(String sealed) {
    return sealed != null && !sealed.startsWith(currentKeyId + ".");
  }

  private static String keyId(String secret) {
    return "k" + HexFormat.of().formatHex(derive(secret, "pharos-key-id"), 0, 4);
  }

  private static byte[] derive(String secret, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  static final class SealedValueUnreadable extends RuntimeException {

    SealedValueUnreadable(String message) {
      super(message);
    }
  }
}
