package eu.pharos.chat;

import java.time.Duration;

/** How long a block lasts; it then ends by itself. */
public enum BlockDuration {
  HOURS_24(Duration.ofHours(24)),
  DAYS_7(Duration.ofDays(7)),
  DAYS_30(Duration.ofDays(30));

  private final Duration length;

  BlockDuration(Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }

  public String messageKey() {
    return "chat.block.duration." + name();
  }
}
