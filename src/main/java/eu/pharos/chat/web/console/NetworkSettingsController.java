package eu.pharos.chat.web.console;

import eu.pharos.chat.routing.NetworkOffers;
import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.chat.settings.ConsoleSettings;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Serve the network" section of the chat settings: whether the organisation takes chats from
 * the network, in which of its languages and in which weekly hours. A refused form shows the whole
 * settings page again with the messages beside the section's fields.
 */
@Controller("chatNetworkSettingsController")
@PreAuthorize("hasRole('ORG_ADMIN')")
class NetworkSettingsController {

  static final String PATH = "/app/chat/settings/network";

  private final NetworkOffers offers;
  private final ChatConsoleSettings settings;
  private final MessageSource messages;
  private final String baseUrl;

  NetworkSettingsController(
      NetworkOffers offers,
      ChatConsoleSettings settings,
      MessageSource messages,
      @Value("${pharos.base-url}") String baseUrl) {
    this.offers = offers;
    this.settings = settings;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @PostMapping(PATH)
  String save(
      @RequestParam(defaultValue = "false") boolean networkServing,
      @RequestParam(name = "networkLanguages", required = false) List<String> languages,
      @RequestParam(defaultValue = "0") long networkVersion,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    List<NetworkSettingsForm.Day> days = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.add(
          new NetworkSettingsForm.Day(
              day,
              param(request, NetworkOffers.fromField(day)),
              param(request, NetworkOffers.toField(day))));
    }
    NetworkSettingsForm form =
        new NetworkSettingsForm(
            networkServing, languages == null ? List.of() : languages, days, networkVersion);
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      offers.save(form.change());
      redirect.addFlashAttribute("networkSaved", true);
      return "redirect:/app/chat/settings#network";
    } catch (InvalidInput invalid) {
      errors.putAll(PageErrors.of(invalid, messages, locale));
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } catch (ConcurrentChange conflict) {
      errors.put("network", messages.getMessage("chat.settings.error.conflict", null, locale));
      form =
          new NetworkSettingsForm(
              form.serving(), form.languages(), form.days(), offers.current().version());
      response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
    form.show(model, offers.offerable(), errors, locale);
    ConsoleSettings current = settings.current();
    model.addAttribute("form", SettingsController.SettingsForm.of(current));
    model.addAttribute("errors", Map.of());
    model.addAttribute("conflict", false);
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

  private static String param(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null ? "" : value.strip();
  }
}
