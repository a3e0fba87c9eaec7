package eu.pharos.knowledge.practice.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.practice.PracticeInput;
import eu.pharos.knowledge.practice.PracticeText;
import eu.pharos.knowledge.practice.PracticeView;
import eu.pharos.shared.web.FormValues;

/** What the practice form shows and sends back, as typed. */
public record PracticeForm(
    String title,
    String problem,
    String practice,
    String resources,
    String results,
    String contact,
    String visibility,
    String language,
    String version) {

  static PracticeForm of(PracticeView view) {
    PracticeText text = view.original();
    return new PracticeForm(
        text.title(),
        text.problem(),
        text.practice(),
        FormValues.text(text.resources()),
        FormValues.text(text.results()),
        FormValues.text(view.contact()),
        view.visibility().name(),
        view.language(),
        String.valueOf(view.version()));
  }

  static PracticeForm empty(String language) {
    return new PracticeForm("", "", "", "", "", "", null, language, "");
  }

  PracticeInput input() {
    return new PracticeInput(
        title,
        problem,
        practice,
        resources,
        results,
        contact,
        FormValues.choice(Visibility.class, visibility),
        language);
  }
}
