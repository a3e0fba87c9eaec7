package eu.pharos.knowledge.meeting.web;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.meeting.AttendanceMode;
import eu.pharos.knowledge.meeting.MeetingCalendar;
import eu.pharos.knowledge.meeting.MeetingDetails;
import eu.pharos.knowledge.meeting.MeetingKind;
import eu.pharos.knowledge.meeting.MeetingView;
import eu.pharos.knowledge.meeting.Meetings;
import eu.pharos.knowledge.meeting.NewAction;
import eu.pharos.knowledge.web.KnowledgePages;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A centre's meetings for signed-in staff: the list (upcoming and past), a meeting's page with its
 * agenda, participants by mode, workgroups, minutes, decisions and actions, the forms for each, and
 * the meeting as an iCalendar file. Every form posts and redirects; a refused one comes back with
 * its messages beside its fields and what was typed kept.
 */
@Controller
@RequestMapping("/app/centres/{slug}/meetings")
class MeetingPagesController {

  private final Meetings meetings;
  private final CentreAccess access;
  private final Organisations organisations;
  private final KnowledgePages pages;
  private final Clock clock;

  MeetingPagesController(
      Meetings meetings,
      CentreAccess access,
      Organisations organisations,
      KnowledgePages pages,
      Clock clock) {
    this.meetings = meetings;
    this.access = access;
    this.organisations = organisations;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping
  String list(@PathVariable String slug, Model model) {
    CentreRef centre = access.read(slug);
    model.addAttribute("centre", centre);
    model.addAttribute("listing", meetings.list(centre));
    model.addAttribute("zone", pages.zone());
    return "knowledge/meetings/list";
  }

  // --- the meeting itself

  @GetMapping("/new")
  String newMeeting(@PathVariable String slug, Model model) {
    CentreRef centre = access.requireMember(slug);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", MeetingKind.MEETING.name());
    form.put("visibility", Visibility.CENTRE.name());
    return form(centre, null, form, Map.of(), model);
  }

  @PostMapping
  String create(
      @PathVariable String slug,
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.requireMember(slug);
    Map<String, String> form = meetingForm(params);
    try {
      MeetingView created = meetings.create(slug, details(form));
      redirect.addFlashAttribute("done", "knowledge.meeting.done.created");
      return "redirect:/app/centres/" + centre.slug() + "/meetings/" + created.id();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(centre, null, form, pages.errors(invalid, "kind", locale), model);
    }
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String slug, @PathVariable UUID id, Model model) {
    CentreRef centre = access.read(slug);
    MeetingView meeting = meetings.view(slug, id);
    if (!meeting.mayEdit()) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the organiser and the moderators change a meeting");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", meeting.kind().name());
    form.put("title", FormValues.text(meeting.title()));
    form.put("description", FormValues.text(meeting.description()));
    form.put("startsAt", local(meeting.startsAt()));
    form.put("endsAt", local(meeting.endsAt()));
    form.put("place", FormValues.text(meeting.place()));
    form.put("address", FormValues.text(meeting.address()));
    form.put("city", FormValues.text(meeting.city()));
    form.put("onlineLink", FormValues.text(meeting.onlineLink()));
    form.put("hostOrganisationId", FormValues.text(meeting.hostOrganisationId()));
    form.put("visibility", meeting.visibility().name());
    form.put("version", String.valueOf(meeting.version()));
    return form(centre, meeting, form, Map.of(), model);
  }

  @PostMapping("/{id}/edit")
  String change(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam Map<String, String> params,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CentreRef centre = access.read(slug);
    Map<String, String> form = meetingForm(params);
    form.put("version", FormValues.clean(params.get("version")));
    try {
      meetings.change(slug, id, details(form), version(form.get("version")));
      redirect.addFlashAttribute("done", "knowledge.meeting.done.changed");
      return "redirect:/app/centres/" + centre.slug() + "/meetings/" + id;
    } catch (InvalidInput invalid) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(
          centre, meetings.view(slug, id), form, pages.errors(invalid, "kind", locale), model);
    } catch (ConcurrentChange stale) {
      response.setStatus(HttpStatus.CONFLICT.value());
      MeetingView current = (MeetingView) stale.current();
      form.put("version", String.valueOf(current.version()));
      model.addAttribute("conflict", current);
      return form(centre, current, form, Map.of(), model);
    }
  }

  @GetMapping("/{id}")
  String meeting(@PathVariable String slug, @PathVariable UUID id, Model model) {
    return page(slug, id, Map.of(), Map.of(), null, model);
  }

  @GetMapping(value = "/{id}/calendar.ics")
  ResponseEntity<String> calendar(
      @PathVariable String slug, @PathVariable UUID id, HttpServletRequest request) {
    return calendarOf(meetings.view(slug, id), request, clock);
  }

  static ResponseEntity<String> calendarOf(
      MeetingView meeting, HttpServletRequest request, Clock clock) {
    String url =
        request.getScheme()
            + "://"
            + request.getServerName()
            + (request.getServerPort() == 80 || request.getServerPort() == 443
                ? ""
                : ":" + request.getServerPort())
            + request.getRequestURI().replaceFirst("/calendar\\.ics$", "");
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"meeting-" + meeting.id() + ".ics\"")
        .body(MeetingCalendar.of(meeting, url, clock.instant()));
  }

  // --- agenda

  @PostMapping("/{id}/agenda")
  String addAgendaItem(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String startsAt,
      @RequestParam(required = false) String presenter,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("agenda-title", FormValues.clean(title));
    form.put("agenda-startsAt", FormValues.clean(startsAt));
    form.put("agenda-presenter", FormValues.clean(presenter));
    return act(
        slug,
        id,
        form,
        "agenda-",
        "title",
        () -> {
          Instant at = instantOrRefuse(startsAt, "startsAt");
          return meetings.addAgendaItem(slug, id, title, at, presenter);
        },
        "knowledge.meeting.done.agenda",
        "agenda",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/agenda/{itemId}/up")
  String moveUp(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      RedirectAttributes redirect) {
    meetings.moveAgendaItemUp(slug, id, itemId);
    redirect.addFlashAttribute("done", "knowledge.meeting.done.agenda");
    return "redirect:/app/centres/" + slug + "/meetings/" + id + "#agenda";
  }

  @PostMapping("/{id}/agenda/{itemId}/remove")
  String removeItem(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID itemId,
      RedirectAttributes redirect) {
    meetings.removeAgendaItem(slug, id, itemId);
    redirect.addFlashAttribute("done", "knowledge.meeting.done.agenda");
    return "redirect:/app/centres/" + slug + "/meetings/" + id + "#agenda";
  }

  // --- participants

  @PostMapping("/{id}/invite")
  String invite(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) String mode,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("invite-userId", FormValues.clean(userId));
    form.put("invite-mode", FormValues.clean(mode));
    return act(
        slug,
        id,
        form,
        "invite-",
        "userId",
        () ->
            meetings.invite(
                slug, id, FormValues.id(userId), FormValues.choice(AttendanceMode.class, mode)),
        "knowledge.meeting.done.invited",
        "participants",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/register")
  String register(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String mode,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("register-mode", FormValues.clean(mode));
    return act(
        slug,
        id,
        form,
        "register-",
        "mode",
        () -> meetings.register(slug, id, FormValues.choice(AttendanceMode.class, mode)),
        "knowledge.meeting.done.registered",
        "participants",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/guests")
  String addGuest(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String mode,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("guest-name", FormValues.clean(name));
    form.put("guest-organisation", FormValues.clean(organisation));
    form.put("guest-mode", FormValues.clean(mode));
    return act(
        slug,
        id,
        form,
        "guest-",
        "name",
        () ->
            meetings.addGuest(
                slug, id, name, organisation, FormValues.choice(AttendanceMode.class, mode)),
        "knowledge.meeting.done.guest",
        "participants",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/participants/{participantId}/mode")
  String changeMode(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID participantId,
      @RequestParam(required = false) String mode,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String prefix = "p-" + participantId + "-";
    Map<String, String> form = new LinkedHashMap<>();
    form.put(prefix + "mode", FormValues.clean(mode));
    return act(
        slug,
        id,
        form,
        prefix,
        "mode",
        () ->
            meetings.changeMode(
                slug, id, participantId, FormValues.choice(AttendanceMode.class, mode)),
        "knowledge.meeting.done.mode",
        "participants",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/participants/{participantId}/cancel")
  String cancel(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID participantId,
      RedirectAttributes redirect) {
    meetings.cancel(slug, id, participantId);
    redirect.addFlashAttribute("done", "knowledge.meeting.done.cancelled");
    return "redirect:/app/centres/" + slug + "/meetings/" + id + "#participants";
  }

  // --- workgroups

  @PostMapping("/{id}/workgroups")
  String addWorkgroup(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String topic,
      @RequestParam(required = false) List<String> members,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("workgroup-name", FormValues.clean(name));
    form.put("workgroup-topic", FormValues.clean(topic));
    form.put("workgroup-members", members == null ? "" : String.join(",", members));
    List<UUID> ids =
        members == null ? List.of() : members.stream().map(m -> FormValues.id(m)).toList();
    return act(
        slug,
        id,
        form,
        "workgroup-",
        "name",
        () -> meetings.addWorkgroup(slug, id, name, topic, ids),
        "knowledge.meeting.done.workgroup",
        "workgroups",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/workgroups/{workgroupId}/notes")
  String workgroupNotes(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID workgroupId,
      @RequestParam(required = false) String notes,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String prefix = "w-" + workgroupId + "-";
    Map<String, String> form = new LinkedHashMap<>();
    form.put(prefix + "notes", FormValues.clean(notes));
    return act(
        slug,
        id,
        form,
        prefix,
        "notes",
        () -> meetings.writeWorkgroupNotes(slug, id, workgroupId, notes, version(version)),
        "knowledge.meeting.done.notes",
        "workgroup-" + workgroupId,
        model,
        locale,
        response,
        redirect);
  }

  // --- minutes

  @PostMapping("/{id}/minutes")
  String minutes(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String minutes,
      @RequestParam(required = false) String makeFinal,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("minutes-minutes", FormValues.clean(minutes));
    form.put("minutes-makeFinal", FormValues.clean(makeFinal));
    return act(
        slug,
        id,
        form,
        "minutes-",
        "minutes",
        () ->
            meetings.writeMinutes(
                slug, id, minutes, "true".equals(FormValues.clean(makeFinal)), version(version)),
        "true".equals(FormValues.clean(makeFinal))
            ? "knowledge.meeting.done.minutes-final"
            : "knowledge.meeting.done.minutes",
        "minutes",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/decisions")
  String decision(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String decision,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("decision-decision", FormValues.clean(decision));
    return act(
        slug,
        id,
        form,
        "decision-",
        "decision",
        () -> meetings.addDecision(slug, id, decision),
        "knowledge.meeting.done.decision",
        "decisions",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/actions")
  String action(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String ownerUserId,
      @RequestParam(required = false) String ownerName,
      @RequestParam(required = false) String dueOn,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("action-text", FormValues.clean(text));
    form.put("action-ownerUserId", FormValues.clean(ownerUserId));
    form.put("action-ownerName", FormValues.clean(ownerName));
    form.put("action-dueOn", FormValues.clean(dueOn));
    return act(
        slug,
        id,
        form,
        "action-",
        "text",
        () -> {
          if (!FormValues.clean(dueOn).isEmpty() && FormValues.date(dueOn) == null) {
            throw InvalidInput.of("dueOn", "knowledge.meeting.error.date");
          }
          return meetings.addAction(
              slug,
              id,
              new NewAction(text, FormValues.id(ownerUserId), ownerName, FormValues.date(dueOn)));
        },
        "knowledge.meeting.done.action",
        "actions",
        model,
        locale,
        response,
        redirect);
  }

  @PostMapping("/{id}/actions/{actionId}/done")
  String actionDone(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String prefix = "a-" + actionId + "-";
    Map<String, String> form = new LinkedHashMap<>();
    form.put(prefix + "outcome", FormValues.clean(outcome));
    return act(
        slug,
        id,
        form,
        prefix,
        "outcome",
        () -> meetings.completeAction(slug, id, actionId, outcome, version(version)),
        "knowledge.meeting.done.action-done",
        "actions",
        model,
        locale,
        response,
        redirect);
  }

  // --- helpers

  private String act(
      String slug,
      UUID id,
      Map<String, String> form,
      String prefix,
      String first,
      Supplier<MeetingView> change,
      String doneKey,
      String anchor,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Map<String, String> errors;
    try {
      change.get();
      redirect.addFlashAttribute("done", doneKey);
      return "redirect:/app/centres/" + slug + "/meetings/" + id + "#" + anchor;
    } catch (InvalidInput invalid) {
      errors = pages.errors(invalid, field -> prefix + field, prefix + first, locale);
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } catch (ConcurrentChange stale) {
      errors = Map.of(prefix + first, pages.message("knowledge.meeting.error.stale", locale));
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return page(slug, id, errors, form, prefix, model);
  }

  private String page(
      String slug,
      UUID id,
      Map<String, String> errors,
      Map<String, String> form,
      String openForm,
      Model model) {
    CentreRef centre = access.read(slug);
    MeetingView meeting = meetings.view(slug, id);
    model.addAttribute("centre", centre);
    model.addAttribute("meeting", meeting);
    model.addAttribute("people", meeting.mayEdit() ? meetings.people(centre) : List.of());
    model.addAttribute("errors", errors);
    model.addAttribute("form", form);
    model.addAttribute("openForm", openForm);
    model.addAttribute("zone", pages.zone());
    model.addAttribute("me", access.currentUserId());
    model.addAttribute("modes", AttendanceMode.values());
    UUID me = access.currentUserId();
    model.addAttribute(
        "myWorkgroups",
        meeting.workgroups().stream()
            .filter(w -> me != null && w.members().stream().anyMatch(p -> me.equals(p.userId())))
            .map(MeetingView.WorkgroupView::id)
            .collect(java.util.stream.Collectors.toSet()));
    return "knowledge/meetings/meeting";
  }

  private String form(
      CentreRef centre,
      MeetingView meeting,
      Map<String, String> form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("centre", centre);
    model.addAttribute("meeting", meeting);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute(
        "organisations",
        organisations.all().stream()
            .sorted(Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute("zone", pages.zone());
    return "knowledge/meetings/form";
  }

  private static Map<String, String> meetingForm(Map<String, String> params) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String field :
        List.of(
            "kind",
            "title",
            "description",
            "startsAt",
            "endsAt",
            "place",
            "address",
            "city",
            "onlineLink",
            "hostOrganisationId",
            "visibility")) {
      form.put(field, FormValues.clean(params.get(field)));
    }
    return form;
  }

  private MeetingDetails details(Map<String, String> form) {
    LocalDateTime starts = FormValues.dateTime(form.get("startsAt"));
    LocalDateTime ends = FormValues.dateTime(form.get("endsAt"));
    return new MeetingDetails(
        FormValues.choice(MeetingKind.class, form.get("kind")),
        form.get("title"),
        form.get("description"),
        starts == null ? null : starts.atZone(pages.zone()).toInstant(),
        ends == null ? null : ends.atZone(pages.zone()).toInstant(),
        form.get("place"),
        form.get("address"),
        form.get("city"),
        form.get("onlineLink"),
        FormValues.id(form.get("hostOrganisationId")),
        FormValues.choice(Visibility.class, form.get("visibility")));
  }

  private Instant instantOrRefuse(String value, String field) {
    if (FormValues.clean(value).isEmpty()) {
      return null;
    }
    LocalDateTime at = FormValues.dateTime(value);
    if (at == null) {
      throw InvalidInput.of(field, "knowledge.meeting.error.date-time");
    }
    return at.atZone(pages.zone()).toInstant();
  }

  private String local(Instant instant) {
    return instant.atZone(pages.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
  }

  /** The version a form was built from; a missing or garbled one can only be stale. */
  static long version(String value) {
    try {
      return Long.parseLong(FormValues.clean(value));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
