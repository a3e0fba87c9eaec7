package eu.pharos.standards.framework.web;

import eu.pharos.standards.framework.FrameworkEdits.CriterionChange;
import eu.pharos.standards.framework.FrameworkEdits.FrameworkTexts;
import eu.pharos.standards.framework.FrameworkEdits.IndicatorChange;
import eu.pharos.standards.framework.FrameworkEdits.StandardChange;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.LocalText;

/**
 * The form of one element of a draft framework (the framework itself, a standard, a criterion or an
 * indicator) with its texts in one language. {@code title} is the framework's name.
 */
public class ElementForm {

  private Long version;
  private String language;
  private String code;
  private String title;
  private String description;
  private String guidance;
  private String evidence;
  private String scale;
  private boolean required = true;

  static ElementForm of(FrameworkTree framework, String language) {
    ElementForm form = blank(framework, language);
    form.title = own(framework.name(), language);
    form.description = own(framework.description(), language);
    return form;
  }

  static ElementForm of(
      FrameworkTree framework, FrameworkTree.StandardNode standard, String language) {
    ElementForm form = blank(framework, language);
    form.code = standard.code();
    form.title = own(standard.title(), language);
    form.description = own(standard.description(), language);
    return form;
  }

  static ElementForm of(
      FrameworkTree framework, FrameworkTree.CriterionNode criterion, String language) {
    ElementForm form = blank(framework, language);
    form.code = criterion.code();
    form.title = own(criterion.title(), language);
    return form;
  }

  static ElementForm of(
      FrameworkTree framework, FrameworkTree.IndicatorNode indicator, String language) {
    ElementForm form = blank(framework, language);
    form.code = indicator.code();
    form.title = own(indicator.title(), language);
    form.guidance = own(indicator.guidance(), language);
    form.evidence = own(indicator.evidence(), language);
    form.scale = indicator.scaleCode();
    form.required = indicator.required();
    return form;
  }

  static ElementForm blank(FrameworkTree framework, String language) {
    ElementForm form = new ElementForm();
    form.version = framework.rowVersion();
    form.language = language;
    if (!framework.scales().isEmpty()) {
      form.scale = framework.scales().get(0).code();
    }
    return form;
  }

  /** The text in exactly this language, without falling back to the original. */
  private static String own(LocalText text, String language) {
    return text != null && text.has(language) ? text.texts().get(language) : "";
  }

  FrameworkTexts toTexts() {
    return new FrameworkTexts(language, title, description);
  }

  StandardChange toStandard() {
    return new StandardChange(code, language, title, description);
  }

  CriterionChange toCriterion() {
    return new CriterionChange(code, language, title);
  }

  IndicatorChange toIndicator() {
    return new IndicatorChange(code, language, title, guidance, evidence, scale, required);
  }

  long versionOrStale() {
    return version == null ? -1 : version;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = guidance;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getScale() {
    return scale;
  }

  public void setScale(String scale) {
    this.scale = scale;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
