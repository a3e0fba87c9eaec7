package eu.pharos.referral.web;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.shared.web.FieldErrors;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * One referral as the caller's side sees it, with what that side may do next: the receiver accepts
 * (opening a case), declines, records the first contact and closes; the sender withdraws; either
 * records that the victim withdrew consent. Every action is a POST form carrying the version the
 * user saw: bad input comes back on the page with its messages (400), a change made meanwhile by
 * the other side or a colleague shows the referral as it now stands (409).
 */
@Controller("referralPageController")
@RequestMapping("/app/referrals/{id}")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ReferralPageController {

  private final Referrals referrals;
  private final ReferralChoices choices;
  private final MessageSource messages;
  private final Incidents incidents;

  ReferralPageController(
      Referrals referrals, ReferralChoices choices, MessageSource messages, Incidents incidents) {
    this.incidents = incidents;
    this.referrals = referrals;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable UUID id, Model model) {
    return page(referrals.get(id), Map.of(), Map.of(), null, false, model);
  }

  @PostMapping("/accept")
  String accept(
      @PathVariable UUID id,
      @RequestParam(required = false) String advisorId,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID advisor = FormValues.id(advisorId);
    return act(
        id,
        "accept",
        Map.of("accept-advisor", FormValues.clean(advisorId)),
        advisor == null ? "advisor.required" : null,
        () -> referrals.accept(id, advisor, version),
        "referral.web.done.accepted",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/decline")
  String decline(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "decline",
        Map.of("decline-reason", reason),
        null,
        () -> referrals.decline(id, reason.strip(), version),
        "referral.web.done.declined",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/first-contact")
  String firstContact(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "first-contact",
        Map.of(),
        null,
        () -> referrals.recordFirstContact(id, version),
        "referral.web.done.first-contact",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/close")
  String close(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String feedback,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "close",
        Map.of("close-feedback", feedback),
        null,
        () -> referrals.close(id, feedback.isBlank() ? null : feedback.strip(), version),
        "referral.web.done.closed",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/withdraw")
  String withdraw(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return act(
        id,
        "withdraw",
        Map.of("withdraw-reason", reason),
        null,
        () -> referrals.withdraw(id, reason.strip(), version),
        "referral.web.done.withdrawn",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/consent-withdrawal")
  String withdrawConsent(
      @PathVariable UUID id,
      @RequestParam(required = false) String method,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ConsentMethod chosen = FormValues.choice(ConsentMethod.class, method);
    return act(
        id,
        "consent",
        Map.of("consent-method", FormValues.clean(method)),
        chosen == null ? "method.required" : null,
        () -> referrals.withdrawConsent(id, chosen),
        "referral.web.done.consent-withdrawn",
        model,
        locale,
        response,
        redirect);
  }

  /**
   * Runs an action: on success back to the referral with a message; on bad input the page with each
   * message beside its field (400); on a change made meanwhile the referral as it now stands (409).
   * What the user typed is kept either way.
   *
   * @param missing a required choice the form did not send (its message key under {@code
   *     referral.web.error.}); the facade is not called then
   */
  private String act(
      UUID id,
      String action,
      Map<String, String> typed,
      String missing,
      Supplier<ReferralView> change,
      String doneKey,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String firstField = typed.isEmpty() ? action : typed.keySet().iterator().next();
    Map<String, String> errors = new LinkedHashMap<>();
    if (missing != null) {
      errors.put(firstField, messages.getMessage("referral.web.error." + missing, null, locale));
    } else {
      try {
        change.get();
        redirect.addFlashAttribute("done", doneKey);
        return "redirect:/app/referrals/" + id;
      } catch (InvalidInput invalid) {
        FieldErrors.add(
            invalid, field -> fieldOf(action, field), firstField, messages, locale, errors);
      } catch (ConcurrentChange stale) {
        response.setStatus(HttpStatus.CONFLICT.value());
        ReferralView current =
            stale.current() instanceof ReferralView view ? view : referrals.get(id);
        return page(current, Map.of(), typed, action, true, model);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(referrals.get(id), errors, typed, action, false, model);
  }

  /** The page's field for a problem the facade names: one field per action form. */
  private static String fieldOf(String action, String field) {
    return switch (action) {
      case "accept" -> "accept-advisor";
      case "decline" -> "decline-reason";
      case "close" -> "close-feedback";
      case "withdraw" -> "withdraw-reason";
      case "consent" -> "consent-method";
      default -> null;
    };
  }

  private String page(
      ReferralView view,
      Map<String, String> errors,
      Map<String, String> typed,
      String openAction,
      boolean conflict,
      Model model) {
    boolean receiver = view.side() == ReferralSide.RECEIVER;
    LocalDate today = LocalDate.now(choices.zone());
    model.addAttribute("referral", view);
    model.addAttribute("receiver", receiver);
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("openAction", openAction);
    model.addAttribute("conflict", conflict);
    model.addAttribute("zone", choices.zone());
    model.addAttribute("consentActive", view.consent() != null && view.consent().activeOn(today));
    model.addAttribute("items", ReferralItem.values());
    model.addAttribute("methods", ConsentMethod.values());
    model.addAttribute("names", choices.names());
    model.addAttribute(
        "incidentTitle",
        view.incidentId() == null ? null : incidents.get(view.incidentId()).title());
    if (receiver) {
      model.addAttribute("advisors", choices.advisors());
      model.addAttribute(
          "chosenAdvisor",
          typed.getOrDefault(
              "accept-advisor",
              TenantContext.currentUser().map(StaffUser::userId).map(UUID::toString).orElse("")));
    }
    return "referral/referral";
  }
}
