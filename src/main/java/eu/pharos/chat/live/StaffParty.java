package eu.pharos.chat.live;

import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatFollow;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.MessageAck;
import eu.pharos.chat.PostedMessage;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * A signed-in member of staff, by the sign-in their session had at the handshake. WebSocket
 * messages and relay signals are handled outside the servlet filter chain, so each call puts that
 * sign-in in the security context, as the filter chain does for a request, and with it the user's
 * organisation as the tenant scope.
 */
record StaffParty(ChatConsole console, Authentication authentication, Locale locale)
    implements Party {

  StaffParty {
    if (!(authentication.getPrincipal() instanceof StaffUser)) {
      throw new IllegalArgumentException("a staff party needs a signed-in staff user");
    }
  }

  @Override
  public ChatSignal.Side side() {
    return ChatSignal.Side.STAFF;
  }

  @Override
  public UUID organisationId() {
    return ((StaffUser) authentication.getPrincipal()).organisationId();
  }

  /** Audited once, here; each message pushed later is read without a record of its own. */
  @Override
  public Follow follow(UUID conversation) {
    ChatFollow follow = as(() -> console.follow(conversation));
    return new Follow() {
      @Override
      public View since(long afterSeq) {
        ConversationView view = as(() -> console.since(follow, afterSeq));
        return new View(
            Frame.state(view.id(), view.state().name(), null, null, null), view.messages());
      }

      @Override
      public Optional<ChatMessageView> render(PostedMessage posted) {
        return as(() -> follow.render(posted));
      }

      @Override
      public MessageAck send(String clientId, String body) {
        return as(() -> follow.send(clientId, body));
      }

      @Override
      public MessageAck note(String clientId, String body) {
        return as(() -> follow.note(clientId, body));
      }
    };
  }

  @Override
  public MessageAck send(UUID conversation, String clientId, String body) {
    return as(() -> console.send(conversation, clientId, body));
  }

  @Override
  public MessageAck note(UUID conversation, String clientId, String body) {
    return as(() -> console.note(conversation, clientId, body));
  }

  @Override
  public void typing(UUID conversation) {
    as(
        () -> {
          console.typing(conversation);
          return null;
        });
  }

  @Override
  public void read(UUID conversation, long seq) {
    as(
        () -> {
          console.read(conversation, seq);
          return null;
        });
  }

  @Override
  public int waiting() {
    return as(() -> console.queue().size());
  }

  private <T> T as(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    boolean hadOne = previous.getAuthentication() != null;
    SecurityContextHolder.setContext(new SecurityContextImpl(authentication));
    try {
      return TenantContext.runAs(organisationId(), work);
    } finally {
      if (hadOne) {
        SecurityContextHolder.setContext(previous);
      } else {
        SecurityContextHolder.clearContext();
      }
    }
  }
}
