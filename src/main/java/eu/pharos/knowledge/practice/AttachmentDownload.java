package eu.pharos.knowledge.practice;

import java.io.InputStream;

/** An attachment opened for download; the caller closes {@code content}. */
public record AttachmentDownload(String name, String contentType, long size, InputStream content) {}
