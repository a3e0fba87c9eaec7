package eu.pharos.chat;

/**
 * A message stored: the sender may stop resending it. {@code duplicate} is true when it had been
 * stored before (a resend), in which case {@code seq} is the number it got then.
 */
public record MessageAck(String clientId, long seq, boolean duplicate) {}
