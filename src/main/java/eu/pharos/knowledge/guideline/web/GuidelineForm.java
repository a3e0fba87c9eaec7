package eu.pharos.knowledge.guideline.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.guideline.GuidelineDetails;
import eu.pharos.knowledge.guideline.GuidelineKind;
import eu.pharos.knowledge.guideline.GuidelineView;
import eu.pharos.knowledge.guideline.SectionInput;
import eu.pharos.knowledge.guideline.SectionView;
import eu.pharos.shared.web.FormValues;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the guideline forms send: a guideline's details, a section, a comment, a review period or a
 * decision. Each form uses the fields it shows; what was typed is shown again when it is refused.
 */
public class GuidelineForm {

  private String kind;
  private String title;
  private String summary;
  private String language;
  private String heading;
  private String text;
  private String quote;
  private String section;
  private String reviewEndsOn;
  private boolean closeEarly;
  private String visibility;
  private String version;

  static GuidelineForm of(GuidelineView view) {
    GuidelineForm form = new GuidelineForm();
    form.kind = view.guideline().kind().name();
    form.title = view.guideline().title();
    form.summary = view.guideline().summary();
    form.language = view.guideline().language();
    form.version = Long.toString(view.version());
    return form;
  }

  static GuidelineForm of(GuidelineView view, SectionView section) {
    GuidelineForm form = of(view);
    form.heading = section.heading();
    form.text = section.text();
    return form;
  }

  GuidelineDetails details() {
    return new GuidelineDetails(
        FormValues.choice(GuidelineKind.class, kind), title, summary, language);
  }

  SectionInput sectionInput() {
    return new SectionInput(null, heading, text);
  }

  LocalDate reviewEnd() {
    return FormValues.date(reviewEndsOn);
  }

  Visibility chosenVisibility() {
    return FormValues.choice(Visibility.class, visibility);
  }

  UUID sectionId() {
    return FormValues.id(section);
  }

  /** The version the form was opened at; a missing or malformed one counts as stale. */
  long versionOrStale() {
    try {
      return Long.parseLong(FormValues.clean(version));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getQuote() {
    return quote;
  }

  public void setQuote(String quote) {
    this.quote = quote;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getReviewEndsOn() {
    return reviewEndsOn;
  }

  public void setReviewEndsOn(String reviewEndsOn) {
    this.reviewEndsOn = reviewEndsOn;
  }

  public boolean isCloseEarly() {
    return closeEarly;
  }

  public void setCloseEarly(boolean closeEarly) {
    this.closeEarly = closeEarly;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
