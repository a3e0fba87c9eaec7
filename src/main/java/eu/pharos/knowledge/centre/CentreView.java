package eu.pharos.knowledge.centre;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A centre as pages and the API show it. */
public record CentreView(
    UUID id,
    String slug,
    String name,
    String topic,
    String purpose,
    List<String> languages,
    UUID leadOrganisationId,
    String leadOrganisationName,
    JoinPolicy joinPolicy,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
