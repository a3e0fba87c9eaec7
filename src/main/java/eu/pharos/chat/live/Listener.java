package eu.pharos.chat.live;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of this node that frames are pushed to: an open WebSocket, or a long poll waiting for
 * its answer. It knows the conversations it watches, so that closing it forgets them all.
 */
abstract class Listener {

  final Party party;
  final Set<Watch> watches = ConcurrentHashMap.newKeySet(2);

  Listener(Party party) {
    this.party = party;
  }

  /** Sends the frames; never throws (a client that went away is forgotten by its own close). */
  abstract void push(List<Frame> frames);

  /** A long poll answers once; a socket stays until it closes. */
  abstract boolean once();
}
