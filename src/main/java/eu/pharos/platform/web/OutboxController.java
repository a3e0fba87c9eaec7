package eu.pharos.platform.web;

import eu.pharos.platform.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Embedded mode keeps outgoing mail here instead of sending it. */
@Controller
class OutboxController {

  private final Outbox outbox;

  OutboxController(Outbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/app/admin/outbox")
  @PreAuthorize("hasRole('NETWORK_ADMIN')")
  String outbox(Model model) {
    model.addAttribute("messages", outbox.latest(100));
    return "platform/outbox";
  }
}
