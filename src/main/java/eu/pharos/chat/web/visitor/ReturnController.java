package eu.pharos.chat.web.visitor;

import eu.pharos.chat.ReturnCodeRefused;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coming back with a return code: the conversation opens again as written messaging in this
 * browser. A wrong code and a deleted conversation get the same answer; too many tries get a wait.
 */
@Controller
class ReturnController {

  static final String PATH = "/chat/return";
  private static final String VIEW = "chat/visitor/return";

  private final VisitorChats chats;

  ReturnController(VisitorChats chats) {
    this.chats = chats;
  }

  @GetMapping(PATH)
  String form(Model model, HttpServletResponse response) {
    ConversationController.noStore(response);
    model.addAttribute("error", null);
    return VIEW;
  }

  @PostMapping(PATH)
  String resume(
      @RequestParam(defaultValue = "") String code,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    ConversationController.noStore(response);
    if (code.isBlank()) {
      return refused(model, response, "chat.visitor.return.error.missing", 0);
    }
    try {
      VisitorKey key = chats.resume(ReturnCodes.typed(code), request.getRemoteAddr());
      ChatCookie.write(request, response, key);
      return "redirect:" + ConversationController.PATH;
    } catch (ReturnCodeRefused refused) {
      if (refused.retryAfterSeconds() > 0) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        long minutes = Math.max(1, (refused.retryAfterSeconds() + 59) / 60);
        return refused(
            model,
            response,
            minutes == 1 ? "chat.visitor.return.error.wait.one" : "chat.visitor.return.error.wait",
            minutes);
      }
      return refused(model, response, "chat.visitor.return.error.unknown", 0);
    }
  }

  private static String refused(
      Model model, HttpServletResponse response, String messageKey, long minutes) {
    response.setStatus(minutes > 0 ? 429 : HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("error", messageKey);
    model.addAttribute("minutes", minutes);
    return VIEW;
  }
}
