package eu.pharos.standards.web.assessment;

import java.util.List;
import org.springframework.stereotype.Component;

/** Helpers of the self-assessment templates ({@code @selfAssessmentText}). */
@Component("selfAssessmentText")
public class SelfAssessmentText {

  /** A free text's lines, for paragraphs. */
  public List<String> lines(String text) {
    return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
  }
}
