package eu.pharos.knowledge.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person or a whole organisation in a centre: asked to join, invited, or a member. A person's row
 * names their organisation too, so that nobody needs to look past their own tenant to know who they
 * are.
 */
@Entity
@Table(name = "knowledge_membership")
class Membership {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  /** Null for an organisation's membership. */
  @Column(updatable = false)
  private UUID userId;

  @Column(nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MembershipStatus status;

  private String note;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  private Instant decidedAt;
  private UUID decidedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Membership() {}

  Membership(
      UUID centreId,
      UUID organisationId,
      UUID userId,
      String displayName,
      MembershipStatus status,
      String note,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.organisationId = organisationId;
    this.userId = userId;
    this.displayName = displayName;
    this.role = MemberRole.MEMBER;
    this.status = status;
    this.note = note;
    this.createdAt = now;
    this.createdBy = by;
    if (status == MembershipStatus.ACTIVE) {
      this.decidedAt = now;
      this.decidedBy = by;
    }
  }

  void activate(Instant now, UUID by) {
    this.status = MembershipStatus.ACTIVE;
    this.decidedAt = now;
    this.decidedBy = by;
  }

  void role(MemberRole role, Instant now, UUID by) {
    this.role = role;
    this.decidedAt = now;
    this.decidedBy = by;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  UUID organisationId() {
    return organisationId;
  }

  UUID userId() {
    return userId;
  }

  boolean isPerson() {
    return userId != null;
  }

  MemberRole role() {
    return role;
  }

  MembershipStatus status() {
    return status;
  }

  boolean isActive() {
    return status == MembershipStatus.ACTIVE;
  }

  MemberView view(String organisationName) {
    return new MemberView(
        id,
        centreId,
        organisationId,
        organisationName,
        userId,
        displayName,
        role,
        status,
        note,
        createdAt,
        decidedAt);
  }
}
