package eu.pharos.chat.web.visitor;

import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatNotFound;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.ReturnCode;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.VisitorView;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The victim's conversation, reached by the key in the chat cookie and never by an address that
 * names it. Every answer is {@code no-store}: the transcript lives in the page only. Without
 * JavaScript the page is a plain form (Post/Redirect/Get) that refreshes itself while an advisor
 * may write; with it, {@code chat.js} takes over the same page.
 */
@Controller
class ConversationController {

  static final String PATH = "/chat/conversation";
  static final int MAX_LENGTH = 4000;
  private static final String VIEW = "chat/visitor/conversation";

  private final VisitorChats chats;

  ConversationController(VisitorChats chats) {
    this.chats = chats;
  }

  @GetMapping(PATH)
  String conversation(
      @RequestParam(required = false) String compose,
      @RequestParam(required = false) String rated,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    try {
      VisitorView view = chats.view(key.get(), 0);
      if (view.state() == ChatState.DELETED) {
        ChatCookie.clear(request, response);
        return none(model, response);
      }
      ConversationPage.of(view, compose != null, "", Map.of()).addTo(model);
      model.addAttribute("rated", rated != null);
      model.addAttribute("rating", new RatingForm("", ""));
      model.addAttribute("ratingErrors", Map.of());
      return VIEW;
    } catch (ChatNotFound gone) {
      ChatCookie.clear(request, response);
      return none(model, response);
    }
  }

  @PostMapping(PATH + "/messages")
  String send(
      @RequestParam(defaultValue = "") String clientId,
      @RequestParam(defaultValue = "") String body,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (body.isBlank()) {
      errors.put("body", "chat.visitor.error.body.missing");
    } else if (body.length() > MAX_LENGTH) {
      errors.put("body", "chat.visitor.error.body.tooLong");
    }
    String id =
        clientId.isBlank() || clientId.length() > 64 ? UUID.randomUUID().toString() : clientId;
    try {
      if (errors.isEmpty()) {
        chats.send(key.get(), id, body);
        return "redirect:" + PATH + "#chat-message";
      }
    } catch (InvalidInput invalid) {
      invalid.problems().forEach(p -> errors.putIfAbsent("body", p.messageKey()));
    } catch (ChatNotFound gone) {
      ChatCookie.clear(request, response);
      return none(model, response);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    VisitorView view = chats.view(key.get(), 0);
    ConversationPage.of(view, true, body, errors).withClientId(id).addTo(model);
    model.addAttribute("rated", false);
    model.addAttribute("rating", new RatingForm("", ""));
    model.addAttribute("ratingErrors", Map.of());
    return VIEW;
  }

  /** "End chat": ends it for both sides; the page then offers the rating and a return code. */
  @PostMapping(PATH + "/end")
  String end(Model model, HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    try {
      chats.leave(key.get());
    } catch (ChatNotFound gone) {
      ChatCookie.clear(request, response);
      return none(model, response);
    }
    return "redirect:" + PATH + "#chat-ended";
  }

  @PostMapping(PATH + "/rating")
  String rate(
      @RequestParam(defaultValue = "") String stars,
      @RequestParam(defaultValue = "") String comment,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    RatingForm rating = new RatingForm(stars.strip(), comment.strip());
    Map<String, String> errors = rating.check();
    try {
      if (errors.isEmpty()) {
        chats.rate(key.get(), rating.chosenStars(), rating.comment());
        return "redirect:" + PATH + "?rated=1#chat-ended";
      }
    } catch (InvalidInput invalid) {
      invalid.problems().forEach(p -> errors.putIfAbsent(ratingField(p.field()), p.messageKey()));
    } catch (ChatNotFound gone) {
      ChatCookie.clear(request, response);
      return none(model, response);
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    ConversationPage.of(chats.view(key.get(), 0), false, "", Map.of()).addTo(model);
    model.addAttribute("rated", false);
    model.addAttribute("rating", rating);
    model.addAttribute("ratingErrors", errors);
    return VIEW;
  }

  /** The code is in this answer only: it is not kept anywhere it could be shown again. */
  @PostMapping(PATH + "/return-code")
  String returnCode(Model model, HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    try {
      ReturnCode code = chats.takeReturnCode(key.get());
      model.addAttribute("groups", ReturnCodes.groups(code.passphrase()));
      return "chat/visitor/code";
    } catch (ChatNotFound gone) {
      ChatCookie.clear(request, response);
      return none(model, response);
    }
  }

  @GetMapping(PATH + "/delete")
  String confirmDelete(Model model, HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    if (ChatCookie.read(request).isEmpty()) {
      return none(model, response);
    }
    return "chat/visitor/delete";
  }

  @PostMapping(PATH + "/delete")
  String delete(Model model, HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    Optional<VisitorKey> key = ChatCookie.read(request);
    if (key.isEmpty()) {
      return none(model, response);
    }
    try {
      chats.delete(key.get());
    } catch (ChatNotFound gone) {
      // Already gone: the answer is the same.
    }
    ChatCookie.clear(request, response);
    return "chat/visitor/deleted";
  }

  /**
   * Forgets the chat in this browser (the quick exit sends it as a beacon); the conversation itself
   * goes on, so that an advisor does not lose a victim who had to hide the screen.
   */
  @PostMapping("/chat/leave")
  ResponseEntity<Void> leave(HttpServletRequest request, HttpServletResponse response) {
    ChatCookie.clear(request, response);
    return ResponseEntity.status(HttpStatus.NO_CONTENT)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static String ratingField(String field) {
    return "comment".equals(field) ? "comment" : "stars";
  }

  private static String none(Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "chat/visitor/none";
  }

  static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
  }

  static boolean written(VisitorView view) {
    return view.kind() == ChatKind.WRITTEN;
  }
}
