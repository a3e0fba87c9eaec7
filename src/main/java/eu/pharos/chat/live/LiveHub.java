package eu.pharos.chat.live;

import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.PostedMessage;
import eu.pharos.shared.Latencies;
import eu.pharos.shared.RecordNotFound;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * This node's live clients, by conversation, and the one relay subscription that feeds them. A
 * client's first read follows the conversation (checks that it may see it; audited once for staff);
 * a message signal then pushes the message it carries when it is the next one the client needs, or
 * else makes the node read only the messages after the last one it sent that client, as the client
 * may see them (a victim never gets internal notes), and push them; typing, read and queue signals
 * are pushed as they are.
 *
 * <p>Signals are handled on the application's task executor, not on the relay's thread: the
 * in-process relay publishes while the sender's transaction completes, where a read would join it.
 */
@Component
class LiveHub {

  private static final Logger log = LoggerFactory.getLogger(LiveHub.class);

  private final Map<UUID, Set<Watch>> byConversation = new ConcurrentHashMap<>();
  private final Map<UUID, Set<Listener>> staffByOrganisation = new ConcurrentHashMap<>();
  private final Set<Watch> queuedVisitors = ConcurrentHashMap.newKeySet();

  LiveHub(
      Relay relay, @Qualifier("applicationTaskExecutor") Executor executor, MeterRegistry meters) {
    Timer waited =
        Latencies.timer(
            meters,
            "pharos.chat.signal.waited",
            "From a message signal reaching this node to its handling starting");
    Timer pushed =
        Latencies.timer(
            meters,
            "pharos.chat.signal.pushed",
            "One message signal's handling: the message shown to this node's clients");
    relay.subscribe(
        signal -> {
          if (concernsThisNode(signal)) {
            long received = System.nanoTime();
            executor.execute(
                () -> {
                  long start = System.nanoTime();
                  onSignal(signal);
                  if (signal.kind() == ChatSignal.Kind.MESSAGE) {
                    waited.record(start - received, TimeUnit.NANOSECONDS);
                    pushed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                  }
                });
          }
        });
  }

  /**
   * Signals of conversations nobody here follows (most of them, with several nodes) cost nothing.
   */
  private boolean concernsThisNode(ChatSignal signal) {
    return signal.kind() == ChatSignal.Kind.QUEUE
        ? staffByOrganisation.containsKey(signal.organisationId()) || !queuedVisitors.isEmpty()
        : byConversation.containsKey(signal.conversationId());
  }

  /**
   * Starts sending the conversation to the listener: first its state and messages after {@code
   * afterSeq} (all of it for a socket's hello; only what is new for a poll), then what happens.
   *
   * @return whether anything was pushed at once
   * @throws RecordNotFound when the conversation is not the listener's to see
   */
  boolean watch(Listener listener, UUID conversation, long afterSeq, String knownState) {
    Watch watch = new Watch(listener, conversation, afterSeq, knownState);
    // Registered before the first read, so that a message stored meanwhile is not missed.
    byConversation.computeIfAbsent(conversation, id -> ConcurrentHashMap.newKeySet()).add(watch);
    listener.watches.add(watch);
    try {
      return refresh(watch, false);
    } catch (RuntimeException e) {
      forget(watch);
      throw e;
    }
  }

  /**
   * How the listener follows the conversation, once its first read has checked its access; null
   * before that, or for a conversation it does not watch.
   */
  Party.Follow following(Listener listener, UUID conversation) {
    // By the conversation's few watches, not the listener's: a staff socket may watch hundreds.
    Set<Watch> watches = byConversation.get(conversation);
    if (watches != null) {
      for (Watch watch : watches) {
        Party.Follow follow = watch.follow;
        if (follow != null && watch.listener == listener) {
          return follow;
        }
      }
    }
    return null;
  }

  /** Staff sockets hear their organisation's queue change. */
  void followQueue(Listener staff) {
    UUID organisationId = staff.party.organisationId();
    staffByOrganisation
        .computeIfAbsent(organisationId, id -> ConcurrentHashMap.newKeySet())
        .add(staff);
  }

  void unwatch(Listener listener, UUID conversation) {
    for (Watch watch : List.copyOf(listener.watches)) {
      if (watch.conversation.equals(conversation)) {
        forget(watch);
      }
    }
  }

  void forget(Listener listener) {
    for (Watch watch : List.copyOf(listener.watches)) {
      forget(watch);
    }
    UUID organisationId = listener.party.organisationId();
    if (organisationId != null) {
      staffByOrganisation.computeIfPresent(
          organisationId, (id, set) -> set.remove(listener) && set.isEmpty() ? null : set);
    }
  }

  private void forget(Watch watch) {
    watch.listener.watches.remove(watch);
    queuedVisitors.remove(watch);
    byConversation.computeIfPresent(
        watch.conversation, (id, set) -> set.remove(watch) && set.isEmpty() ? null : set);
  }

  /** How many clients this node holds; for tests and metrics. */
  int size() {
    return byConversation.values().stream().mapToInt(Set::size).sum();
  }

  void onSignal(ChatSignal signal) {
    try {
      switch (signal.kind()) {
        case MESSAGE, STATE -> {
          for (Watch watch : watching(signal.conversationId())) {
            watch.organisationId = signal.organisationId();
            // A client already sent this message (by an earlier signal's read) has nothing new.
            if (signal.kind() == ChatSignal.Kind.STATE
                || (watch.lastSeq < signal.seq() && !pushPosted(watch, signal))) {
              update(watch, false);
            }
          }
        }
        case TYPING, READ -> {
          Frame frame =
              signal.kind() == ChatSignal.Kind.TYPING
                  ? Frame.typing(
                      signal.conversationId(),
                      signal.side() == ChatSignal.Side.VISITOR ? "VISITOR" : "ADVISOR")
                  : Frame.read(signal.conversationId(), signal.seq());
          for (Watch watch : watching(signal.conversationId())) {
            watch.organisationId = signal.organisationId();
            if (watch.listener.party.side() != signal.side()) {
              push(watch.listener, List.of(frame));
            }
          }
        }
        case QUEUE -> queueChanged(signal.organisationId());
      }
    } catch (RuntimeException e) {
      log.warn("A chat {} signal could not be handled", signal.kind(), e);
    }
  }

  private void queueChanged(UUID organisationId) {
    Set<Listener> staff = staffByOrganisation.getOrDefault(organisationId, Set.of());
    Integer waiting = null;
    for (Listener listener : List.copyOf(staff)) {
      try {
        if (waiting == null) {
          waiting = listener.party.waiting();
        }
        push(listener, List.of(Frame.queue(waiting)));
      } catch (RuntimeException e) {
        log.debug("A staff client could not be told of the queue", e);
      }
    }
    for (Watch watch : List.copyOf(queuedVisitors)) {
      if (watch.organisationId == null || watch.organisationId.equals(organisationId)) {
        // A poll's client says only the state's name; its place in the queue may have moved.
        update(watch, watch.listener.once());
      }
    }
  }

  private List<Watch> watching(UUID conversation) {
    Set<Watch> set = byConversation.get(conversation);
    return set == null ? List.of() : List.copyOf(set);
  }

  /** Refreshes a watch from a signal: a conversation gone for this client ends the watch. */
  private void update(Watch watch, boolean forceState) {
    try {
      refresh(watch, forceState);
    } catch (RecordNotFound e) {
      forget(watch);
      push(watch.listener, List.of(Frame.error("not-found", null, null)));
    } catch (RuntimeException e) {
      log.warn("A chat client could not be updated", e);
    }
  }

  /**
   * Pushes the message a signal carries, without a read, when it is the very next one the client
   * needs and the conversation's state is the one the client has; otherwise the caller reads.
   *
   * @return whether the signal was dealt with
   */
  private boolean pushPosted(Watch watch, ChatSignal signal) {
    PostedMessage posted = signal.posted();
    if (posted == null) {
      return false;
    }
    try {
      synchronized (watch) {
        if (!watch.listener.watches.contains(watch)) {
          return true;
        }
        if (watch.follow == null
            || watch.lastState == null
            || watch.lastSeq != posted.seq() - 1
            || posted.state() == ChatState.QUEUED
            || !posted.state().name().equals(watch.lastState.state())) {
          return false;
        }
        Optional<ChatMessageView> shown = watch.follow.render(posted);
        watch.lastSeq = posted.seq();
        if (shown.isPresent()) {
          push(watch.listener, List.of(Frame.message(watch.conversation, shown.get())));
        }
        return true;
      }
    } catch (RecordNotFound e) {
      forget(watch);
      push(watch.listener, List.of(Frame.error("not-found", null, null)));
      return true;
    }
  }

  private boolean refresh(Watch watch, boolean forceState) {
    synchronized (watch) {
      if (!watch.listener.watches.contains(watch)) {
        return false;
      }
      if (watch.follow == null) {
        watch.follow = watch.listener.party.follow(watch.conversation);
      }
      Party.View view = watch.follow.since(watch.lastSeq);
      List<Frame> frames = new ArrayList<>();
      if (forceState || watch.stateChanged(view.state())) {
        frames.add(view.state());
      }
      watch.lastState = view.state();
      if (watch.listener.party.side() == ChatSignal.Side.VISITOR
          && ChatState.QUEUED.name().equals(view.state().state())) {
        queuedVisitors.add(watch);
      } else {
        queuedVisitors.remove(watch);
      }
      for (ChatMessageView message : view.messages()) {
        if (message.seq() > watch.lastSeq) {
          frames.add(Frame.message(watch.conversation, message));
          watch.lastSeq = message.seq();
        }
      }
      if (frames.isEmpty()) {
        return false;
      }
      push(watch.listener, frames);
      return true;
    }
  }

  private void push(Listener listener, List<Frame> frames) {
    if (listener.once()) {
      forget(listener);
    }
    listener.push(frames);
  }
}
