package eu.pharos.chat;

import java.util.UUID;

/**
 * The organisation cannot take this visitor's chat now. Pages answer it with a calm page (403) that
 * lists other ways to get help and says nothing more: in particular not that a block exists.
 */
public class ChatRefused extends RuntimeException {

  private final UUID organisationId;

  public ChatRefused(UUID organisationId) {
    super("chat refused for organisation " + organisationId);
    this.organisationId = organisationId;
  }

  public UUID organisationId() {
    return organisationId;
  }
}
