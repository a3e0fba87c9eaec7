package eu.pharos.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file comes from its bytes; the name may only narrow it down. */
class ContentTypeDetectorTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  final ContentTypeDetector detector = new ContentTypeDetector();

  @TempDir Path dir;

  @Test
  void recognisesRealDocumentsAndImages() throws IOException {
    assertThat(detect(TestFiles.pdf(), "minutes.pdf")).isEqualTo("application/pdf");
    assertThat(detect(TestFiles.png(), "chart.png")).isEqualTo("image/png");
    assertThat(detect(TestFiles.jpeg(), "photo.jpeg")).isEqualTo("image/jpeg");
    assertThat(detect(TestFiles.text(), "agenda.txt")).isEqualTo("text/plain");
    assertThat(detect(TestFiles.docx(), "report.docx")).isEqualTo(DOCX);
    assertThat(detect(TestFiles.odt(), "report.odt"))
        .isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void aWrongOrMissingNameDoesNotChangeWhatTheBytesAre() throws IOException {
    assertThat(detect(TestFiles.pdf(), "minutes")).isEqualTo("application/pdf");
    assertThat(detect(TestFiles.png(), "chart.pdf")).isEqualTo("image/png");
    assertThat(detect(TestFiles.html(), "minutes.pdf")).isEqualTo("text/html");
    assertThat(detect(TestFiles.executable(), "minutes.pdf")).isEqualTo("application/x-msdownload");
  }

  @Test
  void aNameNeverTurnsUnknownBytesIntoAnAllowedType() throws IOException {
    byte[] noise = {1, 2, 3, 4, 5, 6, 7, 8, (byte) 200, (byte) 201, 0, 0, 9};
    assertThat(detect(noise, "minutes.pdf")).isEqualTo("application/octet-stream");
    assertThat(detect(TestFiles.text(), "minutes.pdf")).isEqualTo("application/octet-stream");
    assertThat(detect(TestFiles.zipWithProgram(), "report.docx")).isEqualTo("application/zip");
  }

  private String detect(byte[] content, String name) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "upload", ".part"), content);
    return detector.detect(file, name);
  }
}
