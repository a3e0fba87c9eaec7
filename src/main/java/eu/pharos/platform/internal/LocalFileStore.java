package eu.pharos.platform.internal;

import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileNotFound;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Keeps file contents under {@code pharos.data-dir/files}, named by a random id, never by what the
 * uploader called the file; the metadata, scoped to the organisation, lives in the database.
 */
@Service
class LocalFileStore implements FileStore {

  private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);

  private final StoredFileRepository files;
  private final ContentTypeDetector detector;
  private final TransactionTemplate transactions;

  /** Reads of shared files: a transaction of their own, so that the scope they run in applies. */
  private final TransactionTemplate sharedReads;

  private final Clock clock;
  private final Path root;
  private final long maxBytes;
  private final Set<String> allowedTypes;

  LocalFileStore(
      StoredFileRepository files,
      ContentTypeDetector detector,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${pharos.data-dir}") Path dataDir,
      @Value("${pharos.files.max-size}") DataSize maxSize,
      @Value("${pharos.files.allowed-types}") List<String> allowedTypes) {
    this.files = files;
    this.detector = detector;
    this.transactions = transactions;
    this.sharedReads = new TransactionTemplate(transactions.getTransactionManager());
    this.sharedReads.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.sharedReads.setReadOnly(true);
    this.clock = clock;
    this.root = dataDir.resolve("files").toAbsolutePath().normalize();
    this.maxBytes = maxSize.toBytes();
    this.allowedTypes = Set.copyOf(allowedTypes.stream().map(String::strip).toList());
  }

  @Override
  public StoredFileView store(String declaredName, InputStream content) {
    UUID organisationId = TenantContext.current();
    if (TenantContext.NOBODY.equals(organisationId)
        || TenantContext.SYSTEM.equals(organisationId)) {
      throw new IllegalStateException("A stored file belongs to an organisation: run as one");
    }
    Path incoming = null;
    try (content) {
      Files.createDirectories(root.resolve("incoming"));
      incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
      Received received = receive(content, incoming);
      String type = detector.detect(incoming, declaredName);
      if (!allowedTypes.contains(type)) {
        throw FileRejected.typeNotAllowed(type);
      }
      UUID id = UUID.randomUUID();
      Path target = pathOf(id);
      Files.createDirectories(target.getParent());
      Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
      StoredFile file =
          new StoredFile(
              id,
              organisationId,
              cleanName(declaredName),
              type,
              received.size(),
              received.sha256(),
              Instant.now(clock));
      return saveOrRemove(file, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store an upload", e);
    } finally {
      deleteQuietly(incoming);
    }
  }

  @Override
  public Optional<StoredFileView> find(UUID id) {
    return transactions.execute(status -> files.findById(id).map(StoredFile::view));
  }

  @Override
  public InputStream open(UUID id) {
    StoredFileView file = find(id).orElseThrow(() -> StoredFileNotFound.forId(id));
    try {
      return Files.newInputStream(pathOf(file.id()));
    } catch (IOException e) {
      throw new UncheckedIOException("The content of stored file " + id + " is missing", e);
    }
  }

  @Override
  public Optional<StoredFileView> findShared(UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    return TenantContext.runAsSystem(
        () -> sharedReads.execute(status -> files.findById(id).map(StoredFile::view)));
  }

  @Override
  public InputStream openShared(UUID id) {
    StoredFileView file = findShared(id).orElseThrow(() -> StoredFileNotFound.forId(id));
    try {
      return Files.newInputStream(pathOf(file.id()));
    } catch (IOException e) {
      throw new UncheckedIOException("The content of stored file " + id + " is missing", e);
    }
  }

  @Override
  public void delete(UUID id) {
    transactions.executeWithoutResult(
        status -> {
          StoredFile file = files.findById(id).orElseThrow(() -> StoredFileNotFound.forId(id));
          files.delete(file);
          Path content = pathOf(id);
          TransactionSynchronizationManager.registerSynchronization(
              new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                  deleteQuietly(content);
                }
              });
        });
  }

  /** The content's place: two levels of fan-out so no directory grows too large. */
  Path pathOf(UUID id) {
    String name = id.toString();
    return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
  }

  private record Received(long size, String sha256) {}

  private Received receive(InputStream content, Path incoming) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), digest)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = content.read(buffer)) != -1) {
        size += n;
        if (size > maxBytes) {
          throw FileRejected.tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw FileRejected.empty();
    }
    return new Received(size, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Saves the metadata; if that fails, or the caller's transaction later rolls back, the content
   * goes too, so that no file is left without its record.
   */
  private StoredFileView saveOrRemove(StoredFile file, Path content) {
    try {
      return transactions.execute(
          status -> {
            TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                  @Override
                  public void afterCompletion(int outcome) {
                    if (outcome != STATUS_COMMITTED) {
                      deleteQuietly(content);
                    }
                  }
                });
            return files.save(file).view();
          });
    } catch (RuntimeException e) {
      deleteQuietly(content);
      throw e;
    }
  }

  /** Only the last segment of what the user sent, without control characters, at most 255. */
  static String cleanName(String declaredName) {
    String name = declaredName == null ? "" : declaredName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "file";
    }
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      log.warn("Could not delete {}", path, e);
    }
  }
}
