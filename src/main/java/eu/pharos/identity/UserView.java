package eu.pharos.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record UserView(
    UUID id,
    UUID organisationId,
    String email,
    String displayName,
    UserStatus status,
    Set<Role> roles,
    boolean secondFactorEnrolled,
    Instant lastLoginAt) {}
