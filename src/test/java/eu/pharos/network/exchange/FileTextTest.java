package eu.pharos.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTextTest {

  @Test
  void utf8WithAByteOrderMarkIsRead() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "short_name\nBKB,Bílý kruh".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);

    FileText.Decoded decoded = FileText.decode(file);

    assertThat(decoded.text()).isEqualTo("short_name\nBKB,Bílý kruh");
    assertThat(decoded.badLine()).isNull();
  }

  @Test
  void latin1IsRefusedWithTheLineOfTheFirstBadByte() {
    byte[] file = "short_name\nAPAV,Lisboa\nBKB,Bílý kruh\n".getBytes(StandardCharsets.ISO_8859_1);

    FileText.Decoded decoded = FileText.decode(file);

    assertThat(decoded.text()).isNull();
    assertThat(decoded.badLine()).isEqualTo(3);
  }
}
