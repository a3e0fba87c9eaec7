package eu.pharos.network.engagement;

import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.NewFollowUpAction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action of an engagement; part of the {@link Engagement} aggregate. */
@Entity
@Table(name = "network_engagement_action")
class FollowUpAction {

  @Id private UUID id;
  private String description;
  private String ownerName;
  private UUID ownerOrganisationId;
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private FollowUpStatus status;

  private Instant closedAt;
  private LocalDate remindedOn;
  private Instant createdAt;

  protected FollowUpAction() {}

  FollowUpAction(NewFollowUpAction action, Instant now) {
    this.id = UUID.randomUUID();
    this.description = action.description();
    this.ownerName = action.ownerName();
    this.ownerOrganisationId = action.ownerOrganisationId();
    this.dueOn = action.dueOn();
    this.status = FollowUpStatus.OPEN;
    this.createdAt = now;
  }

  void setStatus(FollowUpStatus status, Instant now) {
    this.status = status;
    this.closedAt = status == FollowUpStatus.OPEN ? null : now;
    if (status == FollowUpStatus.OPEN) {
      this.remindedOn = null;
    }
  }

  boolean isOverdueOn(LocalDate today) {
    return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
  }

  /** Whether a reminder is due today: overdue, and not yet reminded today. */
  boolean needsReminderOn(LocalDate today) {
    return isOverdueOn(today) && (remindedOn == null || remindedOn.isBefore(today));
  }

  void remindedOn(LocalDate today) {
    this.remindedOn = today;
  }

  UUID id() {
    return id;
  }

  String description() {
    return description;
  }

  String ownerName() {
    return ownerName;
  }

  UUID ownerOrganisationId() {
    return ownerOrganisationId;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  FollowUpStatus status() {
    return status;
  }

  Instant closedAt() {
    return closedAt;
  }
}
