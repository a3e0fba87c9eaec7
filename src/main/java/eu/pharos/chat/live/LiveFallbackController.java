package eu.pharos.chat.live;

import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.shared.RecordNotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The live protocol over plain HTTP, for networks that block WebSockets: a client frame is POSTed
 * to {@code .../messages} (with the session's CSRF token in {@code X-CSRF-TOKEN}) and answered with
 * its ack; {@code .../events?after=N} is a long poll that answers with a list of frames as soon as
 * there is a message after N or a state other than the one the client names, and with an empty list
 * after the poll timeout. No thread waits meanwhile: the relay's listener completes the request.
 */
@RestController
class LiveFallbackController {

  /** A frame holds at most a 4 000-character message; anything much larger is not a frame. */
  static final int MAX_BODY_BYTES = 32 * 1024;

  private final VisitorChats visitors;
  private final ChatConsole console;
  private final LiveHub hub;
  private final ClientFrames frames;
  private final LocaleResolver locales;
  private final Duration pollTimeout;

  LiveFallbackController(
      VisitorChats visitors,
      ChatConsole console,
      LiveHub hub,
      ClientFrames frames,
      LocaleResolver locales,
      @Value("${pharos.chat.live.poll-timeout:25s}") Duration pollTimeout) {
    this.visitors = visitors;
    this.console = console;
    this.hub = hub;
    this.frames = frames;
    this.locales = locales;
    this.pollTimeout = pollTimeout;
  }

  @PostMapping("/chat/live/messages")
  ResponseEntity<?> visitorFrame(HttpServletRequest request) throws IOException {
    Optional<VisitorParty> party = visitor(request);
    if (party.isEmpty()) {
      return problem(frames.error(null, "not-found", "chat.error.not-found", null, null));
    }
    return answer(party.get(), request);
  }

  @GetMapping("/chat/live/events")
  DeferredResult<Object> visitorEvents(
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(required = false) String state,
      HttpServletRequest request) {
    Optional<VisitorParty> party = visitor(request);
    if (party.isEmpty()) {
      return done(problem(frames.error(null, "not-found", "chat.error.not-found", null, null)));
    }
    return poll(party.get(), party.get().key().conversationId(), after, state);
  }

  @PostMapping("/app/chat/live/messages")
  ResponseEntity<?> staffFrame(HttpServletRequest request) throws IOException {
    return answer(staff(request), request);
  }

  @GetMapping("/app/chat/live/events")
  DeferredResult<Object> staffEvents(
      @RequestParam UUID conversation,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(required = false) String state,
      HttpServletRequest request) {
    return poll(staff(request), conversation, after, state);
  }

  private DeferredResult<Object> poll(Party party, UUID conversation, long after, String state) {
    if (after < 0) {
      return done(problem(frames.error(party, "invalid", "chat.error.invalid", null, null)));
    }
    DeferredResult<Object> result = new DeferredResult<>(pollTimeout.toMillis(), List::of);
    PollListener listener = new PollListener(party, result);
    result.onCompletion(() -> hub.forget(listener));
    result.onError(e -> hub.forget(listener));
    try {
      hub.watch(listener, conversation, after, state);
    } catch (RecordNotFound e) {
      result.setResult(
          problem(frames.error(party, "not-found", "chat.error.not-found", null, null)));
    }
    return result;
  }

  private ResponseEntity<?> answer(Party party, HttpServletRequest request) throws IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      return problem(frames.error(party, "invalid", "chat.error.invalid", null, null));
    }
    List<Frame> answer = frames.handle(party, null, new String(body, StandardCharsets.UTF_8));
    if (answer.isEmpty()) {
      return ResponseEntity.noContent().build();
    }
    Frame first = answer.get(0);
    if ("error".equals(first.type())) {
      return problem(first);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(first);
  }

  private Optional<VisitorParty> visitor(HttpServletRequest request) {
    Optional<VisitorKey> key = VisitorCookie.read(request);
    return key.map(k -> new VisitorParty(visitors, k, locales.resolveLocale(request)));
  }

  private StaffParty staff(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return new StaffParty(console, auth, locales.resolveLocale(request));
  }

  private static DeferredResult<Object> done(Object value) {
    DeferredResult<Object> result = new DeferredResult<>();
    result.setResult(value);
    return result;
  }

  /** An error frame as an RFC 9457 problem, with the frame's code and the client's message id. */
  static ResponseEntity<ProblemDetail> problem(Frame error) {
    HttpStatus status =
        switch (error.code()) {
          case "not-found" -> HttpStatus.NOT_FOUND;
          case "refused" -> HttpStatus.FORBIDDEN;
          case "rate-limited" -> HttpStatus.TOO_MANY_REQUESTS;
          case "closed" -> HttpStatus.CONFLICT;
          default -> HttpStatus.BAD_REQUEST;
        };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.message());
    problem.setType(URI.create("urn:pharos:problem:chat-" + error.code()));
    problem.setProperty("code", error.code());
    if (error.clientId() != null) {
      problem.setProperty("clientId", error.clientId());
    }
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.TOO_MANY_REQUESTS) {
      response.header(
          HttpHeaders.RETRY_AFTER, Long.toString(ClientFrames.MESSAGES.period().toSeconds()));
    }
    return response.body(problem);
  }
}
