package eu.pharos.chat;

import eu.pharos.helpline.ContactOutcome;
import eu.pharos.network.CrimeType;
import java.util.UUID;

/**
 * How the advisor ends a conversation: the contact it is filed as (outcome, crime type when known,
 * a note), and optionally on a case (an existing one, or a new one).
 */
public record ChatClosing(
    ContactOutcome outcome, CrimeType crimeType, String note, UUID caseId, boolean openCase) {}
