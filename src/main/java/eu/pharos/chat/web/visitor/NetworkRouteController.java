package eu.pharos.chat.web.visitor;

import eu.pharos.chat.StartedChat;
import eu.pharos.chat.blocks.VisitorBarrier;
import eu.pharos.chat.live.ChatStartLimit;
import eu.pharos.chat.routing.NetworkRouting;
import eu.pharos.chat.routing.RouteCheck;
import eu.pharos.chat.routing.RouteOffer;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberView;
import eu.pharos.platform.RateLimiter;
import eu.pharos.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The victim's agreement to another member answering. Checked on the server: the agreement must
 * carry the sealed offer that was shown, for the same organisations and language, not yet expired;
 * and the decision is taken again, so that an advisor who became busy meanwhile is noticed and the
 * victim is told and asked again.
 */
@Controller("chatNetworkRouteController")
class NetworkRouteController {

  private final NetworkRouting routing;
  private final NetworkOfferPage offerPage;
  private final Directory directory;
  private final ChatStartLimit limit;
  private final VisitorBarrier barrier;

  NetworkRouteController(
      NetworkRouting routing,
      NetworkOfferPage offerPage,
      Directory directory,
      ChatStartLimit limit,
      VisitorBarrier barrier) {
    this.routing = routing;
    this.offerPage = offerPage;
    this.directory = directory;
    this.limit = limit;
    this.barrier = barrier;
  }

  @PostMapping(StartController.ORGANISATION + "/network")
  String agree(
      @PathVariable String organisationId,
      @RequestParam(defaultValue = "") String language,
      @RequestParam(defaultValue = "") String topic,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "false") boolean notice,
      @RequestParam(required = false) String source,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String offer,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    UUID id = StartController.uuid(organisationId);
    Optional<MemberView> origin =
        id == null ? Optional.empty() : directory.member(id).filter(MemberView::chatInPharos);
    if (origin.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return "chat/visitor/unavailable";
    }
    StartForm form =
        new StartForm(
            language.strip(), topic.strip(), kind.strip(), notice, StartForm.source(source));
    UUID target = StartController.uuid(to.strip());
    Map<String, String> errors = new LinkedHashMap<>();
    form.check(new LinkedHashSet<>(origin.get().languages()), errors);
    if (!errors.isEmpty()
        || target == null
        || !routing.shown(offer.strip(), id, target, form.language())) {
      return refused(model, origin.get(), HttpServletResponse.SC_BAD_REQUEST, null, response);
    }
    RateLimiter.Decision decision = limit.tryStart(request);
    if (!decision.allowed()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
      return refused(model, origin.get(), 429, "chat.visitor.error.tooMany", response);
    }
    RouteCheck check = routing.check(id, form.language());
    Optional<RouteOffer> now = check.route();
    if (now.isPresent() && now.get().to().equals(target)) {
      // A visitor the answering organisation has blocked is refused there too (403, calm page).
      barrier.admitStart(target, ChatCookie.read(request), request.getRemoteAddr());
      try {
        StartedChat started = routing.startRouted(now.get(), form.toCommand(id));
        barrier.remember(started.key(), target, request.getRemoteAddr());
        ChatCookie.write(request, response, started.key());
        return "redirect:" + ConversationController.PATH;
      } catch (InvalidInput invalid) {
        return refused(model, origin.get(), HttpServletResponse.SC_BAD_REQUEST, null, response);
      }
    }
    // The decision changed: the organisation offered can no longer answer now.
    String gone = directory.member(target).map(MemberView::name).orElse("");
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return offerPage.show(
        model,
        locale,
        origin.get(),
        form,
        now.orElse(null),
        check.originAnswers(),
        check.originOpen(),
        gone,
        response);
  }

  private String refused(
      Model model, MemberView origin, int status, String reason, HttpServletResponse response) {
    response.setStatus(status);
    model.addAttribute("origin", origin);
    model.addAttribute("reason", reason);
    model.addAttribute("organisationPath", "/chat/" + origin.organisationId());
    return NetworkOfferPage.REFUSED;
  }
}
