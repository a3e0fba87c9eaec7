package eu.pharos.helpline.wellbeing.web;

import eu.pharos.helpline.TeamWellbeing;
import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.WellbeingQuestion;
import eu.pharos.helpline.WellbeingResult;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in advisor's own wellbeing check and history. There is no page for anyone else's
 * check: the page only ever shows the caller's.
 */
@Controller
@RequestMapping("/app/helpline/wellbeing")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class WellbeingController {

  static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

  private final WellbeingChecks checks;
  private final MessageSource messages;

  WellbeingController(WellbeingChecks checks, MessageSource messages) {
    this.checks = checks;
    this.messages = messages;
  }

  @GetMapping
  String page(Model model) {
    return page(Map.of(), Map.of(), model);
  }

  @PostMapping
  String submit(
      @RequestParam Map<String, String> parameters,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<WellbeingQuestion, Integer> answers = new EnumMap<>(WellbeingQuestion.class);
    for (WellbeingQuestion question : WellbeingQuestion.values()) {
      String value = parameters.getOrDefault("answer." + question.name(), "").strip();
      if (value.matches("\\d{1,2}")) {
        answers.put(question, Integer.valueOf(value));
      }
    }
    try {
      WellbeingResult result = checks.submit(answers);
      redirect.addFlashAttribute("result", result);
      return "redirect:/app/helpline/wellbeing#result";
    } catch (InvalidInput invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (InvalidInput.Problem problem : invalid.problems()) {
        String id =
            problem.field() != null && problem.field().startsWith("answers.")
                ? "answer-" + problem.field().substring("answers.".length())
                : "questions";
        errors.putIfAbsent(
            id, messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(answers, errors, model);
    }
  }

  private String page(
      Map<WellbeingQuestion, Integer> answers, Map<String, String> errors, Model model) {
    Map<String, Integer> chosen = new LinkedHashMap<>();
    answers.forEach((question, answer) -> chosen.put(question.name(), answer));
    model.addAttribute("questions", WellbeingQuestion.values());
    model.addAttribute("scale", SCALE);
    model.addAttribute("chosen", chosen);
    model.addAttribute("errors", errors);
    model.addAttribute("history", checks.mine());
    model.addAttribute("minimumParticipants", TeamWellbeing.MINIMUM_PARTICIPANTS);
    return "helpline/wellbeing/check";
  }
}
