package eu.pharos.knowledge.search;

import eu.pharos.knowledge.centre.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A searchable thing as the index holds it; made from an {@link IndexedItem}. Its title and body
 * are indexed twice: with the {@code default} analyser (words, lower case, accents folded) for
 * every entry, and with the analyser of the entry's language (stemming, stop words) in that
 * language's fields, {@code title_fr}, {@code body_fr} …, which stay empty for entries in other
 * languages.
 */
@Entity
@Table(name = "knowledge_search_entry")
@Indexed(index = "knowledge")
class SearchEntry {

  @Id private UUID id;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private UUID refId;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  @Column(nullable = false)
  private UUID centreId;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @GenericField
  @Column(nullable = false)
  private boolean hidden;

  @FullTextField(
      analyzer = SearchAnalysers.DEFAULT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  @Column(nullable = false)
  private String title;

  @FullTextField(
      analyzer = SearchAnalysers.DEFAULT,
      projectable = Projectable.YES,
      highlightable = Highlightable.UNIFIED)
  private String body;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String language;

  @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String country;

  private UUID organisationId;

  @KeywordField(projectable = Projectable.YES, searchable = Searchable.NO)
  @Column(nullable = false)
  private String link;

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  @Column(nullable = false)
  private Instant updatedAt;

  protected SearchEntry() {}

  SearchEntry(IndexedItem item) {
    this.id = UUID.randomUUID();
    this.kind = item.kind();
    this.refId = item.refId();
    update(item);
  }

  void update(IndexedItem item) {
    this.centreId = item.centreId();
    this.visibility = item.visibility();
    this.hidden = item.hidden();
    String clean = Highlights.strip(item.title());
    this.title = clean.length() > 300 ? clean.substring(0, 299) + "…" : clean;
    this.body = Highlights.strip(item.body());
    this.language = item.language();
    this.country = item.country();
    this.organisationId = item.organisationId();
    this.link = item.link();
    this.updatedAt = item.updatedAt();
  }

  /** The year it was last changed, for the year facet. */
  @GenericField(aggregable = Aggregable.YES, searchable = Searchable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
  public int getYear() {
    return updatedAt.atZone(ZoneOffset.UTC).getYear();
  }

  @FullTextField(
      name = "title_en",
      analyzer = SearchAnalysers.EN,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getTitleEn() {
    return in(SearchAnalysers.EN, title);
  }

  @FullTextField(
      name = "body_en",
      analyzer = SearchAnalysers.EN,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getBodyEn() {
    return in(SearchAnalysers.EN, body);
  }

  @FullTextField(
      name = "title_fr",
      analyzer = SearchAnalysers.FR,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getTitleFr() {
    return in(SearchAnalysers.FR, title);
  }

  @FullTextField(
      name = "body_fr",
      analyzer = SearchAnalysers.FR,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getBodyFr() {
    return in(SearchAnalysers.FR, body);
  }

  @FullTextField(
      name = "title_de",
      analyzer = SearchAnalysers.DE,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getTitleDe() {
    return in(SearchAnalysers.DE, title);
  }

  @FullTextField(
      name = "body_de",
      analyzer = SearchAnalysers.DE,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getBodyDe() {
    return in(SearchAnalysers.DE, body);
  }

  @FullTextField(
      name = "title_pt",
      analyzer = SearchAnalysers.PT,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getTitlePt() {
    return in(SearchAnalysers.PT, title);
  }

  @FullTextField(
      name = "body_pt",
      analyzer = SearchAnalysers.PT,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getBodyPt() {
    return in(SearchAnalysers.PT, body);
  }

  @FullTextField(
      name = "title_nl",
      analyzer = SearchAnalysers.NL,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getTitleNl() {
    return in(SearchAnalysers.NL, title);
  }

  @FullTextField(
      name = "body_nl",
      analyzer = SearchAnalysers.NL,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "body")),
        @ObjectPath(@PropertyValue(propertyName = "language"))
      })
  public String getBodyNl() {
    return in(SearchAnalysers.NL, body);
  }

  /** The text when the entry is in {@code code}, else nothing. */
  private String in(String code, String text) {
    return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith(code)
        ? text
        : null;
  }

  UUID id() {
    return id;
  }

  String title() {
    return title;
  }

  String kind() {
    return kind;
  }

  UUID refId() {
    return refId;
  }

  void hide(boolean hidden) {
    this.hidden = hidden;
  }
}
