package eu.pharos.chat.live;

import java.util.UUID;

/**
 * One listener's view of one conversation: the highest message number it has been sent and the
 * state it last saw, so that each signal sends it exactly what is new. Changed under its own lock.
 */
final class Watch {

  final Listener listener;
  final UUID conversation;
  long lastSeq;
  Frame lastState;

  /** The state the client said it has, before this node has sent it one. */
  String knownState;

  /**
   * How the conversation is read and written to; made by the first read, which checks (and audits)
   * access. Set under the watch's lock, read without it by the client's sends.
   */
  volatile Party.Follow follow;

  /** Learnt from the conversation's signals; a victim's client does not say it. */
  volatile UUID organisationId;

  Watch(Listener listener, UUID conversation, long lastSeq, String knownState) {
    this.listener = listener;
    this.conversation = conversation;
    this.lastSeq = lastSeq;
    this.knownState = knownState;
    this.organisationId = listener.party.organisationId();
  }

  /** Whether the state frame differs from what the client has. */
  boolean stateChanged(Frame state) {
    if (lastState != null) {
      return !lastState.equals(state);
    }
    return knownState == null || !knownState.equals(state.state());
  }
}
