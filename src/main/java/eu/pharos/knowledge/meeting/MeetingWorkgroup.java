package eu.pharos.knowledge.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A named group of a meeting's participants working on one topic, with its own notes. */
@Entity
@Table(name = "knowledge_meeting_workgroup")
class MeetingWorkgroup {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID meetingId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  private String topic;
  private String notes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "knowledge_meeting_workgroup_member",
      joinColumns = @JoinColumn(name = "workgroup_id"))
  @Column(name = "participant_id", nullable = false)
  private Set<UUID> participantIds = new LinkedHashSet<>();

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected MeetingWorkgroup() {}

  MeetingWorkgroup(
      UUID meetingId,
      int position,
      String name,
      String topic,
      Set<UUID> participantIds,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.meetingId = meetingId;
    this.position = position;
    this.name = name;
    this.topic = topic;
    this.participantIds = new LinkedHashSet<>(participantIds);
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void writeNotes(String notes, Instant now, UUID by) {
    this.notes = notes;
    this.updatedAt = now;
    this.updatedBy = by;
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

  String name() {
    return name;
  }

  String topic() {
    return topic;
  }

  String notes() {
    return notes;
  }

  Set<UUID> participantIds() {
    return participantIds;
  }

  long rowVersion() {
    return rowVersion;
  }
}
