package eu.pharos.knowledge.document;

import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.InvalidInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What the documents of a centre do with files beyond storing them: refuse what carries scripts or
 * macros, take the text out for search and the text preview, and draw a PDF's first page. The
 * platform's file store decides the type (from the bytes), the size and emptiness; this class looks
 * inside the types it allows.
 */
@Component
class DocumentFiles {

  /** The most text kept for one version: enough for search, small enough for a row. */
  static final int MAX_TEXT = 1_000_000;

  /** The first page is drawn at most this many pixels on its longer side. */
  static final int MAX_PREVIEW_PIXELS = 1200;

  static final String PDF = "application/pdf";

  private static final Logger log = LoggerFactory.getLogger(DocumentFiles.class);

  private final FileStore files;
  private final long maxBytes;

  /** The newest first pages drawn, by file id: a file's content never changes. */
  private final Map<UUID, byte[]> previews =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, byte[]> eldest) {
              return size() > 40;
            }
          });

  DocumentFiles(FileStore files, @Value("${pharos.files.max-size}") DataSize maxSize) {
    this.files = files;
    this.maxBytes = maxSize.toBytes();
  }

  /**
   * Stores an upload for the caller's organisation and looks inside it. To be called within the
   * transaction that records the version: when this refuses the file, the rollback removes it.
   *
   * @throws FileRejected for no file, an empty one, one too large or of a type not allowed
   * @throws InvalidInput on {@code file} for a PDF with scripts, an office file with macros, or a
   *     file that cannot be read
   */
  StoredUpload store(Upload upload) {
    if (upload == null || upload.content() == null) {
      throw FileRejected.empty();
    }
    Path copy = null;
    try (InputStream content = upload.content()) {
      copy = Files.createTempFile("pharos-document-", ".part");
      spool(content, copy);
      StoredFileView stored;
      try (InputStream in = Files.newInputStream(copy)) {
        stored = files.store(upload.fileName(), in);
      }
      return new StoredUpload(stored, inspect(copy, stored.contentType()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not receive a document", e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          log.warn("Could not delete {}", copy, e);
        }
      }
    }
  }

  /** The text of a checked file, or null; refuses scripts and macros. */
  private String inspect(Path file, String contentType) throws IOException {
    if (PDF.equals(contentType)) {
      return inspectPdf(file);
    }
    if (contentType.startsWith("text/")) {
      return plainText(file);
    }
    if (contentType.startsWith("application/vnd.oasis.opendocument.")
        || contentType.startsWith("application/vnd.openxmlformats-officedocument.")
        || contentType.startsWith("application/vnd.ms-")
        || contentType.equals("application/zip")) {
      return inspectPackage(file);
    }
    return null;
  }

  private String inspectPdf(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (PdfScripts.containScripts(pdf)) {
        throw InvalidInput.of("file", "knowledge.documents.error.pdf-script");
      }
      try {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(Math.min(pdf.getNumberOfPages(), 1000));
        return cap(stripper.getText(pdf));
      } catch (IOException | RuntimeException unreadableText) {
        log.info("No text from a PDF: {}", unreadableText.toString());
        return null;
      }
    } catch (InvalidPasswordException | PdfScripts.TooComplex unreadable) {
      throw InvalidInput.of("file", "knowledge.documents.error.pdf-unreadable");
    } catch (IOException damaged) {
      log.info("A PDF that cannot be read: {}", damaged.toString());
      throw InvalidInput.of("file", "knowledge.documents.error.pdf-unreadable");
    }
  }

  private static String inspectPackage(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (OfficeFiles.containMacros(zip)) {
        throw InvalidInput.of("file", "knowledge.documents.error.macros");
      }
      try {
        return OfficeFiles.text(zip, MAX_TEXT);
      } catch (IOException | RuntimeException unreadableText) {
        log.info("No text from an office file: {}", unreadableText.toString());
        return null;
      }
    } catch (ZipException damaged) {
      throw InvalidInput.of("file", "knowledge.documents.error.unreadable");
    }
  }

  private static String plainText(Path file) throws IOException {
    try (Reader reader =
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      char[] buffer = new char[MAX_TEXT];
      int total = 0;
      int n;
      while (total < MAX_TEXT && (n = reader.read(buffer, total, MAX_TEXT - total)) != -1) {
        total += n;
      }
      String text = new String(buffer, 0, total);
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      return cap(text);
    }
  }

  private static String cap(String text) {
    if (text == null) {
      return null;
    }
    String clean = text.replace("\u0000", "").strip();
    if (clean.isEmpty()) {
      return null;
    }
    return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
  }

  private void spool(InputStream content, Path copy) throws IOException {
    long size = 0;
    try (OutputStream out = Files.newOutputStream(copy)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = content.read(buffer)) != -1) {
        size += n;
        if (size > maxBytes) {
          throw FileRejected.tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw FileRejected.empty();
    }
  }

  /**
   * A PNG of a stored PDF's first page, at most {@link #MAX_PREVIEW_PIXELS} on its longer side;
   * empty when the PDF has no page or cannot be drawn. The caller has checked that the reader may
   * see it.
   */
  Optional<byte[]> firstPage(UUID fileId) {
    byte[] cached = previews.get(fileId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Path copy = null;
    try {
      copy = Files.createTempFile("pharos-preview-", ".pdf");
      try (InputStream in = files.openShared(fileId)) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      try (PDDocument pdf =
          Loader.loadPDF(copy.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
        if (pdf.getNumberOfPages() == 0) {
          return Optional.empty();
        }
        PDRectangle box = pdf.getPage(0).getCropBox();
        float longer = Math.max(box.getWidth(), box.getHeight());
        float dpi = longer <= 0 ? 72f : Math.min(72f, 72f * MAX_PREVIEW_PIXELS / longer);
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] bytes = png.toByteArray();
        previews.put(fileId, bytes);
        return Optional.of(bytes);
      }
    } catch (IOException | RuntimeException cannotDraw) {
      log.info("No preview of file {}: {}", fileId, cannotDraw.toString());
      return Optional.empty();
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          log.warn("Could not delete {}", copy, e);
        }
      }
    }
  }

  /** Opens a stored file of any organisation: the caller has checked that the reader may see it. */
  InputStream open(UUID fileId) {
    return files.openShared(fileId);
  }
}
