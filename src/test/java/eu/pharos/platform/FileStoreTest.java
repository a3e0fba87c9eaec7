package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import eu.pharos.test.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Uploads are judged by their bytes, kept under ids, and seen only by their organisation. */
@PharosTest
class FileStoreTest {

  static final String APAV = "advisor.apav@pharos.test";
  static final String APAV_COLLEAGUE = "supervisor.apav@pharos.test";
  static final String WEISSER_RING = "advisor.wr-de@pharos.test";

  @Autowired FileStore files;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;

  @Value("${pharos.data-dir}")
  Path dataDir;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void storesARealPdfUnderItsIdWithItsDetectedTypeSizeAndHash() throws Exception {
    byte[] pdf = TestFiles.pdf();

    StoredFileView stored = store(APAV, "Minutes of 3 March.pdf", pdf);

    assertThat(stored.name()).isEqualTo("Minutes of 3 March.pdf");
    assertThat(stored.contentType()).isEqualTo("application/pdf");
    assertThat(stored.size()).isEqualTo(pdf.length);
    assertThat(stored.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    try (InputStream in = tenancy.asUser(APAV, () -> files.open(stored.id()))) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    try (Stream<Path> all = Files.walk(dataDir.resolve("files"))) {
      List<String> names = all.map(p -> p.getFileName().toString()).toList();
      assertThat(names).contains(stored.id().toString()).noneMatch(n -> n.contains("Minutes"));
    }
  }

  @Test
  void acceptsImagesTextAndOfficeDocuments() {
    assertThat(store(APAV, "chart.png", TestFiles.png()).contentType()).isEqualTo("image/png");
    assertThat(store(APAV, "photo.jpg", TestFiles.jpeg()).contentType()).isEqualTo("image/jpeg");
    assertThat(store(APAV, "agenda.txt", TestFiles.text()).contentType()).isEqualTo("text/plain");
    assertThat(store(APAV, "report.docx", TestFiles.docx()).contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(store(APAV, "report.odt", TestFiles.odt()).contentType())
        .isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void refusesFilesThatOnlyPretendToBeAllowed() {
    assertRejected("minutes.pdf", TestFiles.html(), FileRejected.Reason.TYPE_NOT_ALLOWED);
    assertRejected("minutes.pdf", TestFiles.executable(), FileRejected.Reason.TYPE_NOT_ALLOWED);
    assertRejected("minutes.pdf", TestFiles.text(), FileRejected.Reason.TYPE_NOT_ALLOWED);
    assertRejected("report.docx", TestFiles.zipWithProgram(), FileRejected.Reason.TYPE_NOT_ALLOWED);
  }

  @Test
  void refusesEmptyFilesAndFilesOverTheLimit() {
    assertRejected("empty.txt", new byte[0], FileRejected.Reason.EMPTY);

    long overLimit = 20L * 1024 * 1024 + 1;
    assertThatThrownBy(
            () -> tenancy.asUser(APAV, () -> files.store("big.txt", bytesOfLength(overLimit))))
        .isInstanceOfSatisfying(
            FileRejected.class,
            e -> {
              assertThat(e.reason()).isEqualTo(FileRejected.Reason.TOO_LARGE);
              assertThat(e.messageArguments()).containsExactly(20L);
            });
  }

  @Test
  void nothingOfARefusedUploadStaysOnDisk() throws IOException {
    long before = countFiles();

    assertRejected("minutes.pdf", TestFiles.html(), FileRejected.Reason.TYPE_NOT_ALLOWED);

    assertThat(countFiles()).isEqualTo(before);
  }

  @Test
  void keepsOnlyTheLastSegmentOfTheDeclaredName() {
    StoredFileView stored = store(APAV, "..\\..//etc/passwd\u0000.txt", TestFiles.text());

    assertThat(stored.name()).isEqualTo("passwd.txt");
  }

  @Test
  void anotherOrganisationNeitherFindsNorOpensNorDeletesAFile() {
    StoredFileView stored = store(APAV, "case notes.txt", TestFiles.text());

    assertThat(tenancy.asUser(APAV_COLLEAGUE, () -> files.find(stored.id()))).isPresent();
    assertThat(tenancy.asUser(WEISSER_RING, () -> files.find(stored.id()))).isEmpty();
    assertThatThrownBy(() -> tenancy.asUser(WEISSER_RING, () -> files.open(stored.id())))
        .isInstanceOf(StoredFileNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    WEISSER_RING,
                    () -> {
                      files.delete(stored.id());
                      return null;
                    }))
        .isInstanceOf(StoredFileNotFound.class);
    assertThat(TenantContext.runAs(TenantContext.NOBODY, () -> files.find(stored.id()))).isEmpty();
  }

  @Test
  void deletingRemovesRecordAndContent() throws IOException {
    StoredFileView stored = store(APAV, "draft.txt", TestFiles.text());
    long before = countFiles();

    tenancy.asUser(
        APAV,
        () -> {
          files.delete(stored.id());
          return null;
        });

    assertThat(tenancy.asUser(APAV, () -> files.find(stored.id()))).isEmpty();
    assertThat(countFiles()).isEqualTo(before - 1);
  }

  @Test
  void aFileBelongsToAnOrganisation() {
    assertThatThrownBy(
            () ->
                TenantContext.runAsSystem(
                    () -> files.store("x.txt", new ByteArrayInputStream(TestFiles.text()))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUploadThroughTheApiIsStoredForTheCallersOrganisation() throws Exception {
    var upload = new MockMultipartFile("file", "chart.png", "image/png", TestFiles.png());

    mvc.perform(multipart("/api/v1/probe/files").file(upload).with(tenancy.as(APAV)).with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.contentType").value("image/png"))
        .andExpect(jsonPath("$.name").value("chart.png"));
  }

  private StoredFileView store(String email, String name, byte[] content) {
    return tenancy.asUser(email, () -> files.store(name, new ByteArrayInputStream(content)));
  }

  private void assertRejected(String name, byte[] content, FileRejected.Reason reason) {
    assertThatThrownBy(() -> store(APAV, name, content))
        .as(name)
        .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private long countFiles() {
    if (!Files.isDirectory(dataDir.resolve("files"))) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(dataDir.resolve("files"))) {
      return all.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream bytesOfLength(long length) {
    return new InputStream() {
      long left = length;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(count, left);
        Arrays.fill(buffer, offset, offset + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
  }
}
