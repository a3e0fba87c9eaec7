package eu.pharos.chat.web.console;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ConversationView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * The advisor's console: their status, the organisation's queue (no text, only what routes a
 * conversation) and their open conversations. Every action is a form that ends in a redirect, so
 * the page works without JavaScript; chat-console.js keeps it live over the staff WebSocket.
 */
@Controller
@RequestMapping("/app/chat")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ConsoleController {

  private final ChatConsole console;
  private final Directory directory;
  private final MessageSource messages;

  ConsoleController(ChatConsole console, Directory directory, MessageSource messages) {
    this.console = console;
    this.directory = directory;
    this.messages = messages;
  }

  @GetMapping
  String console(Model model, Locale locale) {
    AdvisorStatus status = console.myStatus();
    return page(
        new StatusForm(
            status.availability().name(),
            Integer.toString(status.capacity()),
            List.copyOf(status.languages())),
        Map.of(),
        model,
        locale);
  }

  /** The queue and the advisor's conversations only, for the live page to swap in. */
  @GetMapping("/panels")
  String panels(Model model, Locale locale) {
    panelsModel(model, locale);
    return "chat/console/console :: panels";
  }

  @PostMapping("/status")
  String status(
      @RequestParam(defaultValue = "") String availability,
      @RequestParam(defaultValue = "") String capacity,
      @RequestParam(required = false) List<String> languages,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<String> chosen = languages == null ? List.of() : languages;
    StatusForm form = new StatusForm(availability, capacity.strip(), chosen);
    Map<String, String> errors = new LinkedHashMap<>();
    AdvisorAvailability parsedAvailability = availability(availability);
    if (parsedAvailability == null) {
      errors.put("availability", message("chat.console.status.error.availability", locale));
    }
    Integer parsedCapacity = whole(form.capacity());
    if (parsedCapacity == null) {
      errors.put("capacity", message("chat.console.status.error.capacity", locale));
    }
    if (errors.isEmpty()) {
      try {
        console.setStatus(parsedAvailability, parsedCapacity, chosen);
        redirect.addFlashAttribute("done", "chat.console.status.saved");
        return "redirect:/app/chat";
      } catch (InvalidInput invalid) {
        PageErrors.of(invalid, messages, locale).forEach(errors::putIfAbsent);
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(form, errors, model, locale);
  }

  @PostMapping("/next")
  String takeNext(RedirectAttributes redirect) {
    Optional<ConversationView> taken = console.acceptNext();
    if (taken.isEmpty()) {
      redirect.addFlashAttribute("notice", "chat.console.queue.nothing");
      return "redirect:/app/chat";
    }
    return "redirect:/app/chat/" + taken.get().id();
  }

  @PostMapping("/queue/{id}/take")
  String take(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      ConversationView taken = console.accept(id);
      return "redirect:/app/chat/" + taken.id();
    } catch (ConcurrentChange taken) {
      redirect.addFlashAttribute("notice", "chat.console.queue.takenMeanwhile");
      return "redirect:/app/chat";
    } catch (InvalidInput invalid) {
      redirect.addFlashAttribute("notice", "chat.console.queue.cannotTake");
      return "redirect:/app/chat";
    }
  }

  private String page(StatusForm form, Map<String, String> errors, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("availabilities", AdvisorAvailability.values());
    model.addAttribute("capacityMax", 6);
    panelsModel(model, locale);
    return "chat/console/console";
  }

  private void panelsModel(Model model, Locale locale) {
    MemberView member = directory.member(TenantContext.current()).orElse(null);
    List<String> offered = member == null ? List.of() : member.languages();
    ZoneId zone = member == null ? ZoneId.of("UTC") : member.timeZone();
    List<ConversationView> mine = console.mine();
    List<ConsoleRow> rows = new ArrayList<>();
    for (ConversationView conversation : mine) {
      rows.add(ConsoleRow.of(conversation));
    }
    model.addAttribute("queue", console.queue());
    model.addAttribute("mine", rows);
    model.addAttribute("offeredLanguages", offered);
    model.addAttribute("languageNames", LanguageNames.of(offered, locale));
    model.addAttribute("zone", zone);
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static AdvisorAvailability availability(String name) {
    for (AdvisorAvailability value : AdvisorAvailability.values()) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    return null;
  }

  static Integer whole(String text) {
    if (text == null || text.isEmpty() || text.length() > 6) {
      return null;
    }
    if (!text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(text);
  }

  /** The status form as typed. */
  record StatusForm(String availability, String capacity, List<String> languages) {}
}
