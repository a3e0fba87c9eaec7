package eu.pharos.helpline;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's timeline.
 *
 * @param text a note's text, or what an event changed; null for some events
 * @param fileId for a document: the file in the platform's file store
 */
public record TimelineEntryView(
    UUID id,
    UUID caseId,
    TimelineKind kind,
    String text,
    UUID fileId,
    String fileName,
    Instant occurredAt,
    UUID authorId) {}
