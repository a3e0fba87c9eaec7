package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  static final String SECRET = "YMUBRXO7BBUFXY4JOGOJRUBDWZAFI6AI";

  final SecretCipher cipher = new SecretCipher("server secret one", List.of());

  @Test
  void sealsWithAKeyIdAndOpensAgain() {
    String sealed = cipher.seal(SECRET, "totp:user-1");

    assertThat(sealed).matches("k[0-9a-f]{8}\\.[A-Za-z0-9_-]+").doesNotContain(SECRET);
    assertThat(cipher.seal(SECRET, "totp:user-1")).isNotEqualTo(sealed);
    assertThat(cipher.open(sealed, "totp:user-1")).isEqualTo(SECRET);
  }

  @Test
  void aValueCopiedToAnotherAccountOrChangedDoesNotOpen() {
    String sealed = cipher.seal(SECRET, "totp:user-1");
    char last = sealed.charAt(sealed.length() - 1);
    String changed = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

    assertThatThrownBy(() -> cipher.open(sealed, "totp:user-2"))
        .isInstanceOf(SecretCipher.SealedValueUnreadable.class);
    assertThatThrownBy(() -> cipher.open(changed, "totp:user-1"))
        .isInstanceOf(SecretCipher.SealedValueUnreadable.class);
    assertThatThrownBy(() -> cipher.open(SECRET, "totp:user-1"))
        .isInstanceOf(SecretCipher.SealedValueUnreadable.class);
  }

  @Test
  void afterAChangeOfSecretOldValuesOpenWithThePreviousOne() {
    String sealedWithOld = cipher.seal(SECRET, "totp:user-1");
    var rotated = new SecretCipher("server secret two", List.of("server secret one"));
    var forgotten = new SecretCipher("server secret two", List.of());

    assertThat(rotated.open(sealedWithOld, "totp:user-1")).isEqualTo(SECRET);
    assertThat(rotated.needsRotation(sealedWithOld)).isTrue();
    assertThat(rotated.needsRotation(rotated.seal(SECRET, "totp:user-1"))).isFalse();
    assertThatThrownBy(() -> forgotten.open(sealedWithOld, "totp:user-1"))
        .isInstanceOf(SecretCipher.SealedValueUnreadable.class);
  }
}
