package eu.pharos.network.directory;

import eu.pharos.network.MembershipChangeView;
import eu.pharos.network.MembershipType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An organisation's request for another membership type, until the secretariat decides. */
@Entity
@Table(name = "network_membership_request")
class MembershipRequest {

  enum Status {
    OPEN,
    APPROVED,
    REJECTED
  }

  @Id private UUID id;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_type", nullable = false)
  private MembershipType currentType;

  @Enumerated(EnumType.STRING)
  @Column(name = "requested_type", nullable = false)
  private MembershipType requestedType;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected MembershipRequest() {}

  MembershipRequest(
      UUID organisationId,
      MembershipType currentType,
      MembershipType requestedType,
      String reason,
      String requestedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.organisationId = organisationId;
    this.currentType = currentType;
    this.requestedType = requestedType;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.status = Status.OPEN;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  void decide(boolean approved, String by, Instant now) {
    if (status != Status.OPEN) {
      throw new eu.pharos.network.MemberChangeRefused("network.members.error.requestDecided");
    }
    status = approved ? Status.APPROVED : Status.REJECTED;
    decidedBy = by;
    decidedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID organisationId() {
    return organisationId;
  }

  MembershipType requestedType() {
    return requestedType;
  }

  MembershipChangeView view(String organisationName) {
    return new MembershipChangeView(
        id,
        organisationId,
        organisationName,
        currentType,
        requestedType,
        reason,
        requestedBy,
        requestedAt);
  }
}
