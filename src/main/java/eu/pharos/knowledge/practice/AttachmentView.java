package eu.pharos.knowledge.practice;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a practice, as its list shows it. */
public record AttachmentView(
    UUID id, String name, String contentType, long size, Instant addedAt) {}
