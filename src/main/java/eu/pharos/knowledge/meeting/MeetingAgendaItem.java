package eu.pharos.knowledge.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One item of a meeting's agenda, in order. */
@Entity
@Table(name = "knowledge_meeting_agenda_item")
class MeetingAgendaItem {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID meetingId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  private Instant startsAt;
  private String presenter;

  protected MeetingAgendaItem() {}

  MeetingAgendaItem(
      UUID meetingId, int position, String title, Instant startsAt, String presenter) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.position = position;
    this.title = title;
    this.startsAt = startsAt;
    this.presenter = presenter;
  }

  void moveTo(int position) {
    this.position = position;
  }

  UUID id() {
    return id;
  }

  UUID meetingId() {
    return meetingId;
  }

  int position() {
    return position;
  }

  String title() {
    return title;
  }

  Instant startsAt() {
    return startsAt;
  }

  String presenter() {
    return presenter;
  }
}
