package eu.pharos.chat;

/** Why a visitor was blocked. */
public enum BlockReason {
  ABUSIVE_LANGUAGE,
  THREATS,
  SEXUAL_HARASSMENT,
  SPAM,
  OTHER;

  public String messageKey() {
    return "chat.block.reason." + name();
  }
}
