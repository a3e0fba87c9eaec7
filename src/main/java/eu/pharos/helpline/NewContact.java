package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact as an advisor records it; only channel, direction and start are required.
 *
 * @param helplineId the organisation's line from the network directory (such as its 116 006
 *     number); null with {@code lineLabel} for another line, or neither
 * @param startedAt not in the future
 * @param durationSeconds 0 to 24 hours; null when unknown
 * @param language ISO 639-1
 * @param advisorId an advisor of the organisation; null for the caller
 * @param topic what the person needed, from the network's list of services
 * @param anonymous the person gave no name or number
 * @param note what was said, free text (sealed at rest)
 * @param caseId a case of the organisation to attach the contact to; null for none
 * @param openCase open a new case for the contact (with an unnamed victim) when {@code caseId} is
 *     null
 */
public record NewContact(
    ContactChannel channel,
    UUID helplineId,
    String lineLabel,
    ContactDirection direction,
    Instant startedAt,
    Integer durationSeconds,
    String language,
    UUID advisorId,
    SupportService topic,
    CrimeType crimeType,
    HeardFrom heardFrom,
    ContactOutcome outcome,
    boolean anonymous,
    String note,
    UUID caseId,
    boolean openCase) {}
