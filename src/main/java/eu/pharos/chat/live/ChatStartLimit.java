package eu.pharos.chat.live;

import eu.pharos.platform.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many chats one address may start: enough for a shelter's or a library's shared connection,
 * too few to fill an organisation's queue. The page that starts a chat asks before calling {@code
 * VisitorChats.start} and answers 429 when refused.
 */
@Component
public class ChatStartLimit {

  static final RateLimiter.Limit STARTS =
      new RateLimiter.Limit("chat.start", 10, Duration.ofMinutes(10));

  private final RateLimiter limiter;

  ChatStartLimit(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** Takes one start for the request's address. */
  public RateLimiter.Decision tryStart(HttpServletRequest request) {
    return tryStart(request.getRemoteAddr());
  }

  public RateLimiter.Decision tryStart(String address) {
    return limiter.tryAcquire(STARTS, address == null ? "unknown" : address);
  }
}
