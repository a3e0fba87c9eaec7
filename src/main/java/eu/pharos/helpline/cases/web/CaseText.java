package eu.pharos.helpline.cases.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Helps templates show free text as typed: {@code ${@caseText.lines(note)}}. */
@Component("caseText")
public class CaseText {

  /** The lines of a text, so that a template can show each as its own line; none for null. */
  public List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.asList(text.strip().split("\\R"));
  }
}
