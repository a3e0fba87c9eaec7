package eu.pharos.chat.conversation;

import java.util.UUID;

/**
 * Asked before a visitor writes in, or comes back to, a conversation: whether the organisation
 * refuses that visitor now (the blocks of {@code chat.blocks}). Calls run in the conversation's
 * organisation.
 */
public interface VisitorGate {

  /**
   * Lets the visitor of a conversation go on, or refuses them.
   *
   * @param address the caller's network address when known, else null
   * @throws eu.pharos.chat.ChatRefused when a block in force covers the conversation's visitor or
   *     the address
   */
  void admit(UUID organisationId, UUID conversationId, String address);

  /** Keeps a keyed hash of the address the conversation's visitor came from, for a later block. */
  void remember(UUID organisationId, UUID conversationId, String address);
}
