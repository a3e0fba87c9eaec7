package eu.pharos.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TinkPersonalDataCipherTest {

  private static final String KEY_A = key(1);
  private static final String KEY_B = key(2);
  private static final String INDEX_1 = "i1:" + key(3);
  private static final String INDEX_2 = "i2:" + key(4);
  private static final String CONTEXT = "helpline_victim.full_name_sealed:3f2a";

  private final TinkPersonalDataCipher cipher = cipher("a:" + KEY_A, INDEX_1);

  @Test
  void sealedValueOpensInItsContextAndNamesItsKey() {
    String sealed = cipher.seal("Maria Silva", CONTEXT);

    assertThat(sealed).startsWith("a.").doesNotContain("Maria");
    assertThat(sealed.substring(2)).matches("[A-Za-z0-9_-]+");
    assertThat(cipher.keyIdOf(sealed)).isEqualTo("a");
    assertThat(cipher.currentKeyId()).isEqualTo("a");
    assertThat(cipher.open(sealed, CONTEXT)).isEqualTo("Maria Silva");
  }

  @Test
  void sameValueSealsDifferentlyEachTime() {
    assertThat(cipher.seal("Maria Silva", CONTEXT))
        .isNotEqualTo(cipher.seal("Maria Silva", CONTEXT));
  }

  @Test
  void nullStaysNullAndEmptyTextSurvives() {
    assertThat(cipher.seal(null, CONTEXT)).isNull();
    assertThat(cipher.open(null, CONTEXT)).isNull();
    assertThat(cipher.keyIdOf(null)).isNull();
    assertThat(cipher.open(cipher.seal("", CONTEXT), CONTEXT)).isEmpty();
  }

  @Test
  void tamperedValueDoesNotOpenAndTheMessageHoldsNoValue() {
    String sealed = cipher.seal("Maria Silva", CONTEXT);
    char last = sealed.charAt(sealed.length() - 5);
    String tampered =
        sealed.substring(0, sealed.length() - 5)
            + (last == 'A' ? 'B' : 'A')
            + sealed.substring(sealed.length() - 4);

    assertThatThrownBy(() -> cipher.open(tampered, CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("changed")
        .hasMessageNotContaining("Maria")
        .hasMessageNotContaining(tampered);
    assertThatThrownBy(() -> cipher.open("a.not*base64", CONTEXT))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.open("no key id", CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not a sealed value");
  }

  @Test
  void valueCopiedToAnotherRowOrColumnDoesNotOpen() {
    String sealed = cipher.seal("Maria Silva", CONTEXT);

    assertThatThrownBy(() -> cipher.open(sealed, "helpline_victim.full_name_sealed:9999"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another context");
    assertThatThrownBy(() -> cipher.open(sealed, "helpline_victim.email_sealed:3f2a"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valueOfAnUnknownKeyIsRefusedNamingTheKey() {
    String sealedElsewhere = cipher("z:" + KEY_B, INDEX_1).seal("Maria Silva", CONTEXT);

    assertThatThrownBy(() -> cipher.open(sealedElsewhere, CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"z\"")
        .hasMessageContaining("not configured");
  }

  @Test
  void oldKeyStillOpensAfterANewCurrentKey() {
    String sealedWithA = cipher.seal("Maria Silva", CONTEXT);

    TinkPersonalDataCipher rotated = cipher("b:" + KEY_B + ", a:" + KEY_A, INDEX_1);
    String sealedWithB = rotated.seal("Maria Silva", CONTEXT);

    assertThat(rotated.currentKeyId()).isEqualTo("b");
    assertThat(rotated.keyIdOf(sealedWithB)).isEqualTo("b");
    assertThat(rotated.open(sealedWithA, CONTEXT)).isEqualTo("Maria Silva");
    assertThat(rotated.open(sealedWithB, CONTEXT)).isEqualTo("Maria Silva");
    assertThatThrownBy(() -> cipher.open(sealedWithB, CONTEXT))
        .as("the old configuration does not know the new key")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void blindIndexIgnoresCaseAccentsAndSpacing() {
    String index = cipher.blindIndex("name", "Maria Silva");

    assertThat(index).matches("[0-9a-f]{64}");
    assertThat(cipher.blindIndex("name", "  MARÍA   silva ")).isEqualTo(index);
    assertThat(cipher.blindIndex("name", "maria\tSílva")).isEqualTo(index);
    assertThat(cipher.blindIndex("name", "Maria Silvas")).isNotEqualTo(index);
    assertThat(cipher.blindIndex("name", "Maria")).isNotEqualTo(index);
    assertThat(cipher.currentIndexKeyId()).isEqualTo("i1");
  }

  @Test
  void blindIndexOfAPhoneKeepsDigitsAndTheInternationalPrefix() {
    String index = cipher.blindIndex("phone", "+351 912 345 678");

    assertThat(cipher.blindIndex("phone", "00351-912-345-678")).isEqualTo(index);
    assertThat(cipher.blindIndex("phone", "(+351) 912.345.678")).isEqualTo(index);
    assertThat(cipher.blindIndex("phone", "351 912 345 678"))
        .as("without + or 00 it is another number")
        .isNotEqualTo(index);
    assertThat(TinkPersonalDataCipher.normalise("phone", " 0049 (30) 1234-5 "))
        .isEqualTo("+49301234" + "5");
    assertThat(TinkPersonalDataCipher.normalise("phone", "0211 12345")).isEqualTo("021112345");
    assertThat(TinkPersonalDataCipher.normalise("name", " Ângela\u00a0 DUBOIS-Müller "))
        .isEqualTo("angela dubois-muller");
  }

  @Test
  void blindIndexOfNothingIsNullAndPurposesDoNotMix() {
    assertThat(cipher.blindIndex("name", null)).isNull();
    assertThat(cipher.blindIndex("name", "   ")).isNull();
    assertThat(cipher.blindIndex("phone", "no digits")).isNull();
    assertThat(cipher.blindIndex("name", "123")).isNotEqualTo(cipher.blindIndex("phone", "123"));
    assertThatThrownBy(() -> cipher.blindIndex("email", "a@b.eu"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blindIndexDiffersAcrossIndexKeys() {
    TinkPersonalDataCipher other = cipher("a:" + KEY_A, INDEX_2);

    assertThat(other.blindIndex("name", "Maria Silva"))
        .isNotEqualTo(cipher.blindIndex("name", "Maria Silva"));
    assertThat(other.currentIndexKeyId()).isEqualTo("i2");
  }

  @Test
  void withoutKeysTheSecretYieldsStableKeysAndPreviousSecretsStillOpen() {
    TinkPersonalDataCipher embedded = derived("first-secret-of-this-installation", List.of());
    TinkPersonalDataCipher again = derived("first-secret-of-this-installation", List.of());
    String sealed = embedded.seal("Maria Silva", CONTEXT);

    assertThat(embedded.currentKeyId()).matches("d[0-9a-f]{8}");
    assertThat(embedded.currentIndexKeyId()).matches("i[0-9a-f]{8}");
    assertThat(again.open(sealed, CONTEXT)).isEqualTo("Maria Silva");
    assertThat(again.blindIndex("name", "Maria Silva"))
        .isEqualTo(embedded.blindIndex("name", "Maria Silva"));

    TinkPersonalDataCipher changed =
        derived("second-secret-of-this-installation", List.of("first-secret-of-this-installation"));
    assertThat(changed.currentKeyId()).isNotEqualTo(embedded.currentKeyId());
    assertThat(changed.currentIndexKeyId()).isNotEqualTo(embedded.currentIndexKeyId());
    assertThat(changed.open(sealed, CONTEXT)).isEqualTo("Maria Silva");
  }

  @Test
  void malformedKeySettingsStopTheStartNamingEveryProblemButNoKey() {
    InvalidPrivacyKeys refusal =
        catchThrowableOfType(
            InvalidPrivacyKeys.class,
            () ->
                PrivacyKeys.read(
                    "a:"
                        + KEY_A
                        + ",a:"
                        + KEY_B
                        + ",no-colon,"
                        + "b:"
                        + "c2hvcnQ="
                        + ",c.d:"
                        + KEY_A
                        + ",e:***",
                    "i1:" + KEY_A + ",i2:" + KEY_B,
                    "secret",
                    List.of()));

    assertThat(refusal).isNotNull();
    assertThat(refusal.problems())
        .containsExactly(
            "pharos.privacy.data-keys: the key id \"a\" is used twice",
            "pharos.privacy.data-keys: entry 3 is not \"<id>:<base64 of 32 random bytes>\"",
            "pharos.privacy.data-keys: entry 4 (id \"b\") decodes to 5 bytes instead of 32, for"
                + " example from: openssl rand -base64 32",
            "pharos.privacy.data-keys: entry 5 has the id \"c.d\"; an id is 1 to 40 letters,"
                + " digits, - or _",
            "pharos.privacy.data-keys: entry 6 (id \"e\") is not valid base64",
            "pharos.privacy.index-key holds one key only (\"<id>:<base64 of 32 bytes>\")");
    assertThat(refusal.getMessage()).doesNotContain(KEY_A).doesNotContain(KEY_B);
    assertThat(new InvalidPrivacyKeysFailureAnalyzer().analyze(refusal).getAction())
        .contains("PHAROS_PRIVACY_DATA_KEYS")
        .contains("openssl rand -base64 32");
  }

  @Test
  void urlSafeBase64KeysAreAccepted() {
    byte[] raw = new byte[32];
    raw[0] = (byte) 0xfb;
    raw[1] = (byte) 0xff;
    String urlSafe = Base64.getUrlEncoder().encodeToString(raw);

    TinkPersonalDataCipher withUrlSafe = cipher("u:" + urlSafe, INDEX_1);

    assertThat(withUrlSafe.open(withUrlSafe.seal("x", CONTEXT), CONTEXT)).isEqualTo("x");
  }

  private static TinkPersonalDataCipher cipher(String dataKeys, String indexKey) {
    return new TinkPersonalDataCipher(PrivacyKeys.read(dataKeys, indexKey, "", List.of()));
  }

  private static TinkPersonalDataCipher derived(String secret, List<String> previous) {
    return new TinkPersonalDataCipher(PrivacyKeys.read("", "", secret, previous));
  }

  private static String key(int seed) {
    byte[] bytes = new byte[32];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (seed * 31 + i * 7);
    }
    return Base64.getEncoder().encodeToString(bytes);
  }
}
