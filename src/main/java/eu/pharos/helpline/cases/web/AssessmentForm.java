package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.shared.web.FormValues;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.Errors;

/** The answers of a needs assessment as the advisor gives them, one radio group per question. */
public class AssessmentForm {

  private Map<String, String> answers = new HashMap<>();
  private List<String> measures = new ArrayList<>();
  private String summary = "";
  private long version;

  static AssessmentForm of(NeedsAssessmentView draft) {
    AssessmentForm form = new AssessmentForm();
    draft.answers().forEach((question, answer) -> form.answers.put(question.name(), answer.name()));
    draft.measures().forEach(measure -> form.measures.add(measure.name()));
    form.summary = FormValues.text(draft.summary());
    form.version = draft.version();
    return form;
  }

  void validate(Errors errors) {
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      AssessmentQuestion question = FormValues.choice(AssessmentQuestion.class, answer.getKey());
      Answer given = FormValues.choice(Answer.class, answer.getValue());
      if (question != null && !answer.getValue().isBlank() && given == null) {
        errors.rejectValue(
            "answers[" + question.name() + "]", "helpline.cases.error.answer.invalid");
      }
    }
    if (measures.stream().anyMatch(m -> FormValues.choice(ProtectionMeasure.class, m) == null)) {
      errors.rejectValue("measures", "helpline.cases.error.choice");
    }
  }

  AssessmentDraft toDraft() {
    Map<AssessmentQuestion, Answer> given = new EnumMap<>(AssessmentQuestion.class);
    answers.forEach(
        (name, value) -> {
          AssessmentQuestion question = FormValues.choice(AssessmentQuestion.class, name);
          Answer answer = FormValues.choice(Answer.class, value);
          if (question != null && answer != null) {
            given.put(question, answer);
          }
        });
    Set<ProtectionMeasure> chosen = EnumSet.noneOf(ProtectionMeasure.class);
    measures.forEach(
        m -> {
          ProtectionMeasure measure = FormValues.choice(ProtectionMeasure.class, m);
          if (measure != null) {
            chosen.add(measure);
          }
        });
    return new AssessmentDraft(given, chosen, summary, version);
  }

  /** The answer given to a question, by name; empty when unanswered. */
  public String answer(AssessmentQuestion question) {
    return answers.getOrDefault(question.name(), "");
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public void setAnswers(Map<String, String> answers) {
    this.answers = answers == null ? new HashMap<>() : new HashMap<>(answers);
  }

  public List<String> getMeasures() {
    return measures;
  }

  public void setMeasures(List<String> measures) {
    this.measures = measures == null ? new ArrayList<>() : new ArrayList<>(measures);
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary == null ? "" : summary.strip();
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
