package eu.pharos.chat.web.console;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.AdvisorStatus;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.figures.ChatFigures;
import eu.pharos.chat.figures.ChatTeam;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The supervisor's view of the chat: the queue now, today's waits, the conversations taken and the
 * advisors' load. "Join silently" opens a conversation read-only with the note box.
 */
@Controller
@RequestMapping("/app/chat/supervision")
@PreAuthorize("hasRole('SUPERVISOR')")
class ChatSupervisionController {

  private final ChatConsole console;
  private final ChatFigures figures;
  private final ChatTeam team;
  private final Directory directory;

  ChatSupervisionController(
      ChatConsole console, ChatFigures figures, ChatTeam team, Directory directory) {
    this.console = console;
    this.figures = figures;
    this.team = team;
    this.directory = directory;
  }

  @GetMapping
  String overview(Model model, Locale locale) {
    MemberView member = directory.member(TenantContext.current()).orElse(null);
    ZoneId zone = member == null ? ZoneId.of("UTC") : member.timeZone();
    List<AdvisorStatus> advisors = team.advisors();
    model.addAttribute("queue", console.queue());
    model.addAttribute("today", figures.today(zone));
    model.addAttribute("active", team.active());
    model.addAttribute("advisors", advisors);
    model.addAttribute(
        "availableCount",
        advisors.stream().filter(a -> a.availability() == AdvisorAvailability.AVAILABLE).count());
    model.addAttribute(
        "languageNames", LanguageNames.of(member == null ? List.of() : member.languages(), locale));
    model.addAttribute("zone", zone);
    return "chat/console/supervision";
  }
}
