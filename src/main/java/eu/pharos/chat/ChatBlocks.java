package eu.pharos.chat;

import java.util.List;
import java.util.UUID;

/**
 * Blocking a visitor who abuses the chat, in the signed-in user's organisation. A block ends the
 * conversation and, until it expires or is lifted, refuses that visitor's new chats and messages to
 * the organisation: by the key their browser holds and by a keyed hash of their network address
 * (never the address itself). Every block and lift is audited. A conversation or block of another
 * organisation is not found, whatever the id.
 */
public interface ChatBlocks {

  /**
   * Blocks the visitor of a conversation the advisor handles (a supervisor: any of the
   * organisation's) and ends the conversation; it can still be filed afterwards.
   *
   * @param note a free note for colleagues, up to 1 000 characters; sealed at rest
   * @throws eu.pharos.shared.InvalidInput for a reason or duration missing, a note too long, a
   *     conversation of a colleague, or a visitor already blocked
   * @throws ChatNotFound for a conversation of another organisation
   */
  ChatBlock block(UUID conversationId, BlockReason reason, String note, BlockDuration duration);

  /**
   * The organisation's blocks in force now, newest first (supervisors); reading notes is audited.
   */
  List<ChatBlock> active();

  /** Blocks lifted or expired in the last 30 days, most recent first (supervisors). */
  List<ChatBlock> ended();

  /** The block in force for this conversation's visitor, if any (advisors and supervisors). */
  java.util.Optional<ChatBlock> activeFor(UUID conversationId);

  /**
   * Lifts a block before it expires (supervisors).
   *
   * @throws ChatBlockNotFound for an unknown block or one of another organisation
   * @throws eu.pharos.shared.InvalidInput for a block that is no longer in force
   */
  ChatBlock lift(UUID blockId);
}
