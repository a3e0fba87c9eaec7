package eu.pharos.standards.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A standard of a framework: a theme such as confidentiality, judged by its criteria. */
@Entity
@Table(name = "standards_standard")
class Standard implements Framework.Positioned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", updatable = false)
  private Framework framework;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private LocalText titleTexts;

  private LocalText descriptionTexts;

  @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Criterion> criteria = new ArrayList<>();

  protected Standard() {}

  Standard(Framework framework, String code, int position, LocalText title, LocalText description) {
    this.id = UUID.randomUUID();
    this.framework = framework;
    this.code = code;
    this.position = position;
    this.titleTexts = title;
    this.descriptionTexts = description;
  }

  Criterion addCriterion(String code, LocalText title) {
    framework.requireDraft();
    Criterion criterion = new Criterion(this, code, criteria.size() + 1, title);
    criteria.add(criterion);
    return criterion;
  }

  void removeCriterion(Criterion criterion) {
    framework.requireDraft();
    criteria.remove(criterion);
    Framework.renumber(criteria);
  }

  void edit(String code, LocalText title, LocalText description) {
    framework.requireDraft();
    this.code = code;
    this.titleTexts = title;
    this.descriptionTexts = description;
  }

  @Override
  public void position(int position) {
    this.position = position;
  }

  List<Indicator> indicators() {
    return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
  }

  UUID id() {
    return id;
  }

  Framework framework() {
    return framework;
  }

  String code() {
    return code;
  }

  int position() {
    return position;
  }

  LocalText title() {
    return titleTexts;
  }

  LocalText description() {
    return descriptionTexts == null ? LocalText.EMPTY : descriptionTexts;
  }

  List<Criterion> criteria() {
    return criteria;
  }
}
