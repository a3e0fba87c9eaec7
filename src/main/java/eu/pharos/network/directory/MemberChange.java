package eu.pharos.network.directory;

import eu.pharos.network.MemberChangeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a member's history; never changed once written. */
@Entity
@Table(name = "network_change")
class MemberChange {

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Column(nullable = false)
  private String action;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "actor_label", nullable = false)
  private String actorLabel;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "before_state")
  private String before;

  @Column(name = "after_state")
  private String after;

  protected MemberChange() {}

  MemberChange(
      UUID organisationId,
      String action,
      UUID actorId,
      String actorLabel,
      Instant at,
      String before,
      String after) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.action = action;
    this.actorId = actorId;
    this.actorLabel = actorLabel;
    this.changedAt = at;
    this.before = before;
    this.after = after;
  }

  MemberChangeView view() {
    return new MemberChangeView(id, action, actorLabel, changedAt, before, after);
  }
}
