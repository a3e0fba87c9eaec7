package eu.pharos.chat.settings;

/**
 * How an organisation runs its chat, as its admins set it.
 *
 * @param retentionDays how long a filed conversation's messages are kept in the chat module; 0
 *     deletes them right after filing (the contact keeps the transcript under the helpline's rules)
 * @param maskContactDetails whether phone numbers and e-mail addresses the victim types are masked
 *     in the advisor's view
 * @param replyTargetHours within how many hours a written message should be answered
 * @param emergencyProtocol what advisors do when a conversation suggests danger, shown beside a
 *     conversation of raised priority; empty for none
 */
public record ConsoleSettings(
    int retentionDays,
    boolean maskContactDetails,
    int replyTargetHours,
    String emergencyProtocol,
    long version) {

  public static final int RETENTION_MAX = 3650;
  public static final int REPLY_TARGET_MAX = 168;
  public static final int PROTOCOL_MAX = 4000;

  /** An organisation that saved nothing yet: the defaults of the chat_settings table. */
  public static ConsoleSettings defaults() {
    return new ConsoleSettings(30, false, 48, "", 0);
  }
}
