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

/** A criterion of a standard, judged by its indicators. */
@Entity
@Table(name = "standards_criterion")
class Criterion implements Framework.Positioned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "standard_id", updatable = false)
  private Standard standard;

  @Column(nullable = false, updatable = false)
  private UUID frameworkId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private LocalText titleTexts;

  @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Indicator> indicators = new ArrayList<>();

  protected Criterion() {}

  Criterion(Standard standard, String code, int position, LocalText title) {
    this.id = UUID.randomUUID();
    this.standard = standard;
    this.frameworkId = standard.framework().id();
    this.code = code;
    this.position = position;
    this.titleTexts = title;
  }

  Indicator addIndicator(
      String code,
      LocalText title,
      LocalText guidance,
      LocalText evidence,
      String scaleCode,
      boolean required) {
    standard.framework().requireDraft();
    Indicator indicator =
        new Indicator(
            this, code, indicators.size() + 1, title, guidance, evidence, scaleCode, required);
    indicators.add(indicator);
    return indicator;
  }

  void removeIndicator(Indicator indicator) {
    standard.framework().requireDraft();
    indicators.remove(indicator);
    Framework.renumber(indicators);
  }

  void edit(String code, LocalText title) {
    standard.framework().requireDraft();
    this.code = code;
    this.titleTexts = title;
  }

  @Override
  public void position(int position) {
    this.position = position;
  }

  UUID id() {
    return id;
  }

  Standard standard() {
    return standard;
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

  List<Indicator> indicators() {
    return indicators;
  }
}
