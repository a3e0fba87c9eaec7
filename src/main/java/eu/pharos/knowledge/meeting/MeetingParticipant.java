package eu.pharos.knowledge.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone taking part in a meeting: a person of the centre, or a guest by name. */
@Entity
@Table(name = "knowledge_meeting_participant")
class MeetingParticipant {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID meetingId;

  @Column(updatable = false)
  private UUID userId;

  @Column(nullable = false)
  private String name;

  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AttendanceMode mode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ParticipantStatus status;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected MeetingParticipant() {}

  MeetingParticipant(
      UUID meetingId,
      UUID userId,
      String name,
      String organisation,
      AttendanceMode mode,
      ParticipantStatus status,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.userId = userId;
    this.name = name;
    this.organisation = organisation;
    this.mode = mode;
    this.status = status;
    this.createdAt = now;
    this.createdBy = by;
  }

  void attend(AttendanceMode mode, ParticipantStatus status) {
    this.mode = mode;
    this.status = status;
  }

  void changeMode(AttendanceMode mode) {
    this.mode = mode;
  }

  void cancel() {
    this.status = ParticipantStatus.CANCELLED;
  }

  boolean isActive() {
    return status != ParticipantStatus.CANCELLED;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  UUID userId() {
    return userId;
  }

  String name() {
    return name;
  }

  String organisation() {
    return organisation;
  }

  AttendanceMode mode() {
    return mode;
  }

  ParticipantStatus status() {
    return status;
  }
}
