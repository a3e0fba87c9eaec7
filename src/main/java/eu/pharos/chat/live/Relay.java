package eu.pharos.chat.live;

import java.util.function.Consumer;

/**
 * Tells every node what happened in a conversation, so that each can update its own WebSocket and
 * long-poll clients. Signals carry ids and numbers, and a message signal the message sealed as it
 * is at rest, never plain text: a node pushes that message to the clients that need it next, and
 * reads from the database for any other. Delivery is at most once; a client that misses a signal
 * catches up by the message numbers it already has.
 *
 * <p>In-process on one node ({@code pharos.chat.relay=in-process}, the default); across nodes
 * another implementation takes its place.
 */
public interface Relay {

  /** Sends a signal to every subscriber of every node, this one included. */
  void publish(ChatSignal signal);

  /** Registers a subscriber for the signals of all nodes; called from the relay's own threads. */
  void subscribe(Consumer<ChatSignal> subscriber);
}
