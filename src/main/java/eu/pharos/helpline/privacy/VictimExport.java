package eu.pharos.helpline.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an organisation holds on a victim, opened, as the right of access exports it (GDPR
 * Article 15). Categories are the names stored (for example {@code DOMESTIC_VIOLENCE}); staff are
 * named by their display names.
 *
 * @param format the name and version of this layout
 */
public record VictimExport(
    String format,
    Instant exportedAt,
    UUID organisationId,
    String organisation,
    Victim victim,
    List<Consent> consents,
    List<Case> cases) {

  static final String FORMAT = "pharos-victim-export/1";

  /** How many contacts the export holds across the cases. */
  public int contactCount() {
    return cases.stream().mapToInt(c -> c.contacts().size()).sum();
  }

  public record Victim(
      UUID id,
      String reference,
      String fullName,
      String phone,
      String email,
      String address,
      LocalDate dateOfBirth,
      String preferredLanguage,
      String residenceCountry,
      String legalHoldReason,
      Instant legalHoldSetAt,
      Instant erasedAt,
      String erasureReason,
      Instant createdAt,
      Instant updatedAt) {}

  public record Consent(
      UUID id,
      String kind,
      String sharedWithName,
      String purpose,
      String method,
      Instant givenAt,
      LocalDate validUntil,
      String recordedBy,
      Instant recordedAt,
      Instant withdrawnAt,
      String withdrawalMethod) {}

  public record Case(
      UUID id,
      String reference,
      String status,
      Crime crime,
      String leadAdvisor,
      List<String> team,
      Instant openedAt,
      Instant closedAt,
      String outcome,
      String closingNote,
      int reopenedCount,
      List<Assessment> assessments,
      List<PlanAction> plan,
      List<FollowUp> followUps,
      List<TimelineEntry> timeline,
      List<Contact> contacts) {}

  public record Crime(
      String crimeType,
      LocalDate crimeDate,
      String place,
      String crimeCountry,
      String residenceCountry,
      boolean crossBorder,
      String summary) {}

  public record Assessment(
      String status,
      Map<String, String> answers,
      List<String> protectionMeasures,
      Boolean specificProtectionNeeds,
      String summary,
      Instant startedAt,
      String startedBy,
      Instant submittedAt,
      String submittedBy) {}

  public record PlanAction(
      String description,
      String owner,
      LocalDate dueOn,
      String status,
      Instant createdAt,
      Instant completedAt) {}

  public record FollowUp(
      Instant dueAt, String assignee, String note, String status, Instant doneAt) {}

  /**
   * @param documentName for a document, the name it was uploaded under (the file stays in the case)
   */
  public record TimelineEntry(
      String kind, String text, String documentName, Instant occurredAt, String author) {}

  public record Contact(
      UUID id,
      String channel,
      String line,
      String direction,
      Instant startedAt,
      Integer durationSeconds,
      String language,
      String advisor,
      String topic,
      String crimeType,
      String heardFrom,
      String outcome,
      boolean anonymous,
      String note,
      String transcript,
      Instant recordedAt) {}
}
