package eu.pharos.chat;

import java.util.Set;
import java.util.UUID;

/**
 * An advisor's availability, how many chats they take at once (1 to 6), the languages they answer
 * in, and how many they have now.
 */
public record AdvisorStatus(
    UUID advisorId,
    String advisorName,
    AdvisorAvailability availability,
    int capacity,
    Set<String> languages,
    int activeChats) {}
