package eu.pharos.referral.web;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.Victims;
import eu.pharos.network.CrimeType;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.network.SupportService;
import eu.pharos.referral.ReferralItem;
import eu.pharos.referral.ReferralPackage;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.shared.web.FieldErrors;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referring a victim from a case or a contact, in two steps: the receiving organisation, chosen
 * from the directory by country, language and service (a GET form, so the choice can be linked and
 * changed), then the victim's consent and the referral itself (a POST, so that no personal data
 * travels in an address). A refused referral comes back as typed with each message beside its
 * field, answered 400.
 */
@Controller("referralFormController")
@RequestMapping("/app/referrals/new")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ReferralFormController {

  private static final Set<String> FIELDS =
      Set.of(
          "to",
          "service",
          "urgency",
          "items",
          "purpose",
          "method",
          "givenAt",
          "validUntil",
          "message",
          "fullName",
          "phone",
          "email",
          "address",
          "dateOfBirth",
          "preferredLanguage",
          "residenceCountry",
          "crimeType",
          "crimeDate",
          "crimePlace",
          "crimeCountry",
          "crimeSummary");

  private final Referrals referrals;
  private final Cases cases;
  private final Victims victims;
  private final ObjectProvider<Contacts> contacts;
  private final ReferralChoices choices;
  private final MessageSource messages;
  private final ReferralText text;

  ReferralFormController(
      Referrals referrals,
      Cases cases,
      Victims victims,
      ObjectProvider<Contacts> contacts,
      ReferralChoices choices,
      MessageSource messages,
      ReferralText text) {
    this.referrals = referrals;
    this.cases = cases;
    this.victims = victims;
    this.contacts = contacts;
    this.choices = choices;
    this.messages = messages;
    this.text = text;
  }

  /**
   * Without a receiver, the directory to choose one from; with one, the referral form. A filter
   * country not given defaults to the country the case's victim lives in.
   */
  @GetMapping
  String start(
      @RequestParam(name = "case", required = false) String caseParam,
      @RequestParam(name = "contact", required = false) String contactParam,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String to,
      Model model,
      Locale locale) {
    Source source = source(FormValues.id(caseParam), FormValues.id(contactParam));
    String countryFilter =
        country == null
            ? (source.defaultCountry() == null ? "" : source.defaultCountry())
            : FormValues.clean(country).toUpperCase(Locale.ROOT);
    ReferralForm form = ReferralForm.fresh(choices.zone());
    form.setCaseId(source.caseId() == null ? "" : source.caseId().toString());
    form.setContactId(source.contactId() == null ? "" : source.contactId().toString());
    form.setCountry(countryFilter);
    form.setLanguage(FormValues.clean(language));
    SupportService serviceFilter = FormValues.choice(SupportService.class, service);
    form.setService(serviceFilter == null ? "" : serviceFilter.name());
    MemberView receiver = choices.member(FormValues.id(to)).orElse(null);
    if (receiver == null || receiver.organisationId().equals(ownOrganisation())) {
      return choosePage(source, form, serviceFilter, model, locale);
    }
    form.setTo(receiver.organisationId().toString());
    if (serviceFilter != null && !receiver.services().contains(serviceFilter)) {
      form.setService("");
    }
    source.prefill(form);
    return formPage(source, form, Map.of(), model, locale);
  }

  @PostMapping
  String send(
      @ModelAttribute("form") ReferralForm form,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Source source = source(FormValues.id(form.getCaseId()), FormValues.id(form.getContactId()));
    ZoneId zone = choices.zone();
    Map<String, String> errors = form.unreadable(messages, locale);
    if (errors.isEmpty()) {
      try {
        ReferralView sent = referrals.send(form.toCommand(zone));
        redirect.addFlashAttribute("done", "referral.web.done.sent");
        return "redirect:/app/referrals/" + sent.id();
      } catch (InvalidInput invalid) {
        errors = FieldErrors.of(invalid, ReferralFormController::field, "to", messages, locale);
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return formPage(source, form, errors, model, locale);
  }

  /** The form field for a problem the facade names, such as consent.items or pkg.phone. */
  static String field(String problemField) {
    String name = problemField.substring(problemField.lastIndexOf('.') + 1);
    if (name.startsWith("receiver")) {
      return "to";
    }
    if (Set.of("consent", "caseId", "contactId", "pkg").contains(name)) {
      return "items";
    }
    return switch (name) {
      case "place" -> "crimePlace";
      case "summary" -> "crimeSummary";
      default -> FIELDS.contains(name) ? name : null;
    };
  }

  private String choosePage(
      Source source, ReferralForm form, SupportService serviceFilter, Model model, Locale locale) {
    MemberFilter filter =
        new MemberFilter(
            form.getCountry().isEmpty() ? null : form.getCountry(),
            form.getLanguage().isEmpty() ? null : form.getLanguage(),
            serviceFilter,
            null,
            null);
    model.addAttribute("form", form);
    model.addAttribute("source", source);
    model.addAttribute("receivers", choices.receivers(filter));
    model.addAttribute("countries", choices.memberCountries(locale));
    model.addAttribute("languageOptions", choices.languages(locale));
    model.addAttribute("services", SupportService.values());
    return "referral/choose";
  }

  private String formPage(
      Source source, ReferralForm form, Map<String, String> errors, Model model, Locale locale) {
    MemberView receiver = choices.member(FormValues.id(form.getTo())).orElse(null);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("source", source);
    model.addAttribute("receiver", receiver);
    model.addAttribute(
        "receiverServices",
        receiver == null ? List.of() : receiver.services().stream().sorted().toList());
    model.addAttribute("urgencies", ReferralUrgency.values());
    model.addAttribute("items", ReferralItem.values());
    model.addAttribute("methods", ConsentMethod.values());
    model.addAttribute("values", source.values(locale));
    model.addAttribute("countries", choices.countries(locale));
    model.addAttribute("languageOptions", choices.languages(locale));
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute(
        "countryName", ReferralChoices.countryName(receiverCountry(receiver), locale));
    return "referral/new";
  }

  private static String receiverCountry(MemberView receiver) {
    return receiver == null ? null : receiver.countryCode();
  }

  private static UUID ownOrganisation() {
    return TenantContext.current();
  }

  /** Reads the case or contact a referral comes from, through their audited facades. */
  private Source source(UUID caseId, UUID contactId) {
    if (caseId != null) {
      CaseView view = cases.get(caseId);
      VictimDetails victim =
          view.victim() == null ? null : victims.get(view.victim().id()).details();
      return new Source(view.id(), contactId, view.reference(), null, view.crime(), victim, text);
    }
    if (contactId != null) {
      Contacts log = contacts.getIfAvailable();
      if (log != null) {
        ContactView contact = log.get(contactId);
        return new Source(null, contact.id(), null, contact, null, null, text);
      }
    }
    return new Source(null, null, null, null, null, null, text);
  }

  /**
   * Where a referral comes from: a case (with its victim's details, which build the package), a
   * contact (whose language and crime prefill the typed package), or nothing yet.
   */
  record Source(
      UUID caseId,
      UUID contactId,
      String caseReference,
      ContactView contact,
      CrimeDetails crime,
      VictimDetails victim,
      ReferralText text) {

    public boolean fromCase() {
      return caseId != null;
    }

    String defaultCountry() {
      if (victim != null && victim.residenceCountry() != null) {
        return victim.residenceCountry();
      }
      return crime == null ? null : crime.residenceCountry();
    }

    void prefill(ReferralForm form) {
      if (contact != null) {
        if (contact.language() != null) {
          form.setPreferredLanguage(contact.language());
        }
        if (contact.crimeType() != null) {
          form.setCrimeType(contact.crimeType().name());
        }
      }
    }

    /** The case's value of each item, as the sending advisor may read it. */
    ReferralPackage available() {
      VictimDetails v = victim == null ? VictimDetails.unnamed() : victim;
      CrimeDetails c = crime == null ? CrimeDetails.unknown() : crime;
      return new ReferralPackage(
          v.fullName(),
          v.phone(),
          v.email(),
          v.address(),
          v.dateOfBirth(),
          v.preferredLanguage(),
          v.residenceCountry() != null ? v.residenceCountry() : c.residenceCountry(),
          c.crimeType(),
          c.crimeDate(),
          c.place(),
          c.crimeCountry(),
          c.summary());
    }

    /** Each item's value as text, for a case; empty for a contact. */
    Map<ReferralItem, String> values(Locale locale) {
      Map<ReferralItem, String> values = new EnumMap<>(ReferralItem.class);
      if (!fromCase()) {
        return values;
      }
      ReferralPackage pkg = available();
      for (ReferralItem item : pkg.items()) {
        values.put(item, text.value(pkg, item, locale));
      }
      return values;
    }
  }
}
