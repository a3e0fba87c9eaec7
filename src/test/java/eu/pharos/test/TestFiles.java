package eu.pharos.test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but real files of the kinds people upload, and of the kinds that pretend to be them. */
public final class TestFiles {

  private TestFiles() {}

  /** A one-page PDF with a line of text. */
  public static byte[] pdf() {
    String stream = "BT /F1 12 Tf 20 100 Td (Meeting minutes) Tj ET";
    return ("%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length "
            + stream.length()
            + " >> stream\n"
            + stream
            + "\nendstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n"
            + "%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  public static byte[] text() {
    return "Agenda\n1. Welcome\n2. Referrals across borders\n".getBytes(StandardCharsets.UTF_8);
  }

  /** An HTML page with a script, as an attacker would disguise it. */
  public static byte[] html() {
    return "<!DOCTYPE html>\n<html><body><script>document.location='https://evil.example'"
        .concat("</script></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The start of a Windows executable. */
  public static byte[] executable() {
    byte[] bytes = new byte[256];
    bytes[0] = 'M';
    bytes[1] = 'Z';
    bytes[0x3c] = (byte) 0x80;
    bytes[0x80] = 'P';
    bytes[0x81] = 'E';
    return bytes;
  }

  /** A Word document as far as its package goes: the part list and the main document. */
  public static byte[] docx() {
    return zip(
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"/>",
        "word/document.xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
  }

  /** A ZIP archive with a program inside: no office document at all. */
  public static byte[] zipWithProgram() {
    return zip("setup.exe", "MZ", "readme.txt", "run me");
  }

  /** An OpenDocument text: its first entry, stored uncompressed, names its type. */
  public static byte[] odt() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String... namesAndContents) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x1d4f6e);
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
