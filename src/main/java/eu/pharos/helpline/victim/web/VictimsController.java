package eu.pharos.helpline.victim.web;

import eu.pharos.helpline.CaseSummary;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Victims' pages: search, register, details with consents and cases, rectification. The search is a
 * POST so that a name or number never appears in an address, a history or a log.
 */
@Controller
@RequestMapping("/app/helpline/victims")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class VictimsController {

  static final String BASE = "/app/helpline/victims";

  private final Victims victims;
  private final ObjectProvider<Cases> cases;
  private final Directory directory;
  private final Clock clock;

  VictimsController(
      Victims victims, ObjectProvider<Cases> cases, Directory directory, Clock clock) {
    this.victims = victims;
    this.cases = cases;
    this.directory = directory;
    this.clock = clock;
  }

  @GetMapping
  String searchPage(Model model) {
    model.addAttribute("query", "");
    return "helpline/victim/search";
  }

  @PostMapping
  String search(
      @RequestParam(required = false) String query, Model model, HttpServletResponse response) {
    model.addAttribute("query", query == null ? "" : query);
    if (query == null || query.isBlank()) {
      model.addAttribute("queryMissing", true);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      model.addAttribute("matches", victims.find(query));
    }
    return "helpline/victim/search";
  }

  @GetMapping("/new")
  String registerForm(@ModelAttribute("form") VictimForm form, Model model, Locale locale) {
    return formPage(null, null, model, locale);
  }

  @PostMapping("/new")
  String register(
      @ModelAttribute("form") VictimForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        VictimView registered = victims.register(form.toDetails());
        redirect.addFlashAttribute("done", "helpline.victim.registered");
        return "redirect:" + BASE + "/" + registered.id();
      } catch (InvalidInput invalid) {
        bind(invalid, errors);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return formPage(null, null, model, locale);
  }

  @GetMapping("/{id}")
  String details(@PathVariable UUID id, Model model, Locale locale) {
    return detailPage(victims.get(id), consentFormNow(), model, locale);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    VictimView victim = victims.get(id);
    model.addAttribute("form", VictimForm.of(victim));
    return formPage(victim, null, model, locale);
  }

  @PostMapping("/{id}/edit")
  String rectify(
      @PathVariable UUID id,
      @ModelAttribute("form") VictimForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    VictimView victim = victims.get(id);
    form.validate(errors);
    if (form.getVersion() == null) {
      errors.reject("helpline.victim.error.version-missing");
    }
    if (!errors.hasErrors()) {
      try {
        victims.rectify(id, form.toDetails(), form.getVersion());
        redirect.addFlashAttribute("done", "helpline.victim.rectified");
        return "redirect:" + BASE + "/" + id;
      } catch (ConcurrentChange stale) {
        VictimView stored = (VictimView) stale.current();
        form.setVersion(stored.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        return formPage(stored, stored, model, locale);
      } catch (InvalidInput invalid) {
        bind(invalid, errors);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return formPage(victim, null, model, locale);
  }

  @PostMapping("/{id}/consents")
  String recordConsent(
      @PathVariable UUID id,
      @ModelAttribute("consentForm") ConsentForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    VictimView victim = victims.get(id);
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        victims.recordConsent(id, form.toConsent(zone()));
        redirect.addFlashAttribute("done", "helpline.consent.recorded");
        return "redirect:" + BASE + "/" + id + "#consents";
      } catch (InvalidInput invalid) {
        bind(invalid, errors);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return detailPage(victim, form, model, locale);
  }

  @PostMapping("/{id}/consents/{consentId}/withdrawal")
  String withdrawConsent(
      @PathVariable UUID id,
      @PathVariable UUID consentId,
      @RequestParam(required = false) String method,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    ConsentMethod how = ConsentForm.parse(ConsentMethod.class, method);
    try {
      if (how == null) {
        throw InvalidInput.of("method", "helpline.consent.error.withdrawal-method-missing");
      }
      victims.withdrawConsent(id, consentId, how);
      redirect.addFlashAttribute("done", "helpline.consent.withdrawn");
      return "redirect:" + BASE + "/" + id + "#consents";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refused", invalid.problems().get(0).messageKey());
      return detailPage(victims.get(id), consentFormNow(), model, locale);
    }
  }

  private String formPage(VictimView victim, VictimView stored, Model model, Locale locale) {
    model.addAttribute("victim", victim);
    model.addAttribute("stored", stored);
    model.addAttribute("countryChoices", Choices.countries(locale));
    model.addAttribute("languageChoices", Choices.languages(locale));
    model.addAttribute("names", new Choices.Names(locale));
    return victim == null ? "helpline/victim/new" : "helpline/victim/edit";
  }

  private String detailPage(VictimView victim, ConsentForm form, Model model, Locale locale) {
    List<ConsentView> consents = victims.consents(victim.id());
    Cases caseWork = cases.getIfAvailable();
    List<CaseSummary> victimCases = caseWork == null ? null : caseWork.ofVictim(victim.id());
    Collator collator = Collator.getInstance(locale);
    List<MemberView> members =
        directory.members(MemberFilter.all()).stream()
            .sorted(Comparator.comparing(MemberView::name, collator))
            .toList();
    model.addAttribute("victim", victim);
    model.addAttribute("consents", consents);
    model.addAttribute("consentForm", form);
    model.addAttribute("cases", victimCases);
    model.addAttribute("members", members);
    model.addAttribute(
        "memberNames",
        members.stream()
            .collect(Collectors.toMap(m -> m.organisationId().toString(), MemberView::name)));
    model.addAttribute("kinds", ConsentKind.values());
    model.addAttribute("methods", ConsentMethod.values());
    model.addAttribute("today", java.time.LocalDate.now(clock.withZone(zone())));
    model.addAttribute("zone", zone());
    model.addAttribute("names", new Choices.Names(locale));
    return "helpline/victim/details";
  }

  private ConsentForm consentFormNow() {
    return ConsentForm.startingAt(Instant.now(clock), zone());
  }

  /** The organisation's time zone as its directory profile states it; UTC without one. */
  private ZoneId zone() {
    return directory
        .member(TenantContext.current())
        .map(MemberView::timeZone)
        .orElse(ZoneId.of("UTC"));
  }

  private static void bind(InvalidInput invalid, BindingResult errors) {
    for (InvalidInput.Problem problem : invalid.problems()) {
      Object[] arguments = problem.arguments().toArray();
      String field = formField(problem.field());
      if (field != null && errors.getFieldType(field) != null) {
        errors.rejectValue(field, problem.messageKey(), arguments, problem.messageKey());
      } else {
        errors.reject(problem.messageKey(), arguments, problem.messageKey());
      }
    }
  }

  /** The consent form asks for the day the consent was given where the facade speaks of a time. */
  private static String formField(String field) {
    if ("givenAt".equals(field)) {
      return "givenOn";
    }
    return field;
  }
}
