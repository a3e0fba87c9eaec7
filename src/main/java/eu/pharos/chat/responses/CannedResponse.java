package eu.pharos.chat.responses;

import java.time.Instant;
import java.util.UUID;

/** A text of the organisation that an advisor inserts into an answer, in one language. */
public record CannedResponse(
    UUID id, String language, String title, String body, long version, Instant updatedAt) {}
