package eu.pharos.knowledge.document;

import eu.pharos.knowledge.centre.Visibility;
import java.util.UUID;

/**
 * A folder of a centre's documents.
 *
 * @param parentId the top folder it is in, or null for a top folder
 * @param empty whether it holds neither a document nor a folder, so that a moderator may delete it
 */
public record FolderView(
    UUID id, UUID parentId, String name, Visibility visibility, boolean empty) {

  public boolean isTop() {
    return parentId == null;
  }
}
