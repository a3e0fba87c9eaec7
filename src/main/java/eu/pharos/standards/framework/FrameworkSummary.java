package eu.pharos.standards.framework;

import java.time.Instant;
import java.util.UUID;

/** A framework in a list. */
public record FrameworkSummary(
    UUID id,
    String code,
    String version,
    FrameworkStatus status,
    boolean illustrative,
    LocalText name,
    int standards,
    int indicators,
    Instant updatedAt) {}
