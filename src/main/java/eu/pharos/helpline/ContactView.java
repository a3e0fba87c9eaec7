package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact; reading one with its note or transcript is audited.
 *
 * @param caseReference the case it belongs to; null when not linked
 * @param hasTranscript whether a chat transcript is attached ({@code transcript} is filled by
 *     {@link Contacts#get} only)
 */
public record ContactView(
    UUID id,
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
    boolean hasTranscript,
    String transcript,
    UUID caseId,
    String caseReference,
    Instant recordedAt,
    long version) {}
