package eu.pharos.helpline.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An advisor working on a case besides its lead. */
@Entity
@Table(name = "helpline_case_team")
@IdClass(TeamMember.Key.class)
class TeamMember {

  /** The primary key: one row per case and advisor. */
  static class Key implements Serializable {
    private UUID caseId;
    private UUID advisorId;

    protected Key() {}

    Key(UUID caseId, UUID advisorId) {
      this.caseId = caseId;
      this.advisorId = advisorId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(caseId, key.caseId)
          && java.util.Objects.equals(advisorId, key.advisorId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(caseId, advisorId);
    }
  }

  @Id
  @Column(name = "case_id")
  private UUID caseId;

  @Id
  @Column(name = "advisor_id")
  private UUID advisorId;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private Instant addedAt;

  protected TeamMember() {}

  TeamMember(UUID caseId, UUID advisorId, Instant now) {
    this.caseId = caseId;
    this.advisorId = advisorId;
    this.addedAt = now;
  }

  UUID caseId() {
    return caseId;
  }

  UUID advisorId() {
    return advisorId;
  }
}
