package eu.pharos.chat.blocks.web;

import eu.pharos.chat.ChatRefused;
import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused chat, on any visitor page (start, message, return with a code): a calm page, 403, that
 * says the service cannot take the chat now and lists 112 and the organisation's helpline. It does
 * not say why, so a block is never revealed.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatRefusedPage {

  private final Directory directory;

  ChatRefusedPage(Directory directory) {
    this.directory = directory;
  }

  @ExceptionHandler(ChatRefused.class)
  String refused(ChatRefused refused, Model model, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    MemberView member =
        refused.organisationId() == null
            ? null
            : directory.member(refused.organisationId()).orElse(null);
    model.addAttribute("helpline", member == null ? null : helpline(member));
    return "chat/visitor/refused";
  }

  /** The organisation's 116 006 line where it runs one, else any line it has. */
  static String helpline(MemberView member) {
    List<HelplineView> lines = member.helplines() == null ? List.of() : member.helplines();
    return lines.stream()
        .filter(HelplineView::harmonised)
        .findFirst()
        .or(() -> lines.stream().findFirst())
        .map(HelplineView::number)
        .orElse(null);
  }
}
