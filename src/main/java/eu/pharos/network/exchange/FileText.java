package eu.pharos.network.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes an uploaded file as strict UTF-8 (a byte order mark is allowed and dropped). */
final class FileText {

  private FileText() {}

  /** The text, or the 1-based line of the first byte that is not UTF-8. */
  static Decoded decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return new Decoded(text.toString(), null);
    } catch (CharacterCodingException e) {
      return new Decoded(null, firstBadLine(bytes, start));
    }
  }

  private static int firstBadLine(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int lineStart = start;
    for (int i = start; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return line;
  }

  record Decoded(String text, Integer badLine) {
    Optional<String> asText() {
      return Optional.ofNullable(text);
    }
  }
}
