package eu.pharos.platform.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Decides what a file is from its bytes. The declared name may only narrow down what the bytes
 * already show (a ZIP container to the office format its name says, plain text to CSV); it never
 * turns unrecognised bytes into an allowed type, and text that claims to be a binary document is
 * treated as unknown.
 */
@Component
class ContentTypeDetector {

  private static final MediaType OOXML = MediaType.parse("application/x-tika-ooxml");
  private static final MediaType ZIP = MediaType.APPLICATION_ZIP;

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
  private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

  /** The detected base type, such as {@code application/pdf}; octet-stream when unknown. */
  String detect(Path file, String declaredName) throws IOException {
    MediaType content;
    try (TikaInputStream in = TikaInputStream.get(file)) {
      content = types.detect(in, new Metadata()).getBaseType();
    }
    if (MediaType.OCTET_STREAM.equals(content)) {
      return content.toString();
    }
    Metadata nameOnly = new Metadata();
    nameOnly.set(TikaCoreProperties.RESOURCE_NAME_KEY, declaredName == null ? "" : declaredName);
    MediaType named = types.detect(null, nameOnly).getBaseType();
    if (registry.isSpecializationOf(named, content)) {
      if (registry.isSpecializationOf(named, OOXML) && !isOfficeOpenXmlPackage(file)) {
        return ZIP.toString();
      }
      return named.toString();
    }
    if (MediaType.TEXT_PLAIN.equals(content)
        && !MediaType.OCTET_STREAM.equals(named)
        && !registry.isInstanceOf(named, MediaType.TEXT_PLAIN)) {
      return MediaType.OCTET_STREAM.toString();
    }
    return content.toString();
  }

  /** Every Office Open XML package names its parts' types in {@code [Content_Types].xml}. */
  private static boolean isOfficeOpenXmlPackage(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("[Content_Types].xml") != null;
    } catch (IOException notAZip) {
      return false;
    }
  }
}
