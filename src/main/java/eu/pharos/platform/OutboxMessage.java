package eu.pharos.platform;

import java.time.Instant;
import java.util.UUID;

public record OutboxMessage(
    UUID id, String to, String subject, String body, String status, Instant createdAt) {}
