package eu.pharos.network;

import java.time.Instant;
import java.util.UUID;

/** A membership type change an organisation asked for, waiting for the secretariat. */
public record MembershipChangeView(
    UUID id,
    UUID organisationId,
    String organisationName,
    MembershipType currentType,
    MembershipType requestedType,
    String reason,
    String requestedBy,
    Instant requestedAt) {}
