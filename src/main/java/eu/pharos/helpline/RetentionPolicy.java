package eu.pharos.helpline;

import java.time.Instant;

/**
 * How long an organisation keeps closed cases before anonymising them.
 *
 * @param closedCaseRetentionDays 30 to 3650 days after closing
 */
public record RetentionPolicy(int closedCaseRetentionDays, Instant updatedAt, long version) {}
