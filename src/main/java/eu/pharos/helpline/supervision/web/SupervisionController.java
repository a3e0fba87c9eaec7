package eu.pharos.helpline.supervision.web;

import eu.pharos.helpline.QualityReviewView;
import eu.pharos.helpline.ReviewCriterion;
import eu.pharos.helpline.ReviewCriterion.Rating;
import eu.pharos.helpline.Supervision;
import eu.pharos.helpline.TeamWellbeing;
import eu.pharos.helpline.WellbeingChecks;
import eu.pharos.helpline.supervision.OrganisationTime;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's pages: caseloads, overdue work, unlinked contacts and the team's wellbeing
 * trend; quality reviews of closed cases drawn at random.
 */
@Controller
@RequestMapping("/app/helpline/supervision")
class SupervisionController {

  static final String DEFAULT_SIZE = "10";

  private final Supervision supervision;
  private final WellbeingChecks wellbeing;
  private final OrganisationTime time;
  private final MessageSource messages;

  SupervisionController(
      Supervision supervision,
      WellbeingChecks wellbeing,
      OrganisationTime time,
      MessageSource messages) {
    this.supervision = supervision;
    this.wellbeing = wellbeing;
    this.time = time;
    this.messages = messages;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('SUPERVISOR', 'ORG_ADMIN')")
  String overview(Model model, Authentication authentication) {
    model.addAttribute("caseloads", supervision.caseloads());
    model.addAttribute("overdue", supervision.overdue());
    model.addAttribute("overdueLimit", Supervision.OVERDUE_LIMIT);
    model.addAttribute("unlinked", supervision.unlinkedContacts());
    model.addAttribute("trend", wellbeing.teamTrend().orElse(null));
    model.addAttribute("minimumParticipants", TeamWellbeing.MINIMUM_PARTICIPANTS);
    model.addAttribute("canOpenRecords", isSupervisor(authentication));
    model.addAttribute("zone", time.zone());
    return "helpline/supervision/overview";
  }

  @GetMapping("/reviews")
  @PreAuthorize("hasRole('SUPERVISOR')")
  String reviews(Model model) {
    YearMonth lastMonth = YearMonth.from(LocalDate.now(time.zone())).minusMonths(1);
    return reviewsPage(
        new SampleForm(
            DEFAULT_SIZE, lastMonth.atDay(1).toString(), lastMonth.atEndOfMonth().toString()),
        Map.of(),
        model);
  }

  @PostMapping("/reviews")
  @PreAuthorize("hasRole('SUPERVISOR')")
  String draw(
      @RequestParam(defaultValue = "") String size,
      @RequestParam(defaultValue = "") String closedFrom,
      @RequestParam(defaultValue = "") String closedTo,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SampleForm form = new SampleForm(size.strip(), closedFrom.strip(), closedTo.strip());
    Map<String, String> errors = new LinkedHashMap<>();
    Integer parsedSize = parseSize(form.size());
    if (parsedSize == null) {
      errors.put("size", message("helpline.supervision.sample.error.sizeNotNumber", locale));
    }
    LocalDate from = parseDate(form.closedFrom());
    if (from == null && !form.closedFrom().isEmpty()) {
      errors.put("closedFrom", message("helpline.supervision.sample.error.dateInvalid", locale));
    }
    LocalDate to = parseDate(form.closedTo());
    if (to == null && !form.closedTo().isEmpty()) {
      errors.put("closedTo", message("helpline.supervision.sample.error.dateInvalid", locale));
    }
    // What could not be read goes to the facade as missing (size 0 is out of range), so that every
    // other problem is named too; the reading problem is the one shown for its field.
    try {
      List<QualityReviewView> drawn =
          supervision.drawSample(parsedSize == null ? 0 : parsedSize, from, to);
      redirect.addFlashAttribute("drawn", drawn.size());
      return "redirect:/app/helpline/supervision/reviews";
    } catch (InvalidInput invalid) {
      PageErrors.of(invalid, field -> field, messages, locale).forEach(errors::putIfAbsent);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String field : List.of("size", "closedFrom", "closedTo")) {
      if (errors.containsKey(field)) {
        ordered.put(field, errors.remove(field));
      }
    }
    ordered.putAll(errors);
    errors = ordered;
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return reviewsPage(form, errors, model);
  }

  @GetMapping("/reviews/{id}")
  @PreAuthorize("hasRole('SUPERVISOR')")
  String review(@PathVariable UUID id, Model model) {
    QualityReviewView review = supervision.review(id);
    return reviewPage(
        review,
        ReviewForm.of(review.ratings(), review.comment(), review.version()),
        Map.of(),
        null,
        model);
  }

  @PostMapping("/reviews/{id}")
  @PreAuthorize("hasRole('SUPERVISOR')")
  String submit(
      @PathVariable UUID id,
      @RequestParam Map<String, String> parameters,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ReviewForm form = ReviewForm.from(parameters);
    if (form.version() == null) {
      // A form that did not come from the review page: start again from what is stored.
      QualityReviewView review = supervision.review(id);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return reviewPage(
          review,
          form.withVersion(review.version()),
          Map.of("form", message("helpline.supervision.review.error.versionMissing", locale)),
          null,
          model);
    }
    try {
      supervision.submitReview(id, form.ratings(), form.comment(), form.version());
      redirect.addFlashAttribute("reviewed", true);
      return "redirect:/app/helpline/supervision/reviews/" + id;
    } catch (InvalidInput invalid) {
      QualityReviewView review = supervision.review(id);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return reviewPage(
          review,
          form,
          PageErrors.of(invalid, SupervisionController::reviewFieldId, messages, locale),
          null,
          model);
    } catch (ConcurrentChange changed) {
      QualityReviewView current = (QualityReviewView) changed.current();
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      // The form goes on from the newer version, still holding what this reviewer chose.
      return reviewPage(current, form.withVersion(current.version()), Map.of(), current, model);
    }
  }

  private String reviewsPage(SampleForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("reviews", supervision.reviews());
    model.addAttribute("sizeMin", Supervision.SAMPLE_MIN);
    model.addAttribute("sizeMax", Supervision.SAMPLE_MAX);
    model.addAttribute("zone", time.zone());
    return "helpline/supervision/reviews";
  }

  private String reviewPage(
      QualityReviewView review,
      ReviewForm form,
      Map<String, String> errors,
      QualityReviewView newer,
      Model model) {
    model.addAttribute("review", review);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("newer", newer);
    model.addAttribute("criteria", ReviewCriterion.values());
    model.addAttribute("ratings", Rating.values());
    model.addAttribute("commentMax", Supervision.COMMENT_MAX);
    model.addAttribute("zone", time.zone());
    return "helpline/supervision/review";
  }

  /** "ratings.NEEDS_ASSESSED" of the facade is the first radio of that criterion on the page. */
  static String reviewFieldId(String field) {
    return field.startsWith("ratings.") ? "rating-" + field.substring("ratings.".length()) : field;
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static boolean isSupervisor(Authentication authentication) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(a -> "ROLE_SUPERVISOR".equals(a.getAuthority()));
  }

  private static Integer parseSize(String value) {
    if (!value.matches("\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(value);
  }

  private static LocalDate parseDate(String value) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The draw form as typed. */
  record SampleForm(String size, String closedFrom, String closedTo) {}

  /** The review form as typed; ratings the form did not name, or named wrongly, are missing. */
  record ReviewForm(Map<ReviewCriterion, Rating> ratings, String comment, Long version) {

    static ReviewForm of(Map<ReviewCriterion, Rating> ratings, String comment, long version) {
      return new ReviewForm(ratings, comment == null ? "" : comment, version);
    }

    static ReviewForm from(Map<String, String> parameters) {
      Map<ReviewCriterion, Rating> ratings = new EnumMap<>(ReviewCriterion.class);
      for (ReviewCriterion criterion : ReviewCriterion.values()) {
        String value = parameters.get("rating." + criterion.name());
        for (Rating rating : Rating.values()) {
          if (rating.name().equals(value)) {
            ratings.put(criterion, rating);
          }
        }
      }
      String version = parameters.getOrDefault("version", "");
      return new ReviewForm(
          ratings,
          parameters.getOrDefault("comment", ""),
          version.matches("\\d{1,18}") ? Long.valueOf(version) : null);
    }

    ReviewForm withVersion(long newVersion) {
      return new ReviewForm(ratings, comment, newVersion);
    }

    /** The name of the rating chosen for a criterion, or null. */
    public String chosen(ReviewCriterion criterion) {
      Rating rating = ratings.get(criterion);
      return rating == null ? null : rating.name();
    }
  }
}
