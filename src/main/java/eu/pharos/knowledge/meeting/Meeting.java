package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.centre.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A meeting or workshop of a centre, with its minutes once it has been held. */
@Entity
@Table(name = "knowledge_meeting")
class Meeting {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingKind kind;

  @Column(nullable = false)
  private String title;

  private String description;

  @Column(nullable = false)
  private Instant startsAt;

  @Column(nullable = false)
  private Instant endsAt;

  private String place;
  private String address;
  private String city;
  private String onlineLink;
  private UUID hostOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  private String minutes;

  @Column(nullable = false)
  private boolean minutesFinal;

  private Instant minutesAt;
  private UUID minutesBy;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Meeting() {}

  Meeting(UUID centreId, MeetingDetails details, Instant now, UUID by) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.createdAt = now;
    this.createdBy = by;
    change(details, now, by);
  }

  void change(MeetingDetails d, Instant now, UUID by) {
    this.kind = d.kind();
    this.title = d.title();
    this.description = d.description();
    this.startsAt = d.startsAt();
    this.endsAt = d.endsAt();
    this.place = d.place();
    this.address = d.address();
    this.city = d.city();
    this.onlineLink = d.onlineLink();
    this.hostOrganisationId = d.hostOrganisationId();
    this.visibility = d.visibility();
    touch(now, by);
  }

  void writeMinutes(String text, boolean makeFinal, Instant now, UUID by) {
    this.minutes = text;
    this.minutesFinal = makeFinal;
    this.minutesAt = now;
    this.minutesBy = by;
    touch(now, by);
  }

  /** Marks the meeting changed, so that a form built from an older version is stale. */
  void touch(Instant now, UUID by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  MeetingKind kind() {
    return kind;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  Instant startsAt() {
    return startsAt;
  }

  Instant endsAt() {
    return endsAt;
  }

  String place() {
    return place;
  }

  String address() {
    return address;
  }

  String city() {
    return city;
  }

  String onlineLink() {
    return onlineLink;
  }

  UUID hostOrganisationId() {
    return hostOrganisationId;
  }

  Visibility visibility() {
    return visibility;
  }

  String minutes() {
    return minutes;
  }

  boolean minutesFinal() {
    return minutesFinal;
  }

  Instant minutesAt() {
    return minutesAt;
  }

  UUID createdBy() {
    return createdBy;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long rowVersion() {
    return rowVersion;
  }
}
