package eu.pharos.knowledge.document;

import java.io.InputStream;

/**
 * A version's file ready to send; the caller closes {@code content}.
 *
 * @param contentType as detected from the content when it was stored
 */
public record FileDownload(String fileName, String contentType, long size, InputStream content) {}
