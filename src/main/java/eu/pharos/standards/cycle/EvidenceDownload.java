package eu.pharos.standards.cycle;

import java.io.InputStream;

/**
 * An evidence file ready to send; the caller closes {@code content}.
 *
 * @param fileName the name the uploader gave
 * @param contentType as detected from the content when it was stored
 */
public record EvidenceDownload(
    String fileName, String contentType, long size, InputStream content) {}
