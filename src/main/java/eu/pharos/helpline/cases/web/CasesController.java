package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.Victims;
import eu.pharos.helpline.cases.CaseCalendar;
import eu.pharos.helpline.cases.CaseDocuments;
import eu.pharos.network.CrimeType;
import eu.pharos.platform.FileRejected;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: the list (an advisor's own cases first), opening a case, and a case's page with
 * its crime details, team, plan, follow-ups, timeline, documents, closing and reopening. Every form
 * works without JavaScript; a refused form comes back with its input and a message beside each
 * field, answered 400 (409 for a colleague's newer change, 413 or 415 for a refused file).
 */
@Controller
@RequestMapping("/app/helpline/cases")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class CasesController {

  static final int PAGE_SIZE = 25;
  static final String MINE = "mine";
  static final String ALL = "all";

  private final Cases cases;
  private final Victims victims;
  private final CaseDocuments documents;
  private final CaseChoices choices;
  private final CaseCalendar calendar;
  private final ObjectProvider<Contacts> contacts;

  CasesController(
      Cases cases,
      Victims victims,
      CaseDocuments documents,
      CaseChoices choices,
      CaseCalendar calendar,
      ObjectProvider<Contacts> contacts) {
    this.cases = cases;
    this.victims = victims;
    this.documents = documents;
    this.choices = choices;
    this.calendar = calendar;
    this.contacts = contacts;
  }

  // --- The list ----------------------------------------------------------------------------------

  @GetMapping
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String crimeType,
      @RequestParam(required = false) String advisor,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listPage(null, status, crimeType, advisor, page, model);
  }

  /** A search is a POST, so that a victim's name or phone stays out of addresses and histories. */
  @PostMapping("/search")
  String search(
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String crimeType,
      @RequestParam(required = false) String advisor,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listPage(text, status, crimeType, advisor, page, model);
  }

  private String listPage(
      String text, String status, String crimeType, String advisor, int page, Model model) {
    CaseStatus statusFilter = FormValues.choice(CaseStatus.class, status);
    CrimeType crimeFilter = FormValues.choice(CrimeType.class, crimeType);
    String scope = advisor == null || advisor.isBlank() ? MINE : advisor.strip();
    UUID advisorId;
    if (ALL.equals(scope)) {
      advisorId = null;
    } else if (MINE.equals(scope) || FormValues.id(scope) == null) {
      scope = MINE;
      advisorId = me();
    } else {
      advisorId = FormValues.id(scope);
    }
    String query = text == null ? "" : text.strip();
    CaseList found =
        cases.list(
            new CaseQuery(
                query.isEmpty() ? null : query,
                statusFilter,
                crimeFilter,
                advisorId,
                Math.max(0, page),
                PAGE_SIZE));
    model.addAttribute("found", found);
    model.addAttribute("text", query);
    model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
    model.addAttribute("crimeType", crimeFilter == null ? "" : crimeFilter.name());
    model.addAttribute("advisor", scope);
    model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute("advisors", choices.advisors());
    model.addAttribute("names", choices.names());
    model.addAttribute("today", calendar.today());
    model.addAttribute("zone", calendar.zone());
    return "helpline/cases/list";
  }

  // --- Opening a case ----------------------------------------------------------------------------

  @GetMapping("/new")
  String newCase(Model model, Locale locale) {
    OpenCaseForm form = new OpenCaseForm();
    form.setLeadAdvisorId(me().toString());
    model.addAttribute("form", form);
    return openPage(model, locale);
  }

  @PostMapping(value = "/new", params = "find-victim")
  String findVictim(
      @ModelAttribute("form") OpenCaseForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    form.setVictim(OpenCaseForm.EXISTING);
    if (form.getVictimQuery().isEmpty()) {
      errors.rejectValue("victimQuery", "helpline.cases.error.victim-query.required");
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } else {
      List<VictimSummary> found = victims.find(form.getVictimQuery());
      model.addAttribute("victimsFound", found);
    }
    return openPage(model, locale);
  }

  @PostMapping("/new")
  String open(
      @ModelAttribute("form") OpenCaseForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        CaseView opened = cases.open(form.toCommand());
        redirect.addFlashAttribute("done", "helpline.cases.done.opened");
        return "redirect:/app/helpline/cases/" + opened.id();
      } catch (InvalidInput invalid) {
        FormErrors.bind(invalid, errors, CasesController::openFormField);
      }
    }
    if (OpenCaseForm.EXISTING.equals(form.getVictim())
        && FormValues.id(form.getVictimId()) != null) {
      model.addAttribute(
          "victimsFound", victims.summaries(List.of(FormValues.id(form.getVictimId()))));
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return openPage(model, locale);
  }

  static String openFormField(String field) {
    if (field.startsWith("newVictim.")) {
      String victimField = field.substring("newVictim.".length());
      return "residenceCountry".equals(victimField) ? "victimResidenceCountry" : victimField;
    }
    return "newVictim".equals(field) ? null : field;
  }

  private String openPage(Model model, Locale locale) {
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute("countries", choices.countries(locale));
    model.addAttribute("victimLanguages", choices.languages(locale));
    model.addAttribute("advisors", choices.advisors());
    return "helpline/cases/new";
  }

  // --- A case's page -----------------------------------------------------------------------------

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model, Locale locale) {
    return casePage(cases.get(id), model, locale);
  }

  @PostMapping("/{id}/crime")
  String changeCrime(
      @PathVariable UUID id,
      @ModelAttribute("crimeForm") CrimeForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        "crime",
        form,
        () -> cases.changeDetails(id, form.toDetails(), form.getVersion()),
        "helpline.cases.done.crime",
        "crime",
        errors,
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/team")
  String changeTeam(
      @PathVariable UUID id,
      @ModelAttribute("teamForm") TeamForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        "team",
        form,
        () -> cases.changeTeam(id, form.lead(), form.members(), form.getVersion()),
        "helpline.cases.done.team",
        "case-team",
        errors,
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/close")
  String close(
      @PathVariable UUID id,
      @ModelAttribute("closeForm") CloseForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return change(
        id,
        "close",
        form,
        () -> cases.close(id, form.outcomeChoice(), form.getClosingNote(), form.getVersion()),
        "helpline.cases.done.closed",
        "case-summary",
        errors,
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/reopen")
  String reopen(
      @PathVariable UUID id,
      @ModelAttribute("reopenForm") ReopenForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      cases.reopen(id, form.getReason());
      return done(redirect, "helpline.cases.done.reopened", id, "case-summary");
    } catch (InvalidInput invalid) {
      bind(invalid, errors, model);
    }
    return refused(id, "reopen", model, locale, response);
  }

  @PostMapping("/{id}/actions")
  String addAction(
      @PathVariable UUID id,
      @ModelAttribute("actionForm") ActionForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        cases.addAction(id, form.toCommand());
        return done(redirect, "helpline.cases.done.action", id, "plan");
      } catch (InvalidInput invalid) {
        bind(invalid, errors, model);
      }
    }
    return refused(id, "plan", model, locale, response);
  }

  @PostMapping("/{id}/actions/{actionId}/status")
  String setActionStatus(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String status,
      RedirectAttributes redirect) {
    ActionStatus chosen = FormValues.choice(ActionStatus.class, status);
    try {
      cases.setActionStatus(id, actionId, chosen);
      return done(
          redirect,
          "helpline.cases.done.action-status." + (chosen == null ? "OPEN" : chosen.name()),
          id,
          "plan");
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("refused", invalid.problems().get(0).messageKey());
      return "redirect:/app/helpline/cases/" + id + "#plan";
    }
  }

  @PostMapping("/{id}/follow-ups")
  String scheduleFollowUp(
      @PathVariable UUID id,
      @ModelAttribute("followUpForm") FollowUpForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        cases.scheduleFollowUp(id, form.toCommand(calendar.zone()));
        return done(redirect, "helpline.cases.done.follow-up", id, "follow-ups");
      } catch (InvalidInput invalid) {
        FormErrors.bind(invalid, errors, field -> "dueAt".equals(field) ? "dueDate" : field);
        refusedIfWhole(invalid, model);
      }
    }
    return refused(id, "follow-ups", model, locale, response);
  }

  @PostMapping("/{id}/follow-ups/{followUpId}/done")
  String completeFollowUp(
      @PathVariable UUID id, @PathVariable UUID followUpId, RedirectAttributes redirect) {
    try {
      cases.completeFollowUp(id, followUpId);
      return done(redirect, "helpline.cases.done.follow-up-done", id, "follow-ups");
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("refused", invalid.problems().get(0).messageKey());
      return "redirect:/app/helpline/cases/" + id + "#follow-ups";
    }
  }

  @PostMapping("/{id}/notes")
  String addNote(
      @PathVariable UUID id,
      @ModelAttribute("noteForm") NoteForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      cases.addNote(id, form.getText());
      return done(redirect, "helpline.cases.done.note", id, "timeline");
    } catch (InvalidInput invalid) {
      bind(invalid, errors, model);
    }
    return refused(id, "timeline", model, locale, response);
  }

  @PostMapping("/{id}/documents")
  String upload(
      @PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw FileRejected.empty();
      }
      cases.attachDocument(id, file.getOriginalFilename(), file.getInputStream());
      return done(redirect, "helpline.cases.done.document", id, "timeline");
    } catch (FileRejected rejected) {
      model.addAttribute("uploadError", rejected.messageKey());
      model.addAttribute("uploadErrorArguments", rejected.messageArguments());
      response.setStatus(
          switch (rejected.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE.value();
            case TYPE_NOT_ALLOWED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE.value();
            case EMPTY -> HttpStatus.BAD_REQUEST.value();
          });
      model.addAttribute("openSection", "timeline");
      return casePage(cases.get(id), model, locale);
    } catch (InvalidInput invalid) {
      model.addAttribute("uploadError", invalid.problems().get(0).messageKey());
      model.addAttribute("uploadErrorArguments", invalid.problems().get(0).arguments().toArray());
      refusedIfWhole(invalid, model);
      return refused(id, "timeline", model, locale, response);
    }
  }

  @GetMapping("/{id}/documents/{entryId}")
  ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID entryId) {
    CaseDocuments.Download download = documents.open(id, entryId);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.size())
        .body(new InputStreamResource(download.content()));
  }

  // --- Rendering ---------------------------------------------------------------------------------

  private static void bind(InvalidInput invalid, BindingResult errors, Model model) {
    FormErrors.bind(invalid, errors);
    refusedIfWhole(invalid, model);
  }

  /**
   * A refusal of the whole request (a closed case, a case closed already) is shown above the page
   * too: the form it came from may not be on the page any more.
   */
  private static void refusedIfWhole(InvalidInput invalid, Model model) {
    invalid.problems().stream()
        .filter(problem -> problem.field() == null)
        .findFirst()
        .ifPresent(problem -> model.addAttribute("refused", problem.messageKey()));
  }

  private String done(RedirectAttributes redirect, String message, UUID id, String section) {
    redirect.addFlashAttribute("done", message);
    return "redirect:/app/helpline/cases/" + id + "#" + section;
  }

  private String refused(
      UUID id, String section, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("openSection", section);
    return casePage(cases.get(id), model, locale);
  }

  /** A colleague's newer change: the stored case beside what the user submitted, kept. */
  private String conflict(
      ConcurrentChange stale,
      String section,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    CaseView current = (CaseView) stale.current();
    model.addAttribute("conflict", current);
    model.addAttribute("openSection", section);
    return casePage(current, model, locale);
  }

  String casePage(CaseView view, Model model, Locale locale) {
    model.addAttribute("case", view);
    addIfAbsent(model, "crimeForm", CrimeForm.of(view));
    addIfAbsent(model, "teamForm", TeamForm.of(view));
    CloseForm closeForm = new CloseForm();
    closeForm.setVersion(view.version());
    addIfAbsent(model, "closeForm", closeForm);
    addIfAbsent(model, "reopenForm", new ReopenForm());
    addIfAbsent(model, "actionForm", new ActionForm());
    addIfAbsent(model, "followUpForm", new FollowUpForm());
    addIfAbsent(model, "noteForm", new NoteForm());
    List<NeedsAssessmentView> assessments = cases.assessments(view.id());
    model.addAttribute(
        "draft",
        assessments.stream()
            .filter(a -> a.status() == AssessmentStatus.DRAFT)
            .findFirst()
            .orElse(null));
    model.addAttribute(
        "submitted",
        assessments.stream()
            .filter(a -> a.status() == AssessmentStatus.SUBMITTED)
            .findFirst()
            .orElse(null));
    Contacts contactLog = contacts.getIfAvailable();
    model.addAttribute("contactsAvailable", contactLog != null);
    model.addAttribute("contacts", contactLog == null ? List.of() : contactLog.ofCase(view.id()));
    model.addAttribute("names", choices.names());
    model.addAttribute("advisors", choices.advisors());
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute("countries", choices.countries(locale));
    model.addAttribute("outcomes", CaseOutcome.values());
    model.addAttribute("today", calendar.today());
    model.addAttribute("now", calendar.now());
    model.addAttribute("zone", calendar.zone());
    model.addAttribute(
        "crimeCountryName", CaseChoices.countryName(view.crime().crimeCountry(), locale));
    model.addAttribute(
        "residenceCountryName", CaseChoices.countryName(view.crime().residenceCountry(), locale));
    return "helpline/cases/case";
  }

  private static void addIfAbsent(Model model, String name, Object value) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, value);
    }
  }

  private static UUID me() {
    return TenantContext.currentUser().map(StaffUser::userId).orElseThrow();
  }

  /**
   * Makes a change from a versioned form: on success back to the case with a message; on bad input
   * the case page again with the messages (400); on a colleague's newer change the saved version
   * beside the submitted one (409).
   */
  private String change(
      UUID id,
      String section,
      VersionedForm form,
      Runnable change,
      String doneKey,
      String anchor,
      BindingResult errors,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.validate(errors);
    if (!errors.hasErrors()) {
      try {
        change.run();
        return done(redirect, doneKey, id, anchor);
      } catch (InvalidInput invalid) {
        bind(invalid, errors, model);
      } catch (ConcurrentChange stale) {
        form.setVersion(stale.currentVersion());
        return conflict(stale, section, model, locale, response);
      }
    }
    return refused(id, section, model, locale, response);
  }
}
