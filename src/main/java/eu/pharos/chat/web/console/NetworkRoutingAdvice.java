package eu.pharos.chat.web.console;

import eu.pharos.chat.routing.NetworkOffers;
import eu.pharos.chat.routing.NetworkRouting;
import eu.pharos.chat.routing.RoutedFrom;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.platform.Languages;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Network routing on the console's existing pages, without changing their controllers: the "Serve
 * the network" section of the settings, the "came through the network" line of a conversation, and
 * the day's routed conversations on the supervision page.
 */
final class NetworkRoutingAdvice {

  private NetworkRoutingAdvice() {}

  @ControllerAdvice(assignableTypes = SettingsController.class)
  static class Settings {

    private final NetworkOffers offers;

    Settings(NetworkOffers offers) {
      this.offers = offers;
    }

    @ModelAttribute
    void network(Model model, Locale locale) {
      if (!model.containsAttribute("network")) {
        NetworkSettingsForm.of(offers.current()).show(model, offers.offerable(), Map.of(), locale);
      }
    }
  }

  @ControllerAdvice(assignableTypes = ConversationController.class)
  static class Conversation {

    private final NetworkRouting routing;

    Conversation(NetworkRouting routing) {
      this.routing = routing;
    }

    @ModelAttribute
    void routedFrom(
        @PathVariable(name = "id", required = false) String id, Model model, Locale locale) {
      UUID conversationId;
      try {
        conversationId = id == null ? null : UUID.fromString(id);
      } catch (IllegalArgumentException notAnId) {
        return;
      }
      routing
          .routedFrom(conversationId)
          .ifPresent(
              routed -> {
                model.addAttribute("routedFrom", routed);
                model.addAttribute("routedFromCountry", country(routed, locale));
              });
    }

    private static String country(RoutedFrom routed, Locale locale) {
      return Languages.countryName(routed.countryCode(), locale);
    }
  }

  @ControllerAdvice(assignableTypes = ChatSupervisionController.class)
  static class Supervision {

    private final NetworkRouting routing;
    private final Directory directory;
    private final Clock clock;

    Supervision(NetworkRouting routing, Directory directory, Clock clock) {
      this.routing = routing;
      this.directory = directory;
      this.clock = clock;
    }

    @ModelAttribute
    void routedToday(Model model) {
      ZoneId zone =
          directory
              .member(TenantContext.current())
              .map(MemberView::timeZone)
              .orElse(ZoneId.of("UTC"));
      model.addAttribute(
          "routedToday",
          routing.routedSince(LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant()));
    }
  }
}
