package eu.pharos.knowledge.guideline;

import java.time.Instant;
import java.util.UUID;

/** A line of a guideline's history. */
public record VersionEntry(
    int number,
    UUID guidelineId,
    VersionReason reason,
    String title,
    Instant madeAt,
    String madeByName) {}
