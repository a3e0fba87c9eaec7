package eu.pharos.standards.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What an organisation is rated on: guidance for those who rate, the evidence expected and the
 * scale to rate with. Ratings and findings refer to an indicator by id, never by code, so that a
 * later version of the framework cannot change what an old rating meant.
 */
@Entity
@Table(name = "standards_indicator")
class Indicator implements Framework.Positioned {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", updatable = false)
  private Criterion criterion;

  @Column(nullable = false, updatable = false)
  private UUID frameworkId;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private LocalText titleTexts;

  private LocalText guidanceTexts;
  private LocalText evidenceTexts;

  @Column(nullable = false)
  private String scaleCode;

  @Column(nullable = false)
  private boolean required;

  protected Indicator() {}

  Indicator(
      Criterion criterion,
      String code,
      int position,
      LocalText title,
      LocalText guidance,
      LocalText evidence,
      String scaleCode,
      boolean required) {
    this.id = UUID.randomUUID();
    this.criterion = criterion;
    this.frameworkId = criterion.standard().framework().id();
    this.code = code;
    this.position = position;
    this.titleTexts = title;
    this.guidanceTexts = guidance;
    this.evidenceTexts = evidence;
    this.scaleCode = scaleCode;
    this.required = required;
  }

  void edit(
      String code,
      LocalText title,
      LocalText guidance,
      LocalText evidence,
      String scaleCode,
      boolean required) {
    criterion.standard().framework().requireDraft();
    this.code = code;
    this.titleTexts = title;
    this.guidanceTexts = guidance;
    this.evidenceTexts = evidence;
    this.scaleCode = scaleCode;
    this.required = required;
  }

  @Override
  public void position(int position) {
    this.position = position;
  }

  UUID id() {
    return id;
  }

  Criterion criterion() {
    return criterion;
  }

  UUID frameworkId() {
    return frameworkId;
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

  LocalText guidance() {
    return guidanceTexts == null ? LocalText.EMPTY : guidanceTexts;
  }

  LocalText evidence() {
    return evidenceTexts == null ? LocalText.EMPTY : evidenceTexts;
  }

  String scaleCode() {
    return scaleCode;
  }

  boolean required() {
    return required;
  }
}
