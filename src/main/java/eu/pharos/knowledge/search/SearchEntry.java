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

/** A searchable thing as the index holds it; made from an {@link IndexedItem}. */
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

  @KeywordField(aggregable = Aggregable.YES)
  @Column(nullable = false)
  private UUID centreId;

  @KeywordField
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @GenericField
  @Column(nullable = false)
  private boolean hidden;

  @FullTextField(projectable = Projectable.YES)
  @Column(nullable = false)
  private String title;

  @FullTextField private String body;

  @KeywordField(aggregable = Aggregable.YES)
  private String language;

  @KeywordField(aggregable = Aggregable.YES)
  private String country;

  private UUID organisationId;

  @Column(nullable = false)
  private String link;

  @GenericField(sortable = Sortable.YES)
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
    this.title = item.title().length() > 300 ? item.title().substring(0, 299) + "…" : item.title();
    this.body = item.body();
    this.language = item.language();
    this.country = item.country();
    this.organisationId = item.organisationId();
    this.link = item.link();
    this.updatedAt = item.updatedAt();
  }

  /** The year it was last changed, for the year facet. */
  @GenericField(aggregable = Aggregable.YES, searchable = Searchable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
  int year() {
    return updatedAt.atZone(ZoneOffset.UTC).getYear();
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
