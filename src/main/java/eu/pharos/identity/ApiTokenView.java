package eu.pharos.identity;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it in lists: never the token itself. */
public record ApiTokenView(
    UUID id,
    String name,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    boolean expired) {}
