package eu.pharos.chat;

/**
 * Where a queued conversation stands: its position (1 = next) and an estimate from today's waits at
 * the organisation; {@code estimatedMinutes} is null when there is too little to estimate from.
 */
public record QueuePlace(int position, Integer estimatedMinutes) {}
