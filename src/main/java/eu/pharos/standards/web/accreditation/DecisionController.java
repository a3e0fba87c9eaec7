package eu.pharos.standards.web.accreditation;

import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import eu.pharos.standards.cycle.Accreditations;
import eu.pharos.standards.cycle.CycleStage;
import eu.pharos.standards.cycle.CycleSummary;
import eu.pharos.standards.cycle.Cycles;
import eu.pharos.standards.cycle.DecisionOutcome;
import eu.pharos.standards.cycle.DecisionView;
import eu.pharos.standards.cycle.NewCondition;
import eu.pharos.standards.cycle.Party;
import eu.pharos.standards.web.StandardsPages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cycle's decision: for the secretariat, before it decides, the form (outcome, validity,
 * rationale, a few condition rows); for every party afterwards, the decision, its conditions and
 * the certificate as PDF.
 */
@Controller("standardsDecisionController")
@RequestMapping("/app/standards/cycles/{id}")
@PreAuthorize(
    "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'EVALUATOR', 'ORG_ADMIN', 'SUPERVISOR', 'MEMBER')")
class DecisionController {

  /** Condition rows the form offers at least; more come back when more were sent. */
  static final int CONDITION_ROWS = 3;

  private final Accreditations accreditations;
  private final Cycles cycles;
  private final StandardsPages pages;

  DecisionController(Accreditations accreditations, Cycles cycles, StandardsPages pages) {
    this.accreditations = accreditations;
    this.cycles = cycles;
    this.pages = pages;
  }

  @GetMapping("/decision")
  String decision(@PathVariable UUID id, Model model) {
    return page(id, Map.of(), Map.of(), emptyRows(), model);
  }

  @PostMapping("/decision")
  String decide(
      @PathVariable UUID id,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String validFrom,
      @RequestParam(required = false) String validUntil,
      @RequestParam(required = false) String rationale,
      @RequestParam(required = false) List<String> conditionText,
      @RequestParam(required = false) List<String> conditionDue,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("outcome", FormValues.clean(outcome));
    form.put("validFrom", FormValues.clean(validFrom));
    form.put("validUntil", FormValues.clean(validUntil));
    form.put("rationale", FormValues.clean(rationale));
    List<Row> rows = rows(conditionText, conditionDue);
    List<Integer> given = new ArrayList<>();
    List<NewCondition> conditions = new ArrayList<>();
    List<InvalidInput.Problem> malformed = new ArrayList<>();
    date(validFrom, "validFrom", malformed);
    date(validUntil, "validUntil", malformed);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      LocalDate due = date(row.due(), "conditions-" + i + "-dueOn", malformed);
      if (!row.text().isEmpty() || !row.due().isEmpty()) {
        given.add(i);
        conditions.add(new NewCondition(row.text(), due));
      }
    }
    Map<String, String> errors;
    try {
      if (!malformed.isEmpty()) {
        throw new InvalidInput(malformed);
      }
      accreditations.decide(
          id,
          FormValues.choice(DecisionOutcome.class, outcome),
          FormValues.date(validFrom),
          FormValues.date(validUntil),
          rationale,
          conditions);
      redirect.addFlashAttribute("done", "standards.decision.done.decided");
      return "redirect:/app/standards/cycles/" + id + "/decision";
    } catch (InvalidInput invalid) {
      errors = pages.errors(invalid, field -> fieldOf(field, given), "outcome", locale);
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(id, errors, form, rows, model);
  }

  @PostMapping("/decision/conditions/{conditionId}/met")
  String conditionMet(
      @PathVariable UUID id,
      @PathVariable UUID conditionId,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      accreditations.markConditionMet(id, conditionId);
      redirect.addFlashAttribute("done", "standards.decision.done.condition-met");
      return "redirect:/app/standards/cycles/" + id + "/decision#condition-" + conditionId;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(
          id,
          pages.errors(invalid, field -> null, "condition-" + conditionId, locale),
          Map.of(),
          emptyRows(),
          model);
    }
  }

  @GetMapping("/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable UUID id, Locale locale) {
    byte[] pdf = accreditations.certificatePdf(id, locale);
    String code = accreditations.decision(id).map(DecisionView::certificateCode).orElse("");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("certificate-" + code + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  /** A condition row as typed. */
  record Row(String text, String due) {}

  private static List<Row> rows(List<String> texts, List<String> dues) {
    int count =
        Math.max(
            CONDITION_ROWS,
            Math.max(texts == null ? 0 : texts.size(), dues == null ? 0 : dues.size()));
    count = Math.min(count, 50);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Row(FormValues.clean(at(texts, i)), FormValues.clean(at(dues, i))));
    }
    return rows;
  }

  private static String at(List<String> values, int i) {
    return values == null || i >= values.size() ? null : values.get(i);
  }

  private static List<Row> emptyRows() {
    return rows(null, null);
  }

  private static LocalDate date(String value, String field, List<InvalidInput.Problem> problems) {
    LocalDate date = FormValues.date(value);
    if (date == null && !FormValues.clean(value).isEmpty()) {
      problems.add(InvalidInput.Problem.of(field, "standards.decision.error.date"));
    }
    return date;
  }

  /**
   * The page's field for a problem: {@code conditions[i].text} names the i-th condition given,
   * which is the form row {@code given.get(i)} once blank rows are left out.
   */
  private static String fieldOf(String field, List<Integer> given) {
    if (field.startsWith("conditions[")) {
      int end = field.indexOf(']');
      int index = Integer.parseInt(field.substring("conditions[".length(), end));
      int row = index < given.size() ? given.get(index) : index;
      return "conditions-" + row + "-" + field.substring(end + 2);
    }
    if (field.equals("conditions")) {
      return "conditions-" + (given.isEmpty() ? 0 : given.get(0)) + "-text";
    }
    return field;
  }

  private String page(
      UUID id, Map<String, String> errors, Map<String, String> form, List<Row> rows, Model model) {
    CycleSummary cycle = cycles.get(id);
    Optional<DecisionView> decision = accreditations.decision(id);
    model.addAttribute("cycle", cycle);
    model.addAttribute("decision", decision.orElse(null));
    model.addAttribute("canDecide", decision.isEmpty() && cycle.is(Party.SECRETARIAT));
    model.addAttribute("secretariat", cycle.is(Party.SECRETARIAT));
    model.addAttribute("evaluated", cycle.stage() == CycleStage.IMPROVEMENT);
    model.addAttribute("outcomes", DecisionOutcome.values());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("rows", rows);
    model.addAttribute("zone", pages.zone());
    return "standards/accreditation/decision";
  }
}
