package eu.pharos.chat;

/**
 * Who wrote a message. {@code NOTE} is an advisor's or a supervisor's internal note: staff see it
 * in the conversation, the victim never does. {@code SYSTEM} is Pharos's own line ("an advisor has
 * joined"). Stored by name.
 */
public enum ChatSender {
  VISITOR,
  ADVISOR,
  NOTE,
  SYSTEM;

  public boolean visibleToVisitor() {
    return this != NOTE;
  }
}
