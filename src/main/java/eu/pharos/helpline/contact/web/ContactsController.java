package eu.pharos.helpline.contact.web;

import eu.pharos.helpline.CaseNotFound;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactList;
import eu.pharos.helpline.ContactQuery;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.contact.CaseLinks;
import eu.pharos.helpline.contact.CaseLinks.CaseRef;
import eu.pharos.helpline.contact.Lines;
import eu.pharos.network.HelplineView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact pages: the quick call form an advisor fills in during or right after a call, the same
 * form for other channels, the list of contacts and a contact's page with its link to a case.
 */
@Controller
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ContactsController {

  static final String CALLS = "/app/helpline/calls/new";
  static final String CONTACTS = "/app/helpline/contacts";
  private static final int PAGE_SIZE = 25;

  private final Contacts contacts;
  private final Lines lines;
  private final CaseLinks caseLinks;
  private final ContactChoices choices;
  private final Clock clock;

  ContactsController(
      Contacts contacts, Lines lines, CaseLinks caseLinks, ContactChoices choices, Clock clock) {
    this.contacts = contacts;
    this.lines = lines;
    this.caseLinks = caseLinks;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping(CALLS)
  String newCall(Model model, Locale locale) {
    UUID line = lines.harmonisedLine().map(HelplineView::id).orElse(null);
    model.addAttribute(
        "form",
        ContactForm.startingNow(ContactChannel.PHONE, Instant.now(clock), lines.zone(), line));
    return formPage(true, model, locale);
  }

  @PostMapping(CALLS)
  String recordCall(
      @ModelAttribute("form") ContactForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.setChannel(ContactChannel.PHONE.name());
    return save(true, form, errors, model, locale, response, redirect);
  }

  @GetMapping(CONTACTS + "/new")
  String newContact(Model model, Locale locale) {
    UUID line = lines.harmonisedLine().map(HelplineView::id).orElse(null);
    model.addAttribute(
        "form", ContactForm.startingNow(null, Instant.now(clock), lines.zone(), line));
    return formPage(false, model, locale);
  }

  @PostMapping(CONTACTS + "/new")
  String recordContact(
      @ModelAttribute("form") ContactForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return save(false, form, errors, model, locale, response, redirect);
  }

  @GetMapping(CONTACTS + "/recorded")
  String recorded(Model model) {
    if (!model.containsAttribute("recordedId")) {
      return "redirect:" + CONTACTS;
    }
    return "helpline/contact/recorded";
  }

  @GetMapping(CONTACTS)
  String list(
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String unlinked,
      @RequestParam(required = false) String who,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false, defaultValue = "0") String page,
      Model model,
      Locale locale) {
    ContactChannel channelFilter = ContactForm.parse(ContactChannel.class, channel);
    boolean unlinkedOnly = "true".equals(unlinked);
    boolean mine = "mine".equals(who);
    LocalDate fromDate = date(from);
    LocalDate toDate = date(to);
    int pageNumber = pageNumber(page);
    UUID me = TenantContext.currentUser().map(StaffUser::userId).orElse(null);
    model.addAttribute("channel", channelFilter);
    model.addAttribute("unlinked", unlinkedOnly);
    model.addAttribute("who", mine ? "mine" : "all");
    model.addAttribute("from", from == null ? "" : from.strip());
    model.addAttribute("to", to == null ? "" : to.strip());
    model.addAttribute("fromInvalid", from != null && !from.isBlank() && fromDate == null);
    model.addAttribute("toInvalid", to != null && !to.isBlank() && toDate == null);
    model.addAttribute("rangeInvalid", false);
    ContactList found;
    try {
      found =
          contacts.list(
              new ContactQuery(
                  channelFilter,
                  unlinkedOnly,
                  mine ? me : null,
                  fromDate,
                  toDate,
                  pageNumber,
                  PAGE_SIZE));
    } catch (InvalidInput invalid) {
      model.addAttribute("rangeInvalid", true);
      found = new ContactList(java.util.List.of(), 0, 0, PAGE_SIZE);
    }
    model.addAttribute("contacts", found);
    model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("advisorNames", choices.advisorNames());
    model.addAttribute("lineNumbers", choices.lineNumbers());
    model.addAttribute("zone", lines.zone());
    choices.addTo(model, locale);
    return "helpline/contact/list";
  }

  @GetMapping(CONTACTS + "/{id}")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    return contactPage(contacts.get(id), new LinkForm(), model, locale);
  }

  @PostMapping(CONTACTS + "/{id}/case-link")
  String link(
      @PathVariable UUID id,
      @ModelAttribute("linkForm") LinkForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.getCaseReference().isEmpty()) {
      errors.rejectValue("caseReference", ContactForm.ERROR + "caseReference.required");
    } else {
      Optional<CaseRef> target = caseLinks.byReference(form.getCaseReference());
      if (target.isEmpty()) {
        errors.rejectValue("caseReference", ContactForm.ERROR + "caseReference.notFound");
      } else {
        try {
          ContactView linked = contacts.linkToCase(id, target.get().id());
          redirect.addFlashAttribute("done", "helpline.contacts.linked");
          redirect.addFlashAttribute("doneReference", linked.caseReference());
          return "redirect:" + CONTACTS + "/" + id;
        } catch (CaseNotFound notFound) {
          errors.rejectValue("caseReference", ContactForm.ERROR + "caseReference.notFound");
        } catch (InvalidInput invalid) {
          invalid
              .problems()
              .forEach(
                  p ->
                      errors.rejectValue(
                          "caseReference", p.messageKey(), p.arguments().toArray(), null));
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return contactPage(contacts.get(id), form, model, locale);
  }

  private String save(
      boolean quick,
      ContactForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    UUID caseId = null;
    if (form.caseChoice() == ContactForm.CaseChoice.ATTACH && !form.getCaseReference().isEmpty()) {
      Optional<CaseRef> target = caseLinks.byReference(form.getCaseReference());
      if (target.isEmpty()) {
        errors.rejectValue("caseReference", ContactForm.ERROR + "caseReference.notFound");
      } else {
        caseId = target.get().id();
      }
    }
    if (!errors.hasErrors()) {
      ZoneId zone = lines.zone();
      try {
        ContactView recorded = contacts.record(form.toContact(zone, caseId));
        redirect.addFlashAttribute("recordedId", recorded.id());
        if (recorded.caseId() != null) {
          redirect.addFlashAttribute("recordedCaseId", recorded.caseId());
          redirect.addFlashAttribute("recordedCaseReference", recorded.caseReference());
          redirect.addFlashAttribute(
              "caseOpened", form.caseChoice() == ContactForm.CaseChoice.OPEN);
        }
        redirect.addFlashAttribute("quick", quick);
        return "redirect:" + CONTACTS + "/recorded";
      } catch (CaseNotFound notFound) {
        errors.rejectValue("caseReference", ContactForm.ERROR + "caseReference.notFound");
      } catch (InvalidInput invalid) {
        for (InvalidInput.Problem problem : invalid.problems()) {
          String field = ContactForm.formField(problem.field());
          if (field == null) {
            errors.reject(problem.messageKey(), problem.arguments().toArray(), null);
          } else {
            errors.rejectValue(field, problem.messageKey(), problem.arguments().toArray(), null);
          }
        }
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return formPage(quick, model, locale);
  }

  private String formPage(boolean quick, Model model, Locale locale) {
    model.addAttribute("quick", quick);
    model.addAttribute("action", quick ? CALLS : CONTACTS + "/new");
    choices.addTo(model, locale);
    return "helpline/contact/form";
  }

  private String contactPage(ContactView contact, LinkForm form, Model model, Locale locale) {
    model.addAttribute("contact", contact);
    model.addAttribute("noteLines", lines(contact.note()));
    model.addAttribute("transcriptLines", lines(contact.transcript()));
    model.addAttribute(
        "languageName",
        contact.language() == null
            ? null
            : ContactChoices.option(contact.language(), locale).name());
    model.addAttribute("linkForm", form);
    model.addAttribute("advisorNames", choices.advisorNames());
    model.addAttribute("lineNumbers", choices.lineNumbers());
    model.addAttribute("zone", lines.zone());
    return "helpline/contact/contact";
  }

  /** A free text as its lines, blank ones left out; null for no text. */
  private static java.util.List<String> lines(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return java.util.Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static int pageNumber(String value) {
    try {
      return Math.max(0, Math.min(100_000, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
