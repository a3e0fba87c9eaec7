package eu.pharos.chat.web.visitor;

import eu.pharos.chat.ChatAvailability;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.blocks.VisitorBarrier;
import eu.pharos.chat.live.ChatStartLimit;
import eu.pharos.chat.routing.NetworkRouting;
import eu.pharos.chat.routing.RouteCheck;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import eu.pharos.platform.RateLimiter;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: whether the organisation answers now, how long the wait is, what else there is
 * (its 116 006 line, 112, written messaging), and the form that starts a conversation after the
 * safety and privacy notice.
 */
@Controller
class StartController {

  static final String ORGANISATION = "/chat/{organisationId:[0-9a-fA-F\\-]{36}}";
  private static final String VIEW = "chat/visitor/start";

  /** Problems of the whole form link to the form itself. */
  private static final String FORM = "chat-start";

  private final VisitorChats chats;
  private final Directory directory;
  private final ChatStartLimit limit;
  private final VisitorBarrier barrier;
  private final NetworkRouting routing;
  private final NetworkOfferPage offerPage;

  StartController(
      VisitorChats chats,
      Directory directory,
      ChatStartLimit limit,
      VisitorBarrier barrier,
      NetworkRouting routing,
      NetworkOfferPage offerPage) {
    this.chats = chats;
    this.directory = directory;
    this.limit = limit;
    this.barrier = barrier;
    this.routing = routing;
    this.offerPage = offerPage;
  }

  /** {@code /chat/start} is where the first Find help pages linked to. */
  @GetMapping({"/chat", "/chat/start"})
  String byParameter(
      @RequestParam(name = "organisation", required = false) String organisation,
      @RequestParam(required = false) String source,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    UUID id = uuid(organisation);
    if (id == null) {
      return unavailable(model, response);
    }
    return "redirect:/chat/" + id + "?source=" + StartForm.source(source);
  }

  @GetMapping(ORGANISATION)
  String start(
      @PathVariable String organisationId,
      @RequestParam(required = false) String source,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    UUID id = uuid(organisationId);
    Optional<MemberView> member = answering(id);
    if (member.isEmpty()) {
      return unavailable(model, response);
    }
    barrier.admitStart(id, ChatCookie.read(request), request.getRemoteAddr());
    ChatAvailability availability;
    String language = preferred(member.get(), locale);
    try {
      availability = chats.availability(id, language);
    } catch (InvalidInput | eu.pharos.shared.RecordNotFound notOffered) {
      return unavailable(model, response);
    }
    String kind = availability.openNow() ? ChatKind.LIVE.name() : ChatKind.WRITTEN.name();
    if (!availability.languages().contains(language) && !availability.languages().isEmpty()) {
      language = availability.languages().get(0);
    }
    StartForm form = StartForm.blank(language, kind, source);
    prepare(model, locale, member.get(), availability, form, Map.of());
    return VIEW;
  }

  @PostMapping(ORGANISATION)
  String submit(
      @PathVariable String organisationId,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "false") boolean notice,
      @RequestParam(required = false) String source,
      @RequestParam(defaultValue = "") String network,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    UUID id = uuid(organisationId);
    Optional<MemberView> member = answering(id);
    if (member.isEmpty()) {
      return unavailable(model, response);
    }
    barrier.admitStart(id, ChatCookie.read(request), request.getRemoteAddr());
    StartForm form =
        new StartForm(
            language.strip(), topic.strip(), kind.strip(), notice, StartForm.source(source));
    ChatAvailability availability;
    try {
      availability =
          chats.availability(
              id, form.language().isEmpty() ? preferred(member.get(), locale) : form.language());
    } catch (InvalidInput | eu.pharos.shared.RecordNotFound notOffered) {
      return unavailable(model, response);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    form.check(languages(member.get(), availability), errors);
    if (errors.isEmpty()) {
      RateLimiter.Decision decision = limit.tryStart(request);
      if (!decision.allowed()) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        errors.put(FORM, "chat.visitor.error.tooMany");
        prepare(model, locale, member.get(), availability, form, errors);
        return VIEW;
      }
      // Network routing: another member may answer, only if the victim agrees on the next page.
      if (!"declined".equals(network)) {
        RouteCheck check = routing.check(id, form.language());
        if (check.route().isPresent()) {
          return offerPage.show(
              model,
              locale,
              member.get(),
              form,
              check.offer(),
              false,
              check.originOpen(),
              null,
              response);
        }
      }
      try {
        StartedChat started = chats.start(form.toCommand(id));
        barrier.remember(started.key(), id, request.getRemoteAddr());
        ChatCookie.write(request, response, started.key());
        return "redirect:" + ConversationController.PATH;
      } catch (InvalidInput invalid) {
        invalid.problems().forEach(p -> errors.putIfAbsent(field(p.field()), p.messageKey()));
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    prepare(model, locale, member.get(), availability, form, errors);
    return VIEW;
  }

  private void prepare(
      Model model,
      Locale locale,
      MemberView member,
      ChatAvailability availability,
      StartForm form,
      Map<String, String> errors) {
    model.addAttribute("availability", availability);
    model.addAttribute("member", member);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("helpline", helpline(member, availability));
    Map<String, String> languageNames = new LinkedHashMap<>();
    languages(member, availability).forEach(code -> languageNames.put(code, name(code, locale)));
    model.addAttribute("languageNames", languageNames);
    model.addAttribute("topics", ChatTopic.values());
    model.addAttribute("kinds", ChatKind.values());
    model.addAttribute("organisationPath", "/chat/" + member.organisationId());
  }

  /**
   * A member that answers chats in Pharos; any other is not offered a queue that nobody would
   * watch.
   */
  private Optional<MemberView> answering(UUID id) {
    return id == null ? Optional.empty() : directory.member(id).filter(MemberView::chatInPharos);
  }

  /** The organisation's 116 006 line where it runs one, else any line it has. */
  private static String helpline(MemberView member, ChatAvailability availability) {
    if (availability.helplineNumber() != null) {
      return availability.helplineNumber();
    }
    return member.helplines().stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .or(() -> member.helplines().stream().findFirst())
        .map(HelplineView::number)
        .orElse(null);
  }

  private static Set<String> languages(MemberView member, ChatAvailability availability) {
    List<String> offered =
        availability.languages() == null || availability.languages().isEmpty()
            ? member.languages()
            : availability.languages();
    return new LinkedHashSet<>(offered);
  }

  private static String preferred(MemberView member, Locale locale) {
    String mine = locale.getLanguage();
    if (member.languages().contains(mine) || member.languages().isEmpty()) {
      return mine;
    }
    return member.languages().get(0);
  }

  static String name(String code, Locale locale) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
    if (name.isEmpty() || name.equals(code)) {
      return code;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The facade names the notice {@code noticeAccepted}; the form names it {@code notice}. */
  private static String field(String field) {
    if (field == null) {
      return FORM;
    }
    return switch (field) {
      case "noticeAccepted", "notice" -> "notice";
      case "language", "topic", "kind" -> field;
      default -> FORM;
    };
  }

  private String unavailable(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "chat/visitor/unavailable";
  }

  static UUID uuid(String value) {
    if (value == null || value.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
