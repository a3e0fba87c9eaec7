package eu.pharos.chat.conversation;

import eu.pharos.chat.ChatEnded;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.live.ChatSignal;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends conversations, whoever ends them: the state changes, both sides are told, and {@link
 * ChatEnded} is published once (for statistics; answered or not).
 */
@Component
class Conversations {

  private final ConversationStore store;
  private final Signals signals;
  private final ApplicationEventPublisher events;

  Conversations(ConversationStore store, Signals signals, ApplicationEventPublisher events) {
    this.store = store;
    this.signals = signals;
    this.events = events;
  }

  /** Ends an open conversation; the caller holds its row lock. */
  void end(Conversation c) {
    if (!c.state().open()) {
      return;
    }
    boolean wasQueued = c.state() == ChatState.QUEUED;
    Instant now = store.now();
    c.end(now);
    boolean answered = c.acceptedAt() != null;
    events.publishEvent(
        new ChatEnded(
            c.id(),
            c.organisationId(),
            c.kind(),
            c.language(),
            c.topic(),
            answered,
            answered ? seconds(c.queuedAt(), c.acceptedAt()) : null,
            answered ? seconds(c.acceptedAt(), now) : null,
            now));
    signals.afterCommit(ChatSignal.state(c.id(), c.organisationId()));
    if (wasQueued) {
      signals.afterCommit(ChatSignal.queue(c.organisationId()));
    }
  }

  private static Integer seconds(Instant from, Instant to) {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Duration.between(from, to).toSeconds()));
  }
}
