package eu.pharos.chat.web.console;

import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.chat.settings.ConsoleSettings;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation admin's chat settings, and the snippet that embeds the chat in its site. */
@Controller
@RequestMapping("/app/chat/settings")
@PreAuthorize("hasRole('ORG_ADMIN')")
class SettingsController {

  private final ChatConsoleSettings settings;
  private final MessageSource messages;
  private final String baseUrl;

  SettingsController(
      ChatConsoleSettings settings,
      MessageSource messages,
      @Value("${pharos.base-url}") String baseUrl) {
    this.settings = settings;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @GetMapping
  String show(Model model) {
    ConsoleSettings current = settings.current();
    return page(SettingsForm.of(current), Map.of(), false, model);
  }

  @PostMapping
  String save(
      @RequestParam(defaultValue = "") String retentionDays,
      @RequestParam(defaultValue = "false") boolean maskContactDetails,
      @RequestParam(defaultValue = "") String replyTargetHours,
      @RequestParam(defaultValue = "") String emergencyProtocol,
      @RequestParam(defaultValue = "0") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SettingsForm form =
        new SettingsForm(
            retentionDays.strip(),
            maskContactDetails,
            replyTargetHours.strip(),
            emergencyProtocol,
            version);
    Map<String, String> errors = new LinkedHashMap<>();
    Integer retention = whole(form.retentionDays());
    if (retention == null) {
      errors.put("retentionDays", message("chat.settings.error.notNumber", locale));
    }
    Integer reply = whole(form.replyTargetHours());
    if (reply == null) {
      errors.put("replyTargetHours", message("chat.settings.error.notNumber", locale));
    }
    try {
      // What could not be read goes on as out of range, so that every other problem is named too.
      settings.save(
          new ConsoleSettings(
              retention == null ? -1 : retention,
              maskContactDetails,
              reply == null ? 0 : reply,
              emergencyProtocol,
              version));
      if (errors.isEmpty()) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/app/chat/settings";
      }
    } catch (InvalidInput invalid) {
      PageErrors.of(invalid, messages, locale).forEach(errors::putIfAbsent);
    } catch (ConcurrentChange conflict) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      ConsoleSettings current = (ConsoleSettings) conflict.current();
      return page(
          new SettingsForm(
              form.retentionDays(),
              maskContactDetails,
              form.replyTargetHours(),
              emergencyProtocol,
              current.version()),
          Map.of("form", message("chat.settings.error.conflict", locale)),
          true,
          model);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(form, errors, false, model);
  }

  private String page(
      SettingsForm form, Map<String, String> errors, boolean conflict, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("retentionMax", ConsoleSettings.RETENTION_MAX);
    model.addAttribute("replyTargetMax", ConsoleSettings.REPLY_TARGET_MAX);
    model.addAttribute(
        "snippet",
        "<script src=\""
            + baseUrl
            + "/chat/embed.js\" data-organisation=\""
            + TenantContext.current()
            + "\" async></script>");
    return "chat/console/settings";
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static Integer whole(String text) {
    if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.valueOf(text);
  }

  /** The settings form as typed. */
  record SettingsForm(
      String retentionDays,
      boolean maskContactDetails,
      String replyTargetHours,
      String emergencyProtocol,
      long version) {

    static SettingsForm of(ConsoleSettings settings) {
      return new SettingsForm(
          Integer.toString(settings.retentionDays()),
          settings.maskContactDetails(),
          Integer.toString(settings.replyTargetHours()),
          settings.emergencyProtocol(),
          settings.version());
    }
  }
}
