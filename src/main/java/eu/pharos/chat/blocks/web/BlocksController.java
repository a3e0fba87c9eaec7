package eu.pharos.chat.blocks.web;

import eu.pharos.chat.ChatBlocks;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's list of blocked visitors: those in force, with who blocked them and when, each
 * with "Lift"; and those lifted or expired in the last 30 days, with who lifted them and when.
 */
@Controller("chatBlocksController")
@RequestMapping("/app/chat/blocks")
@PreAuthorize("hasRole('SUPERVISOR')")
class BlocksController {

  private final ChatBlocks blocks;
  private final Directory directory;

  BlocksController(ChatBlocks blocks, Directory directory) {
    this.blocks = blocks;
    this.directory = directory;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("active", blocks.active());
    model.addAttribute("ended", blocks.ended());
    model.addAttribute("zone", zone());
    return "chat/blocks/blocks";
  }

  @PostMapping("/{blockId:[0-9a-fA-F-]{36}}/lift")
  String lift(@PathVariable UUID blockId, RedirectAttributes redirect) {
    try {
      blocks.lift(blockId);
      redirect.addFlashAttribute("done", "chat.blocks.lifted");
    } catch (InvalidInput notActive) {
      redirect.addFlashAttribute("notice", "chat.block.error.notActive");
    }
    return "redirect:/app/chat/blocks";
  }

  private ZoneId zone() {
    return directory
        .member(TenantContext.current())
        .map(MemberView::timeZone)
        .orElse(ZoneId.of("UTC"));
  }
}
