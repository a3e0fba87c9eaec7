package eu.pharos.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * A message just stored, as every node needs it to push it to its clients without reading it back:
 * its body is sealed as it is at rest, so it may cross a message broker. What a client is then
 * shown of it is decided by {@link ChatFollow#render} and {@link VisitorChats#render}, under the
 * same rules as a read.
 *
 * @param organisationId the organisation the conversation belonged to then
 * @param state the conversation's state once the message was stored
 * @param language the conversation's language, in which Pharos names itself as an author
 * @param visitorTokenHash the hash of the only visitor key that opened the conversation then
 */
public record PostedMessage(
    UUID id,
    UUID organisationId,
    long seq,
    ChatSender sender,
    UUID authorId,
    String clientId,
    Instant sentAt,
    String bodySealed,
    ChatState state,
    String language,
    String visitorTokenHash) {}
