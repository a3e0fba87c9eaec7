package eu.pharos.chat;

import java.time.Instant;

/**
 * One message as a reader may see it. {@code seq} numbers the messages of a conversation from 1
 * without gaps; {@code clientId} is the sender's own id for it, by which a resent message is
 * recognised. {@code body} is plain text: clients show it as text, never as markup.
 */
public record ChatMessageView(
    long seq, ChatSender sender, String authorName, String body, Instant sentAt, String clientId) {}
