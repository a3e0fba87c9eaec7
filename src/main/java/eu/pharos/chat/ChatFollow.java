package eu.pharos.chat;

import java.util.UUID;

/**
 * A member of staff following one conversation live, on a socket or a long poll: made by {@link
 * ChatConsole#follow}, which checks that the conversation is theirs to see and audits the read
 * once; {@link ChatConsole#since} then reads what is new without auditing each message again. It
 * belongs to the user who made it and to nobody else.
 */
public interface ChatFollow {

  UUID conversationId();
}
