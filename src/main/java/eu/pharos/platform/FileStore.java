package eu.pharos.platform;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Uploaded files of the current organisation. Content is checked, not the name: an upload over
 * {@code pharos.files.max-size} or of a type outside {@code pharos.files.allowed-types} (detected
 * from the bytes) is refused with {@link FileRejected}. Files of another organisation are "not
 * found", whatever their id.
 */
public interface FileStore {

  /**
   * Stores an upload for the current organisation. Reads and closes {@code content}.
   *
   * @param declaredName the file name the user gave, kept for display and downloads only
   * @throws FileRejected when the content is empty, too large or of a type not allowed
   */
  StoredFileView store(String declaredName, InputStream content);

  Optional<StoredFileView> find(UUID id);

  /**
   * Opens a stored file for reading; the caller closes the stream.
   *
   * @throws StoredFileNotFound for an unknown id or a file of another organisation
   */
  InputStream open(UUID id);

  /**
   * A file that its organisation shares beyond itself (a document of a Centre of Excellence), found
   * whatever the caller's organisation. The caller decides first whether the reader may see it.
   */
  Optional<StoredFileView> findShared(UUID id);

  /**
   * Opens a shared file for reading, whatever the caller's organisation; the caller decides first
   * whether the reader may see it, and closes the stream.
   *
   * @throws StoredFileNotFound for an unknown id
   */
  InputStream openShared(UUID id);

  /**
   * Deletes a stored file; its content goes once the surrounding transaction commits.
   *
   * @throws StoredFileNotFound for an unknown id or a file of another organisation
   */
  void delete(UUID id);
}
