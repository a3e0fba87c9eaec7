package eu.pharos.identity.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Time-based one-time codes (RFC 6238: SHA-1, six digits, 30-second steps). */
final class Totp {

  static final int PERIOD_SECONDS = 30;
  static final String ISSUER = "Pharos";

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  private final DefaultCodeGenerator generator = new DefaultCodeGenerator();
  private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

  String newSecret() {
    return secrets.generate();
  }

  static boolean looksLikeCode(String input) {
    return input != null && SIX_DIGITS.matcher(input).matches();
  }

  /**
   * The time step whose code {@code code} is, within one step either side of now (clocks drift and
   * people type slowly), or empty when it matches none.
   */
  OptionalLong matchingStep(String secret, String code, Instant now) {
    if (!looksLikeCode(code)) {
      return OptionalLong.empty();
    }
    long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    OptionalLong match = OptionalLong.empty();
    for (long step = current - 1; step <= current + 1; step++) {
      // Compare every step in constant time, so timing tells nothing about which step matched.
      if (MessageDigest.isEqual(bytes(codeAt(secret, step)), bytes(code)) && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("Cannot compute a TOTP code", e);
    }
  }

  /** The otpauth:// URI as a PNG QR code in a data: URI, for an {@code <img>} on the page. */
  String qrCodeDataUri(String secret, String accountLabel) {
    QrData data =
        new QrData.Builder()
            .label(accountLabel)
            .secret(secret)
            .issuer(ISSUER)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
    try {
      ZxingPngQrGenerator png = new ZxingPngQrGenerator();
      png.setImageSize(240);
      return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("Cannot draw the QR code", e);
    }
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.US_ASCII);
  }
}
