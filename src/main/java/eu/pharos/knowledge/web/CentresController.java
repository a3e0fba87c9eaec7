package eu.pharos.knowledge.web;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreDetails;
import eu.pharos.knowledge.centre.CentreHomeSection;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.CentreView;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.JoinPolicy;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Centres of Excellence for staff: the list, the secretariat's form to open a centre, a
 * centre's home (what it is for, what is new, and the sections the rest of the module adds) and its
 * settings; and the same list and home for visitors, with public content only.
 */
@Controller("centresController")
class CentresController {

  private final Centres centres;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final List<CentreHomeSection> sections;
  private final Organisations organisations;
  private final KnowledgePages pages;

  CentresController(
      Centres centres,
      CentreAccess access,
      CentreActivity activity,
      List<CentreHomeSection> sections,
      Organisations organisations,
      KnowledgePages pages) {
    this.centres = centres;
    this.access = access;
    this.activity = activity;
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(CentreHomeSection::order)).toList();
    this.organisations = organisations;
    this.pages = pages;
  }

  @GetMapping({"/app/centres", "/centres"})
  String list(Model model) {
    model.addAttribute("centres", centres.list());
    model.addAttribute("invitations", centres.invitationsForMe());
    model.addAttribute("secretariat", access.isSecretariat());
    model.addAttribute("staff", access.currentUser().isPresent());
    return "knowledge/centres";
  }

  @GetMapping("/app/centres/new")
  String openForm(Model model) {
    access.requireSecretariat();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("joinPolicy", JoinPolicy.ON_REQUEST.name());
    form.put("languages", "en");
    return form(model, form, Map.of(), null);
  }

  @PostMapping("/app/centres")
  String open(
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.requireSecretariat();
    Map<String, String> form = formOf(params);
    try {
      CentreView opened = centres.open(details(form));
      redirect.addFlashAttribute("done", "knowledge.centre.opened");
      return "redirect:/app/centres/" + opened.slug();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, form, pages.errors(invalid, "name", locale), null);
    }
  }

  @GetMapping({"/app/centres/{slug}", "/centres/{slug}"})
  String home(@PathVariable String slug, Model model, Locale locale) {
    CentreRef centre = access.read(slug);
    model.addAttribute("centre", centre);
    model.addAttribute("details", centres.view(centre));
    model.addAttribute("mine", centres.mine(centre));
    model.addAttribute("news", activity.latest(centre, 10));
    // Each section's values go into the page's model, so that its fragment reads them by name.
    for (CentreHomeSection section : sections) {
      model.addAllAttributes(section.model(centre, locale));
    }
    model.addAttribute("sections", sections);
    model.addAttribute("staff", access.currentUser().isPresent());
    model.addAttribute("zone", pages.zone());
    return "knowledge/home";
  }

  @GetMapping("/app/centres/{slug}/settings")
  String settings(@PathVariable String slug, Model model) {
    CentreRef centre = access.requireModerator(slug);
    CentreView view = centres.view(centre);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", view.name());
    form.put("topic", view.topic());
    form.put("purpose", view.purpose());
    form.put("languages", String.join(", ", view.languages()));
    form.put("leadOrganisationId", view.leadOrganisationId().toString());
    form.put("joinPolicy", view.joinPolicy().name());
    form.put("version", Long.toString(view.version()));
    return form(model, form, Map.of(), centre);
  }

  @PostMapping("/app/centres/{slug}/settings")
  String change(
      @PathVariable String slug,
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.requireModerator(slug);
    Map<String, String> form = formOf(params);
    form.put("version", FormValues.clean(params.get("version")));
    long version;
    try {
      version = Long.parseLong(form.get("version"));
    } catch (NumberFormatException e) {
      version = -1;
    }
    try {
      centres.change(slug, details(form), version);
      redirect.addFlashAttribute("done", "knowledge.centre.changed");
      return "redirect:/app/centres/" + centre.slug();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, form, pages.errors(invalid, "name", locale), centre);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("current", stale.current());
      form.put("version", Long.toString(stale.currentVersion()));
      return form(
          model,
          form,
          Map.of("name", pages.message("knowledge.centre.error.stale", locale)),
          centre);
    }
  }

  private String form(
      Model model, Map<String, String> form, Map<String, String> errors, CentreRef centre) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("centre", centre);
    model.addAttribute(
        "organisations",
        organisations.all().stream()
            .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute("policies", JoinPolicy.values());
    return "knowledge/centre-form";
  }

  private static Map<String, String> formOf(Map<String, String> params) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String field :
        List.of("name", "topic", "purpose", "languages", "leadOrganisationId", "joinPolicy")) {
      form.put(field, params.getOrDefault(field, "").strip());
    }
    return form;
  }

  private static CentreDetails details(Map<String, String> form) {
    return new CentreDetails(
        form.get("name"),
        form.get("topic"),
        form.get("purpose"),
        Arrays.stream(form.get("languages").split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
        FormValues.id(form.get("leadOrganisationId")),
        FormValues.choice(JoinPolicy.class, form.get("joinPolicy")));
  }
}
