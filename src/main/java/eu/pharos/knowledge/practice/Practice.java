package eu.pharos.knowledge.practice;

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

/**
 * A good practice shared in a centre, in the language it was written in, with the organisation and
 * country it comes from and the person who wrote it down.
 */
@Entity
@Table(name = "knowledge_practice")
class Practice {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String problem;

  @Column(nullable = false)
  private String practice;

  private String resources;

  private String results;

  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private String organisationName;

  @Column(updatable = false)
  private String country;

  @Column(nullable = false, updatable = false)
  private UUID authorId;

  @Column(nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false)
  private boolean hidden;

  private String hiddenReason;

  private UUID hiddenBy;

  private Instant hiddenAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Practice() {}

  Practice(
      UUID centreId,
      PracticeInput input,
      UUID organisationId,
      String organisationName,
      String country,
      UUID authorId,
      String authorName,
      Instant now) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.organisationId = organisationId;
    this.organisationName = organisationName;
    this.country = country;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = now;
    change(input, now, authorId);
  }

  void change(PracticeInput input, Instant now, UUID by) {
    this.title = input.title();
    this.problem = input.problem();
    this.practice = input.practice();
    this.resources = input.resources();
    this.results = input.results();
    this.contact = input.contact();
    this.visibility = input.visibility();
    this.language = input.language();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void hide(String reason, Instant now, UUID by) {
    this.hidden = true;
    this.hiddenReason = reason;
    this.hiddenAt = now;
    this.hiddenBy = by;
  }

  void show() {
    this.hidden = false;
    this.hiddenReason = null;
    this.hiddenAt = null;
    this.hiddenBy = null;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  String title() {
    return title;
  }

  Visibility visibility() {
    return visibility;
  }

  String language() {
    return language;
  }

  UUID organisationId() {
    return organisationId;
  }

  String organisationName() {
    return organisationName;
  }

  String country() {
    return country;
  }

  UUID authorId() {
    return authorId;
  }

  String authorName() {
    return authorName;
  }

  boolean hidden() {
    return hidden;
  }

  String hiddenReason() {
    return hiddenReason;
  }

  String contact() {
    return contact;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long rowVersion() {
    return rowVersion;
  }

  PracticeText text() {
    return new PracticeText(language, title, problem, practice, resources, results);
  }

  /** The searchable words of the original: the problem, the practice and its results. */
  String body() {
    StringBuilder body = new StringBuilder(problem).append("\n\n").append(practice);
    if (results != null) {
      body.append("\n\n").append(results);
    }
    return body.toString();
  }
}
