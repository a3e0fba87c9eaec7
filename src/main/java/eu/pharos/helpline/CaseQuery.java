package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import java.util.UUID;

/**
 * Which cases to list, newest activity first.
 *
 * @param text a case or victim reference, or a victim's full name or phone (exact once normalised);
 *     null for all
 * @param status null for all
 * @param advisorId cases this advisor leads or works on; null for everyone's
 * @param page from 0
 * @param size 1 to 100
 */
public record CaseQuery(
    String text, CaseStatus status, CrimeType crimeType, UUID advisorId, int page, int size) {}
