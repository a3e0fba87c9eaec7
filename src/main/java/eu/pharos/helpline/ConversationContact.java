package eu.pharos.helpline;

import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import java.time.Instant;
import java.util.UUID;

/**
 * A finished chat or written conversation that the chat module files as a contact, with its
 * transcript (sealed at rest; reading it is audited).
 *
 * @param conversationId the conversation in the chat module, so that filing twice is refused
 * @param caseId a case to attach it to; null for none
 */
public record ConversationContact(
    UUID conversationId,
    ContactChannel channel,
    Instant startedAt,
    Integer durationSeconds,
    String language,
    UUID advisorId,
    SupportService topic,
    CrimeType crimeType,
    ContactOutcome outcome,
    String transcript,
    String note,
    UUID caseId,
    boolean openCase) {}
