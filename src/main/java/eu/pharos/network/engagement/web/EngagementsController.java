package eu.pharos.network.engagement.web;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.EngagementView;
import eu.pharos.network.Engagements;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.InvalidEngagement;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
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

/** The secretariat's capacity-building log: list, record, change, follow up. */
@Controller
@RequestMapping("/app/network/engagements")
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
class EngagementsController {

  private final Engagements engagements;
  private final Countries countries;
  private final Organisations organisations;

  EngagementsController(Engagements engagements, Countries countries, Organisations organisations) {
    this.engagements = engagements;
    this.countries = countries;
    this.organisations = organisations;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String kind,
      Model model,
      Locale locale) {
    String countryFilter = countries.find(country).map(CountryView::code).orElse(null);
    EngagementKind kindFilter = kind(kind);
    model.addAttribute("engagements", engagements.list(countryFilter, kindFilter));
    model.addAttribute("overdue", engagements.overdueActions());
    model.addAttribute("selectedCountry", countryFilter);
    model.addAttribute("selectedKind", kindFilter);
    choices(model, locale);
    return "network/engagement/list";
  }

  @GetMapping("/new")
  String newForm(@ModelAttribute("form") EngagementForm form, Model model, Locale locale) {
    return formPage(null, model, locale);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("form") EngagementForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        EngagementView created = engagements.record(form.toDetails());
        redirect.addFlashAttribute("done", "engagements.created");
        return "redirect:/app/network/engagements/" + created.id();
      } catch (InvalidEngagement invalid) {
        reject(invalid, errors);
      }
    }
    return formPage(null, model, locale);
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    return detailPage(engagements.get(id), new ActionForm(), model, locale);
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    EngagementView engagement = engagements.get(id);
    model.addAttribute("form", EngagementForm.of(engagement));
    return formPage(engagement, model, locale);
  }

  @PostMapping("/{id}/edit")
  String edit(
      @PathVariable UUID id,
      @ModelAttribute("form") EngagementForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    EngagementView engagement = engagements.get(id);
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        engagements.change(id, form.toDetails());
        redirect.addFlashAttribute("done", "engagements.changed");
        return "redirect:/app/network/engagements/" + id;
      } catch (InvalidEngagement invalid) {
        reject(invalid, errors);
      }
    }
    return formPage(engagement, model, locale);
  }

  @PostMapping("/{id}/actions")
  String addAction(
      @PathVariable UUID id,
      @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    EngagementView engagement = engagements.get(id);
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        engagements.addAction(id, form.toCommand());
        redirect.addFlashAttribute("done", "engagements.action.added");
        return "redirect:/app/network/engagements/" + id + "#actions";
      } catch (InvalidEngagement invalid) {
        reject(invalid, errors);
      }
    }
    return detailPage(engagement, form, model, locale);
  }

  @PostMapping("/{id}/actions/{actionId}/status")
  String setStatus(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String status,
      RedirectAttributes redirect) {
    FollowUpStatus newStatus = status(status);
    if (newStatus == null) {
      redirect.addFlashAttribute("refused", "engagements.action.error.status");
    } else {
      engagements.setActionStatus(id, actionId, newStatus);
      redirect.addFlashAttribute("done", "engagements.action.status-changed." + newStatus.name());
    }
    return "redirect:/app/network/engagements/" + id + "#actions";
  }

  private String formPage(EngagementView engagement, Model model, Locale locale) {
    model.addAttribute("engagement", engagement);
    choices(model, locale);
    return "network/engagement/form";
  }

  private String detailPage(
      EngagementView engagement, ActionForm form, Model model, Locale locale) {
    model.addAttribute("engagement", engagement);
    model.addAttribute("actionForm", form);
    model.addAttribute(
        "countryName",
        countries
            .find(engagement.countryCode())
            .map(c -> c.name(locale))
            .orElse(engagement.countryCode()));
    choices(model, locale);
    return "network/engagement/detail";
  }

  private void choices(Model model, Locale locale) {
    Collator collator = Collator.getInstance(locale);
    List<CountryView> sorted =
        countries.all().stream()
            .sorted(Comparator.comparing((CountryView c) -> c.name(locale), collator))
            .toList();
    model.addAttribute("countries", sorted);
    model.addAttribute(
        "countryNames",
        sorted.stream().collect(Collectors.toMap(CountryView::code, c -> c.name(locale))));
    model.addAttribute("kinds", EngagementKind.values());
    List<OrganisationView> orgs =
        organisations.all().stream()
            .sorted(Comparator.comparing(OrganisationView::name, collator))
            .toList();
    model.addAttribute("organisations", orgs);
  }

  private static void reject(InvalidEngagement invalid, BindingResult errors) {
    for (InvalidEngagement.Problem problem : invalid.problems()) {
      errors.rejectValue(problem.field(), problem.messageKey());
    }
  }

  private static EngagementKind kind(String value) {
    for (EngagementKind kind : EngagementKind.values()) {
      if (kind.name().equals(value)) {
        return kind;
      }
    }
    return null;
  }

  private static FollowUpStatus status(String value) {
    for (FollowUpStatus status : FollowUpStatus.values()) {
      if (status.name().equals(value)) {
        return status;
      }
    }
    return null;
  }
}
