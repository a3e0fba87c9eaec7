package eu.pharos.knowledge.centre;

import java.util.List;
import java.util.UUID;

/** What the secretariat says of a centre when opening or changing it. */
public record CentreDetails(
    String name,
    String topic,
    String purpose,
    List<String> languages,
    UUID leadOrganisationId,
    JoinPolicy joinPolicy) {}
