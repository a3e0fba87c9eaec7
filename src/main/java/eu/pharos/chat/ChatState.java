package eu.pharos.chat;

/**
 * Where a conversation is. Stored by name.
 *
 * <ul>
 *   <li>{@code QUEUED}: waiting for an advisor;
 *   <li>{@code ACTIVE}: an advisor has taken it;
 *   <li>{@code AWAITING_REPLY}: written messaging, the victim wrote last and waits for an answer;
 *   <li>{@code ANSWERED}: written messaging, the advisor wrote last;
 *   <li>{@code ENDED}: closed by the advisor or the victim, and filed;
 *   <li>{@code ABANDONED}: the victim left the queue before anyone answered;
 *   <li>{@code DELETED}: the victim deleted it; its messages are gone.
 * </ul>
 */
public enum ChatState {
  QUEUED,
  ACTIVE,
  AWAITING_REPLY,
  ANSWERED,
  ENDED,
  ABANDONED,
  DELETED;

  public boolean open() {
    return this == QUEUED || this == ACTIVE || this == AWAITING_REPLY || this == ANSWERED;
  }

  public String messageKey() {
    return "chat.state." + name();
  }
}
