package eu.pharos.knowledge.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A decision recorded in a meeting's minutes, numbered from 1 in the order taken. */
@Entity
@Table(name = "knowledge_meeting_decision")
class MeetingDecision {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID meetingId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  protected MeetingDecision() {}

  MeetingDecision(UUID meetingId, int number, String text, Instant now, UUID by) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.number = number;
    this.text = text;
    this.createdAt = now;
    this.createdBy = by;
  }

  UUID id() {
    return id;
  }

  int number() {
    return number;
  }

  String text() {
    return text;
  }
}
