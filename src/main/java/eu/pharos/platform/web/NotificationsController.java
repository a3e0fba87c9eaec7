package eu.pharos.platform.web;

import eu.pharos.platform.Notifications;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in user's notifications, newest first. */
@Controller
@RequestMapping("/app/notifications")
class NotificationsController {

  private final Notifications notifications;

  NotificationsController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("notifications", notifications.mine());
    return "platform/notifications";
  }

  @PostMapping("/{id}/read")
  String markRead(@PathVariable UUID id) {
    notifications.markRead(id);
    return "redirect:/app/notifications";
  }

  @PostMapping("/read-all")
  String markAllRead() {
    notifications.markAllRead();
    return "redirect:/app/notifications";
  }
}
