package eu.pharos.chat.web.console;

import eu.pharos.chat.responses.CannedResponse;
import eu.pharos.chat.responses.CannedResponses;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's canned responses: list by language, add, change, delete. */
@Controller
@RequestMapping("/app/chat/responses")
@PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
class ResponsesController {

  static final String PATH = "/app/chat/responses";

  private final CannedResponses responses;
  private final MessageSource messages;

  ResponsesController(CannedResponses responses, MessageSource messages) {
    this.responses = responses;
    this.messages = messages;
  }

  @GetMapping
  String list(@RequestParam(required = false) String language, Model model, Locale locale) {
    String shown = language == null || language.isBlank() ? null : language;
    model.addAttribute("responses", responses.list(shown));
    model.addAttribute("responseLanguages", responses.languages());
    model.addAttribute("shownLanguage", shown);
    model.addAttribute("languageNames", LanguageNames.of(responses.languages(), locale));
    return "chat/console/responses";
  }

  @GetMapping("/new")
  String create(Model model) {
    String first = responses.languages().stream().findFirst().orElse("");
    return form(null, new ResponseForm(first, "", "", 0), Map.of(), null, model);
  }

  @PostMapping
  String add(
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String body,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ResponseForm form = new ResponseForm(language, title, body, 0);
    try {
      CannedResponse added = responses.add(language, title, body);
      redirect.addFlashAttribute("done", "chat.responses.added");
      return "redirect:" + PATH + "?language=" + added.language();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(null, form, PageErrors.of(invalid, messages, locale), null, model);
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable UUID id, Model model) {
    CannedResponse current = responses.get(id);
    return form(
        id,
        new ResponseForm(current.language(), current.title(), current.body(), current.version()),
        Map.of(),
        null,
        model);
  }

  @PostMapping("/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(defaultValue = "-1") long version,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ResponseForm form = new ResponseForm(language, title, body, version);
    try {
      CannedResponse changed = responses.change(id, language, title, body, version);
      redirect.addFlashAttribute("done", "chat.responses.changed");
      return "redirect:" + PATH + "?language=" + changed.language();
    } catch (InvalidInput invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(id, form, PageErrors.of(invalid, messages, locale), null, model);
    } catch (ConcurrentChange conflict) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      CannedResponse current = (CannedResponse) conflict.current();
      // The user's text stays in the form, against the current version, so saving again overwrites
      // on purpose; the current text is shown beside it.
      return form(
          id, new ResponseForm(language, title, body, current.version()), Map.of(), current, model);
    }
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable UUID id, RedirectAttributes redirect) {
    responses.delete(id);
    redirect.addFlashAttribute("done", "chat.responses.deleted");
    return "redirect:" + PATH;
  }

  private String form(
      UUID id,
      ResponseForm form,
      Map<String, String> errors,
      CannedResponse conflict,
      Model model) {
    model.addAttribute("id", id);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("responseLanguages", responses.languages());
    model.addAttribute(
        "languageNames", LanguageNames.of(responses.languages(), LocaleContextHolder.getLocale()));
    model.addAttribute("titleMax", CannedResponses.TITLE_MAX);
    model.addAttribute("bodyMax", CannedResponses.BODY_MAX);
    return "chat/console/response";
  }

  /** What the response form holds, as typed. */
  record ResponseForm(String language, String title, String body, long version) {}
}
