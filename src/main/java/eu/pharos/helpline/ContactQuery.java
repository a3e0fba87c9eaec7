package eu.pharos.helpline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which contacts to list, newest first.
 *
 * @param unlinkedOnly only contacts not linked to a case
 * @param advisorId null for everyone's
 * @param from first day, inclusive; null for no limit
 * @param to last day, inclusive; null for no limit
 * @param page from 0
 * @param size 1 to 100
 */
public record ContactQuery(
    ContactChannel channel,
    boolean unlinkedOnly,
    UUID advisorId,
    LocalDate from,
    LocalDate to,
    int page,
    int size) {}
