package eu.pharos.referral;

import java.time.Instant;
import java.util.UUID;

/** A registered webhook, without its secret. */
public record ReferralWebhookView(UUID id, String url, Instant createdAt, UUID createdBy) {}
