package eu.pharos.chat.blocks.web;

import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;
import eu.pharos.chat.ChatBlock;
import eu.pharos.chat.ChatBlocks;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ConversationView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
 * "Block this visitor" from a conversation of the console: reason, note and duration. Blocking ends
 * the conversation; the advisor files it afterwards as usual.
 */
@Controller("chatBlockController")
@RequestMapping("/app/chat/{id:[0-9a-fA-F-]{36}}/block")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class BlockController {

  private final ChatBlocks blocks;
  private final ChatConsole console;
  private final Directory directory;
  private final MessageSource messages;

  BlockController(
      ChatBlocks blocks, ChatConsole console, Directory directory, MessageSource messages) {
    this.blocks = blocks;
    this.console = console;
    this.directory = directory;
    this.messages = messages;
  }

  @GetMapping
  String form(@PathVariable UUID id, Model model) {
    return page(id, BlockForm.blank(), Map.of(), model);
  }

  @PostMapping
  String block(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String duration,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    BlockForm form = new BlockForm(reason.strip(), note, duration.strip());
    try {
      blocks.block(id, form.parsedReason(), form.note(), form.parsedDuration());
      redirect.addFlashAttribute("done", "chat.block.done");
      return "redirect:/app/chat/" + id;
    } catch (InvalidInput invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (InvalidInput.Problem problem : invalid.problems()) {
        String field =
            switch (problem.field() == null ? "" : problem.field()) {
              case "reason", "note", "duration" -> problem.field();
              default -> "block-form";
            };
        errors.putIfAbsent(
            field,
            messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
      }
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(id, form, errors, model);
    }
  }

  private String page(UUID id, BlockForm form, Map<String, String> errors, Model model) {
    ConversationView conversation = console.open(id, Long.MAX_VALUE);
    Optional<ChatBlock> current = blocks.activeFor(id);
    model.addAttribute("conversation", conversation);
    model.addAttribute("current", current.orElse(null));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("reasons", BlockReason.values());
    model.addAttribute("durations", BlockDuration.values());
    model.addAttribute("noteMax", 1000);
    model.addAttribute("zone", zone());
    return "chat/blocks/block";
  }

  private ZoneId zone() {
    return directory
        .member(TenantContext.current())
        .map(MemberView::timeZone)
        .orElse(ZoneId.of("UTC"));
  }
}
