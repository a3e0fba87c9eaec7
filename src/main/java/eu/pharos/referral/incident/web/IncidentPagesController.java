package eu.pharos.referral.incident.web;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.network.SupportService;
import eu.pharos.referral.IncidentBatchResult;
import eu.pharos.referral.IncidentBoard;
import eu.pharos.referral.IncidentPersonKind;
import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.IncidentView;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.incident.web.IncidentForms.DeclareForm;
import eu.pharos.referral.incident.web.IncidentForms.PersonForm;
import eu.pharos.referral.incident.web.IncidentForms.ReferForm;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
 * The staff's incident pages: the list, declaring, an incident with its board and coordination log,
 * registering a person, and referring everyone of one country at once.
 */
@Controller("incidentPagesController")
@RequestMapping(IncidentPagesController.PATH)
class IncidentPagesController {

  static final String PATH = "/app/incidents";

  private final Incidents incidents;
  private final Directory directory;
  private final Countries countries;
  private final MessageSource messages;
  private final Clock clock;

  IncidentPagesController(
      Incidents incidents,
      Directory directory,
      Countries countries,
      MessageSource messages,
      Clock clock) {
    this.incidents = incidents;
    this.directory = directory;
    this.countries = countries;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model, Locale locale, Authentication auth) {
    model.addAttribute("incidents", incidents.list());
    model.addAttribute("mayDeclare", hasAny(auth, DECLARERS));
    model.addAttribute("names", new IncidentNames(locale));
    return "referral/incident/list";
  }

  @GetMapping("/new")
  String declareForm(Model model, Locale locale) {
    return declarePage(DeclareForm.empty(), Map.of(), model, locale);
  }

  @PostMapping
  String declare(
      DeclareForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> unreadable = translate(form.unreadable(), locale);
    ZoneId zone =
        countries
            .find(form.countryCode() == null ? "" : form.countryCode().strip())
            .map(CountryView::timeZone)
            .orElse(ZoneOffset.UTC);
    try {
      IncidentView declared = incidents.declare(form.toCommand(zone));
      redirect.addFlashAttribute("done", "incident.declared");
      return "redirect:" + PATH + "/" + declared.id();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return declarePage(form, PageErrors.of(unreadable, invalid, messages, locale), model, locale);
    }
  }

  @GetMapping("/{id}")
  String incident(@PathVariable UUID id, Model model, Locale locale, Authentication auth) {
    return incidentPage(id, "", Map.of(), model, locale, auth);
  }

  @PostMapping("/{id}/log")
  String addLogEntry(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String text,
      Model model,
      Locale locale,
      Authentication auth,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      incidents.addLogEntry(id, text);
      redirect.addFlashAttribute("done", "incident.log.added");
      return "redirect:" + PATH + "/" + id + "#log";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return incidentPage(
          id, text, PageErrors.of(Map.of(), invalid, messages, locale), model, locale, auth);
    }
  }

  @PostMapping("/{id}/close")
  String close(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "-1") long version,
      RedirectAttributes redirect) {
    try {
      incidents.close(id, version);
      redirect.addFlashAttribute("done", "incident.closed");
    } catch (ConcurrentChange stale) {
      redirect.addFlashAttribute("done", "incident.close.stale");
    }
    return "redirect:" + PATH + "/" + id;
  }

  @GetMapping("/{id}/persons/new")
  String personForm(
      @PathVariable UUID id,
      @RequestParam(required = false) String victim,
      Model model,
      Locale locale) {
    return personPage(incidents.get(id), PersonForm.empty(victim), Map.of(), model, locale);
  }

  @PostMapping("/{id}/persons")
  String registerPerson(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String victimId,
      @RequestParam(defaultValue = "") String fullName,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String residenceCountry,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "false") boolean consentGiven,
      @RequestParam(required = false) Set<String> consentItems,
      @RequestParam(defaultValue = "") String consentPurpose,
      @RequestParam(defaultValue = "") String consentMethod,
      @RequestParam(defaultValue = "") String consentGivenAt,
      @RequestParam(defaultValue = "") String consentValidUntil,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonForm form =
        new PersonForm(
            victimId,
            fullName,
            phone,
            email,
            kind,
            residenceCountry,
            language,
            consentGiven,
            consentItems == null ? Set.of() : consentItems,
            consentPurpose,
            consentMethod,
            consentGivenAt,
            consentValidUntil);
    Map<String, String> unreadable = translate(form.unreadable(), locale);
    try {
      incidents.registerPerson(id, form.toCommand(clock));
      redirect.addFlashAttribute("done", "incident.person.registered");
      return "redirect:" + PATH + "/" + id + "#board";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return personPage(
          incidents.get(id),
          form,
          PageErrors.of(unreadable, invalid, messages, locale),
          model,
          locale);
    }
  }

  @GetMapping("/{id}/refer/{country}")
  String referForm(
      @PathVariable UUID id, @PathVariable String country, Model model, Locale locale) {
    return referPage(incidents.get(id), country, ReferForm.empty(), Map.of(), model, locale);
  }

  @PostMapping("/{id}/refer/{country}")
  String refer(
      @PathVariable UUID id,
      @PathVariable String country,
      @RequestParam(defaultValue = "") String receiverOrganisationId,
      @RequestParam(defaultValue = "") String service,
      @RequestParam(defaultValue = "") String urgency,
      @RequestParam(defaultValue = "") String message,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    ReferForm form = new ReferForm(receiverOrganisationId, service, urgency, message);
    IncidentView incident = incidents.get(id);
    try {
      IncidentBatchResult result =
          incidents.referCountry(
              id,
              country,
              form.receiver(),
              form.supportService(),
              form.referralUrgency(),
              form.message());
      model.addAttribute("incident", incident);
      model.addAttribute("result", result);
      model.addAttribute("names", new IncidentNames(locale));
      return "referral/incident/batch";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return referPage(
          incident,
          country,
          form,
          PageErrors.of(Map.of(), invalid, messages, locale),
          model,
          locale);
    }
  }

  private String declarePage(
      DeclareForm form, Map<String, String> errors, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("countries", countryChoices(locale));
    model.addAttribute(
        "members",
        directory.members(MemberFilter.all()).stream()
            .sorted(Comparator.comparing(MemberView::name))
            .toList());
    model.addAttribute("names", new IncidentNames(locale));
    return "referral/incident/declare";
  }

  private String incidentPage(
      UUID id,
      String logText,
      Map<String, String> errors,
      Model model,
      Locale locale,
      Authentication auth) {
    IncidentView incident = incidents.get(id);
    IncidentBoard board = incidents.board(id);
    model.addAttribute("incident", incident);
    model.addAttribute("board", board);
    model.addAttribute("statuses", IncidentPersonStatus.values());
    model.addAttribute("log", incidents.log(id));
    model.addAttribute("logText", logText);
    model.addAttribute("errors", errors);
    model.addAttribute("names", new IncidentNames(locale));
    model.addAttribute("caseWork", hasAny(auth, CASE_WORK));
    UUID own = TenantContext.current();
    model.addAttribute(
        "mayClose",
        hasAny(auth, NETWORK_OFFICE)
            || (hasAny(auth, DECLARERS)
                && (own.equals(incident.declaringOrganisationId())
                    || own.equals(incident.leadOrganisationId()))));
    return "referral/incident/incident";
  }

  private String personPage(
      IncidentView incident,
      PersonForm form,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    model.addAttribute("incident", incident);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", IncidentPersonKind.values());
    model.addAttribute("items", ReferralItem.values());
    model.addAttribute("methods", ConsentMethod.values());
    model.addAttribute("countries", countryChoices(locale));
    model.addAttribute("names", new IncidentNames(locale));
    return "referral/incident/person";
  }

  private String referPage(
      IncidentView incident,
      String country,
      ReferForm form,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    String code = country.toUpperCase(Locale.ROOT);
    UUID own = TenantContext.current();
    model.addAttribute("incident", incident);
    model.addAttribute("country", code);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "members",
        directory.members(MemberFilter.inCountry(code)).stream()
            .filter(m -> !m.organisationId().equals(own))
            .toList());
    model.addAttribute("services", SupportService.values());
    model.addAttribute("urgencies", ReferralUrgency.values());
    model.addAttribute("names", new IncidentNames(locale));
    return "referral/incident/refer";
  }

  private List<Map.Entry<String, String>> countryChoices(Locale locale) {
    IncidentNames names = new IncidentNames(locale);
    return countries.all().stream()
        .map(c -> Map.entry(c.code(), names.country(c.code())))
        .sorted(Map.Entry.comparingByValue())
        .toList();
  }

  private Map<String, String> translate(Map<String, String> keys, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    keys.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
    return errors;
  }

  private static final Set<String> DECLARERS =
      Set.of("ROLE_SECRETARIAT", "ROLE_NETWORK_ADMIN", "ROLE_ORG_ADMIN", "ROLE_SUPERVISOR");
  private static final Set<String> NETWORK_OFFICE =
      Set.of("ROLE_SECRETARIAT", "ROLE_NETWORK_ADMIN");
  private static final Set<String> CASE_WORK = Set.of("ROLE_ADVISOR", "ROLE_SUPERVISOR");

  private static boolean hasAny(Authentication auth, Set<String> authorities) {
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> authorities.contains(a.getAuthority()));
  }
}
