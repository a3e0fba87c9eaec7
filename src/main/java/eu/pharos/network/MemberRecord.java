package eu.pharos.network;

import java.time.Instant;

/**
 * A member as staff see it: the profile in any status, with who confirmed its contact details.
 * Never for public pages or the public API.
 */
public record MemberRecord(
    MemberView member, String contactVerifiedBy, Instant contactVerifiedAt) {}
