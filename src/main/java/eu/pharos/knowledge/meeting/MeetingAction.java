package eu.pharos.knowledge.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at a meeting, with its owner (a centre person or a named person). */
@Entity
@Table(name = "knowledge_meeting_action")
class MeetingAction {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID meetingId;

  @Column(nullable = false)
  private String text;

  private UUID ownerUserId;

  @Column(nullable = false)
  private String ownerName;

  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status;

  private String outcome;
  private Instant doneAt;
  private UUID doneBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected MeetingAction() {}

  MeetingAction(
      UUID meetingId,
      String text,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.text = text;
    this.ownerUserId = ownerUserId;
    this.ownerName = ownerName;
    this.dueOn = dueOn;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    this.createdBy = by;
  }

  void done(String outcome, Instant now, UUID by) {
    this.status = ActionStatus.DONE;
    this.outcome = outcome;
    this.doneAt = now;
    this.doneBy = by;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  String text() {
    return text;
  }

  UUID ownerUserId() {
    return ownerUserId;
  }

  String ownerName() {
    return ownerName;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  ActionStatus status() {
    return status;
  }

  String outcome() {
    return outcome;
  }

  Instant doneAt() {
    return doneAt;
  }

  long rowVersion() {
    return rowVersion;
  }
}
