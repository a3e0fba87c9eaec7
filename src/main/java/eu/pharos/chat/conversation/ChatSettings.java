package eu.pharos.chat.conversation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An organisation's chat settings; the defaults hold until it saves its own. */
@Entity
@Table(name = "chat_settings")
class ChatSettings {

  static final int DEFAULT_RETENTION_DAYS = 30;
  static final int DEFAULT_REPLY_TARGET_HOURS = 48;

  @Id private UUID organisationId;
  private int transcriptRetentionDays;
  private boolean maskContactDetails;
  private int replyTargetHours;
  private Instant updatedAt;
  @Version private long version;

  protected ChatSettings() {}

  ChatSettings(UUID organisationId, int retentionDays, boolean mask, int replyTargetHours) {
    this.organisationId = organisationId;
    this.transcriptRetentionDays = retentionDays;
    this.maskContactDetails = mask;
    this.replyTargetHours = replyTargetHours;
    this.updatedAt = Instant.now();
  }

  static ChatSettings defaults(UUID organisationId) {
    return new ChatSettings(
        organisationId, DEFAULT_RETENTION_DAYS, false, DEFAULT_REPLY_TARGET_HOURS);
  }

  int transcriptRetentionDays() {
    return transcriptRetentionDays;
  }

  boolean maskContactDetails() {
    return maskContactDetails;
  }

  Duration replyTarget() {
    return Duration.ofHours(replyTargetHours);
  }
}
