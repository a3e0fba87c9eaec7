package eu.pharos.knowledge.document;

import java.io.InputStream;

/**
 * A file as the user sent it; the service reads and closes {@code content}.
 *
 * @param fileName the name the user gave, for display and downloads only
 * @param content the bytes, or null when no file was chosen
 */
public record Upload(String fileName, InputStream content) {}
