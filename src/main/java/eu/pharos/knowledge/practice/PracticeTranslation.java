package eu.pharos.knowledge.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A practice in another language than its original: its text fields translated. */
@Entity
@Table(name = "knowledge_practice_translation")
class PracticeTranslation {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID practiceId;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String problem;

  @Column(nullable = false)
  private String practice;

  private String resources;

  private String results;

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

  protected PracticeTranslation() {}

  PracticeTranslation(UUID practiceId, PracticeText text, Instant now, UUID by) {
    this.id = UUID.randomUUID();
    this.practiceId = practiceId;
    this.language = text.language();
    this.createdAt = now;
    this.createdBy = by;
    change(text, now, by);
  }

  void change(PracticeText text, Instant now, UUID by) {
    this.title = text.title();
    this.problem = text.problem();
    this.practice = text.practice();
    this.resources = text.resources();
    this.results = text.results();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  UUID practiceId() {
    return practiceId;
  }

  String language() {
    return language;
  }

  PracticeText text() {
    return new PracticeText(language, title, problem, practice, resources, results);
  }
}
