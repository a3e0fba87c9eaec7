package eu.pharos.knowledge.guideline;

import eu.pharos.knowledge.centre.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A guideline or common recommendation of a centre, at one stage of its life. */
@Entity
@Table(name = "knowledge_guideline")
class Guideline {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private UUID centreId;

  @Column(nullable = false, updatable = false)
  private UUID seriesId;

  @Column(updatable = false)
  private UUID previousId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GuidelineKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GuidelineStatus status;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  private LocalDate reviewEndsOn;

  @Column(updatable = false)
  private UUID authorId;

  @Column(updatable = false)
  private String authorName;

  private Instant adoptedAt;

  private String adoptedByName;

  private Instant publishedAt;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  protected Guideline() {}

  Guideline(
      UUID centreId,
      UUID seriesId,
      UUID previousId,
      GuidelineDetails details,
      UUID authorId,
      String authorName,
      Instant now) {
    this.id = UUID.randomUUID();
    this.centreId = centreId;
    this.seriesId = seriesId == null ? id : seriesId;
    this.previousId = previousId;
    this.status = GuidelineStatus.DRAFT;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = now;
    change(details, now, authorId);
  }

  void change(GuidelineDetails details, Instant now, UUID by) {
    this.kind = details.kind();
    this.title = details.title();
    this.summary = details.summary();
    this.language = details.language();
    touch(now, by);
  }

  /** Marks a change of the guideline or of its sections, so that its version moves on. */
  void touch(Instant now, UUID by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void submit(LocalDate reviewEndsOn, Instant now, UUID by) {
    this.status = GuidelineStatus.IN_REVIEW;
    this.reviewEndsOn = reviewEndsOn;
    touch(now, by);
  }

  void withdraw(Instant now, UUID by) {
    this.status = GuidelineStatus.DRAFT;
    touch(now, by);
  }

  void adopt(String byName, Instant now, UUID by) {
    this.status = GuidelineStatus.ADOPTED;
    this.adoptedAt = now;
    this.adoptedByName = byName;
    touch(now, by);
  }

  void publish(Visibility visibility, Instant now, UUID by) {
    this.status = GuidelineStatus.PUBLISHED;
    this.visibility = visibility;
    this.publishedAt = now;
    touch(now, by);
  }

  void supersede(Instant now, UUID by) {
    this.status = GuidelineStatus.SUPERSEDED;
    touch(now, by);
  }

  /** Who may read it: the members until it is published, then the readers it was published for. */
  Visibility readers() {
    return status == GuidelineStatus.PUBLISHED || status == GuidelineStatus.SUPERSEDED
        ? visibility
        : Visibility.CENTRE;
  }

  UUID id() {
    return id;
  }

  UUID centreId() {
    return centreId;
  }

  UUID seriesId() {
    return seriesId;
  }

  UUID previousId() {
    return previousId;
  }

  GuidelineKind kind() {
    return kind;
  }

  String title() {
    return title;
  }

  String summary() {
    return summary;
  }

  String language() {
    return language;
  }

  GuidelineStatus status() {
    return status;
  }

  UUID authorId() {
    return authorId;
  }

  String authorName() {
    return authorName;
  }

  Instant adoptedAt() {
    return adoptedAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  LocalDate reviewEndsOn() {
    return reviewEndsOn;
  }

  long rowVersion() {
    return rowVersion;
  }

  GuidelineSummary summaryView() {
    return new GuidelineSummary(
        id,
        kind,
        title,
        summary,
        language,
        status,
        readers(),
        reviewEndsOn,
        authorName,
        adoptedAt,
        publishedAt,
        updatedAt,
        rowVersion);
  }
}
