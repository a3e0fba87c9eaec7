package eu.pharos.chat.web.console;

import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.figures.ChatTeam;
import eu.pharos.chat.responses.CannedResponses;
import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseSummary;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.network.CrimeType;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
 * One conversation: its messages, the answer and note boxes, canned responses in its language,
 * transfer, and "end and file". A supervisor who is not its advisor sees it read-only with the note
 * box (joining silently); notes never reach the victim.
 */
@Controller("chatConsoleConversationController")
@RequestMapping("/app/chat/{id:[0-9a-fA-F-]{36}}")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ConversationController {

  static final int BODY_MAX = 4000;

  private final ChatConsole console;
  private final CannedResponses responses;
  private final ChatConsoleSettings settings;
  private final ChatTeam team;
  private final Cases cases;
  private final Directory directory;
  private final MessageSource messages;

  ConversationController(
      ChatConsole console,
      CannedResponses responses,
      ChatConsoleSettings settings,
      ChatTeam team,
      Cases cases,
      Directory directory,
      MessageSource messages) {
    this.console = console;
    this.responses = responses;
    this.settings = settings;
    this.team = team;
    this.cases = cases;
    this.directory = directory;
    this.messages = messages;
  }

  @GetMapping
  String show(@PathVariable UUID id, Model model, Locale locale) {
    return page(console.open(id, 0), "", "", Map.of(), model, locale);
  }

  @PostMapping("/messages")
  String send(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String clientId,
      @RequestParam(defaultValue = "") String body,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      console.send(id, clientId.isBlank() ? UUID.randomUUID().toString() : clientId, body);
      return "redirect:/app/chat/" + id + "#latest";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(
          console.open(id, 0), body, "", prefixed("answer", invalid, locale), model, locale);
    }
  }

  @PostMapping("/notes")
  String note(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String clientId,
      @RequestParam(defaultValue = "") String body,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      console.note(id, clientId.isBlank() ? UUID.randomUUID().toString() : clientId, body);
      return "redirect:/app/chat/" + id + "#latest";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(console.open(id, 0), "", body, prefixed("note", invalid, locale), model, locale);
    }
  }

  @PostMapping("/transfer")
  String transfer(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String to,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID colleague = uuid(to);
    try {
      if (colleague == null) {
        throw InvalidInput.of("to", "chat.conversation.transfer.error.required");
      }
      console.transfer(id, colleague);
      redirect.addFlashAttribute("notice", "chat.conversation.transfer.done");
      return "redirect:/app/chat";
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(console.open(id, 0), "", "", prefixed("to", invalid, locale), model, locale);
    }
  }

  @GetMapping("/end")
  String endForm(@PathVariable UUID id, Model model, Locale locale) {
    ConversationView conversation = console.open(id, 0);
    CrimeType crime = conversation.topic() == null ? null : conversation.topic().crimeType();
    return endPage(
        conversation,
        new EndForm("", crime == null ? "" : crime.name(), "", "NONE", ""),
        Map.of(),
        model,
        locale);
  }

  @PostMapping("/end")
  String end(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String outcome,
      @RequestParam(defaultValue = "") String crimeType,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "NONE") String caseChoice,
      @RequestParam(defaultValue = "") String caseReference,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    EndForm form = new EndForm(outcome, crimeType, note, caseChoice, caseReference.strip());
    Map<String, String> errors = new LinkedHashMap<>();
    ContactOutcome parsedOutcome = named(ContactOutcome.class, outcome);
    if (parsedOutcome == null) {
      errors.put("outcome", message("chat.end.error.outcome", locale));
    }
    CrimeType parsedCrime = named(CrimeType.class, crimeType);
    if (parsedCrime == null && !crimeType.isEmpty()) {
      errors.put("crimeType", message("chat.end.error.crimeType", locale));
    }
    UUID caseId = null;
    boolean openCase = "OPEN".equals(caseChoice);
    if ("ATTACH".equals(caseChoice)) {
      if (form.caseReference().isEmpty()) {
        errors.put("caseReference", message("chat.end.error.caseReference.required", locale));
      } else {
        caseId = caseByReference(form.caseReference()).orElse(null);
        if (caseId == null) {
          errors.put("caseReference", message("chat.end.error.caseReference.notFound", locale));
        }
      }
    }
    if (note.strip().length() > BODY_MAX) {
      errors.put(
          "note", messages.getMessage("chat.end.error.note", new Object[] {BODY_MAX}, locale));
    }
    if (errors.isEmpty()) {
      try {
        UUID contactId =
            console.end(
                id, new ChatClosing(parsedOutcome, parsedCrime, note.strip(), caseId, openCase));
        redirect.addFlashAttribute("filedContactId", contactId);
        return "redirect:/app/chat";
      } catch (InvalidInput invalid) {
        // A conversation filed already or never taken concerns the whole form.
        PageErrors.of(invalid, messages, locale)
            .forEach(
                (key, value) ->
                    errors.putIfAbsent(
                        Set.of("outcome", "crimeType", "note", "caseReference").contains(key)
                            ? key
                            : "end-form",
                        value));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return endPage(console.open(id, 0), form, errors, model, locale);
  }

  private Optional<UUID> caseByReference(String reference) {
    return cases.list(new CaseQuery(reference, null, null, null, 0, 5)).items().stream()
        .filter(c -> c.reference().equalsIgnoreCase(reference))
        .map(CaseSummary::id)
        .findFirst();
  }

  private String page(
      ConversationView conversation,
      String answer,
      String note,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    UUID me = TenantContext.currentUser().map(StaffUser::userId).orElse(null);
    boolean own = me != null && me.equals(conversation.advisorId());
    model.addAttribute("conversation", conversation);
    model.addAttribute("own", own);
    model.addAttribute("open", conversation.state().open());
    model.addAttribute("answer", answer);
    model.addAttribute("note", note);
    model.addAttribute("errors", errors);
    model.addAttribute("answerClientId", UUID.randomUUID().toString());
    model.addAttribute("noteClientId", UUID.randomUUID().toString());
    model.addAttribute(
        "lastSeq", conversation.messages().stream().mapToLong(m -> m.seq()).max().orElse(0));
    model.addAttribute("bodyMax", BODY_MAX);
    model.addAttribute("responses", own ? responses.list(conversation.language()) : List.of());
    model.addAttribute(
        "protocol", conversation.priority() > 0 ? settings.current().emergencyProtocol() : null);
    model.addAttribute("colleagues", own ? team.transferTargets(me) : List.of());
    model.addAttribute("languageNames", LanguageNames.of(List.of(conversation.language()), locale));
    model.addAttribute("zone", zone());
    return "chat/console/conversation";
  }

  private String endPage(
      ConversationView conversation,
      EndForm form,
      Map<String, String> errors,
      Model model,
      Locale locale) {
    model.addAttribute("conversation", conversation);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("outcomes", ContactOutcome.values());
    model.addAttribute("crimeTypes", CrimeType.values());
    model.addAttribute("languageNames", LanguageNames.of(List.of(conversation.language()), locale));
    return "chat/console/end";
  }

  private ZoneId zone() {
    return directory
        .member(TenantContext.current())
        .map(MemberView::timeZone)
        .orElse(ZoneId.of("UTC"));
  }

  /**
   * The problems of one box of the page under that box's id: the facade names the message's body,
   * client id, colleague or conversation, and on this page each belongs to the box just sent.
   */
  private Map<String, String> prefixed(String field, InvalidInput invalid, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    PageErrors.of(invalid, messages, locale).values().forEach(m -> errors.putIfAbsent(field, m));
    return errors;
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static UUID uuid(String text) {
    try {
      return text.isBlank() ? null : UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  /** The "end and file" form as typed. */
  record EndForm(
      String outcome, String crimeType, String note, String caseChoice, String caseReference) {}
}
