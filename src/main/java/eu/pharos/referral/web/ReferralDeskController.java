package eu.pharos.referral.web;

import eu.pharos.referral.ReferralDesk;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FieldErrors;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the organisation receives referrals, for its admins: where a new referral is announced and
 * how many hours the desk has to answer each urgency.
 */
@Controller("referralDeskController")
@RequestMapping("/app/referrals/desk")
@PreAuthorize("hasRole('ORG_ADMIN')")
class ReferralDeskController {

  private final Referrals referrals;
  private final MessageSource messages;

  ReferralDeskController(Referrals referrals, MessageSource messages) {
    this.referrals = referrals;
    this.messages = messages;
  }

  @GetMapping
  String show(Model model) {
    ReferralDesk desk = referrals.desk();
    Map<String, String> hours = new LinkedHashMap<>();
    for (ReferralUrgency urgency : ReferralUrgency.values()) {
      hours.put(urgency.name(), hours(desk.target(urgency)));
    }
    return page(
        desk.notificationEmail() == null ? "" : desk.notificationEmail(), hours, Map.of(), model);
  }

  @PostMapping
  String save(
      @RequestParam(defaultValue = "") String notificationEmail,
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    Map<ReferralUrgency, Duration> targets = new EnumMap<>(ReferralUrgency.class);
    for (ReferralUrgency urgency : ReferralUrgency.values()) {
      String text = FormValues.clean(params.get("target-" + urgency.name()));
      typed.put(urgency.name(), text);
      Duration target = duration(text);
      if (target == null) {
        errors.put(
            "target-" + urgency.name(),
            messages.getMessage("referral.web.error.hours", null, locale));
      } else {
        targets.put(urgency, target);
      }
    }
    String email = notificationEmail.strip();
    if (errors.isEmpty()) {
      try {
        referrals.changeDesk(new ReferralDesk(email.isEmpty() ? null : email, targets));
        redirect.addFlashAttribute("done", "referral.web.done.desk");
        return "redirect:/app/referrals/desk";
      } catch (InvalidInput invalid) {
        errors =
            FieldErrors.of(
                invalid, ReferralDeskController::field, "notificationEmail", messages, locale);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(email, typed, errors, model);
  }

  /** The page field for a problem the facade names, such as targets.URGENT or notificationEmail. */
  static String field(String problemField) {
    for (ReferralUrgency urgency : ReferralUrgency.values()) {
      if (problemField.contains(urgency.name())) {
        return "target-" + urgency.name();
      }
    }
    return problemField.toLowerCase(Locale.ROOT).contains("email") ? "notificationEmail" : null;
  }

  private String page(
      String email, Map<String, String> hours, Map<String, String> errors, Model model) {
    model.addAttribute("notificationEmail", email);
    model.addAttribute("hours", hours);
    model.addAttribute("errors", errors);
    model.addAttribute("urgencies", ReferralUrgency.values());
    return "referral/desk";
  }

  static String hours(Duration target) {
    BigDecimal hours =
        BigDecimal.valueOf(target.toMinutes())
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return hours.toPlainString();
  }

  /** Hours as typed, such as 4, 0.5 or 1,5, as a duration; null when not a number of hours. */
  static Duration duration(String text) {
    if (text.isEmpty() || text.length() > 8 || !text.matches("\\d+([.,]\\d{1,2})?")) {
      return null;
    }
    BigDecimal hours = new BigDecimal(text.replace(',', '.'));
    return Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue());
  }
}
