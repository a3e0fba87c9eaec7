package eu.pharos.knowledge.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A Centre of Excellence: a topic the members prioritised, its purpose and who leads it. */
@Entity
@Table(name = "knowledge_centre")
class Centre {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String topic;

  @Column(nullable = false)
  private String purpose;

  /** Comma-separated language codes, the centre's working language first. */
  @Column(nullable = false)
  private String languages;

  @Column(nullable = false)
  private UUID leadOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private JoinPolicy joinPolicy;

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

  protected Centre() {}

  Centre(String slug, CentreDetails details, Instant now, UUID by) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.createdAt = now;
    this.createdBy = by;
    change(details, now, by);
  }

  void change(CentreDetails details, Instant now, UUID by) {
    this.name = details.name();
    this.topic = details.topic();
    this.purpose = details.purpose();
    this.languages = String.join(",", details.languages());
    this.leadOrganisationId = details.leadOrganisationId();
    this.joinPolicy = details.joinPolicy();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID id() {
    return id;
  }

  String slug() {
    return slug;
  }

  String name() {
    return name;
  }

  JoinPolicy joinPolicy() {
    return joinPolicy;
  }

  long rowVersion() {
    return rowVersion;
  }

  List<String> languages() {
    return Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList();
  }

  CentreView view(String leadOrganisationName) {
    return new CentreView(
        id,
        slug,
        name,
        topic,
        purpose,
        languages(),
        leadOrganisationId,
        leadOrganisationName,
        joinPolicy,
        createdAt,
        updatedAt,
        rowVersion);
  }
}
