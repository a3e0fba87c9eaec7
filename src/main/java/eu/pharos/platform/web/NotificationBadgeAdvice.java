package eu.pharos.platform.web;

import eu.pharos.platform.Notifications;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications that the header shows beside the Notifications link. */
@ControllerAdvice
class NotificationBadgeAdvice {

  private final Notifications notifications;

  NotificationBadgeAdvice(Notifications notifications) {
    this.notifications = notifications;
  }

  @ModelAttribute("unreadNotifications")
  Long unreadNotifications(HttpServletRequest request) {
    if (ApiPaths.matches(request)) {
      return null;
    }
    return TenantContext.currentUser()
        .map(StaffUser::userId)
        .map(notifications::unreadCount)
        .orElse(null);
  }
}
