package eu.pharos.knowledge.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change in a centre, with who made it: what the centre's home lists as new. */
@Entity
@Table(name = "knowledge_activity")
class Activity {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String link;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Visibility visibility;

  @Column(updatable = false)
  private UUID actorId;

  @Column(updatable = false)
  private String actorName;

  @Column(nullable = false, updatable = false)
  private Instant occurredAt;

  protected Activity() {}

  Activity(
      UUID centreId,
      String kind,
      String action,
      String title,
      String link,
      Visibility visibility,
      UUID actorId,
      String actorName,
      Instant occurredAt) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.kind = kind;
    this.action = action;
    this.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
    this.link = link;
    this.visibility = visibility;
    this.actorId = actorId;
    this.actorName = actorName;
    this.occurredAt = occurredAt;
  }

  ActivityView view() {
    return new ActivityView(kind, action, title, link, visibility, actorName, occurredAt);
  }
}
