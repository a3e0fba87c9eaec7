package eu.pharos.network.findhelp;

import eu.pharos.network.Directory;
import eu.pharos.network.DirectoryChanged;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages kept in memory, each until the directory changes or until the moment the
 * page stops being true (the next "open now" change among what it lists), whichever comes first.
 * The directory's revision is the one {@link Directory#revision()} gives, the same on every node
 * (read from the database at most once a second); a change made on this node also empties the cache
 * at once ({@link DirectoryChanged}). The number of pages kept is bounded, so that made-up query
 * strings cannot fill the memory: when it is full, stale pages are dropped, and if none is stale
 * the new page is simply not kept.
 */
@Component
class PublicPageCache {

  /**
   * One rendered page: the bytes and the headers the application wrote for them (security headers
   * included), a strong entity tag computed from the bytes, and how long it stays true.
   */
  record Page(
      byte[] body,
      String contentType,
      List<Map.Entry<String, List<String>>> headers,
      String etag,
      long revision,
      Instant expiresAt) {}

  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Directory directory;
  private final Clock clock;
  private final int maxPages;

  PublicPageCache(
      Directory directory,
      Clock clock,
      @Value("${pharos.public-pages.max-pages:2000}") int maxPages) {
    this.directory = directory;
    this.clock = clock;
    this.maxPages = maxPages;
  }

  /** The page kept under that key, if it is still true. */
  Page find(String key) {
    Page page = pages.get(key);
    if (page == null) {
      return null;
    }
    if (page.revision() != directory.revision() || !clock.instant().isBefore(page.expiresAt())) {
      pages.remove(key, page);
      return null;
    }
    return page;
  }

  /** The revision a page about to be rendered is rendered from. */
  long revision() {
    return directory.revision();
  }

  Page keep(String key, Page page) {
    if (pages.size() >= maxPages && !pages.containsKey(key)) {
      dropStale();
      if (pages.size() >= maxPages) {
        return page;
      }
    }
    pages.put(key, page);
    return page;
  }

  Instant now() {
    return clock.instant();
  }

  /** A change made on this node, once committed: what was kept is stale. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(DirectoryChanged change) {
    pages.clear();
  }

  /** Country pages show the capacity-building timeline: a change there makes them stale too. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(eu.pharos.network.EngagementsChanged change) {
    pages.clear();
  }

  void clear() {
    pages.clear();
  }

  int size() {
    return pages.size();
  }

  private void dropStale() {
    long current = directory.revision();
    Instant now = clock.instant();
    pages.values().removeIf(p -> p.revision() != current || !now.isBefore(p.expiresAt()));
  }

  /** A strong entity tag: the first 16 bytes of the body's SHA-256, quoted. */
  static String etagOf(byte[] body, String contentType) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          contentType == null ? new byte[0] : contentType.getBytes(StandardCharsets.UTF_8));
      byte[] hash = digest.digest(body);
      return "\""
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(java.util.Arrays.copyOf(hash, 16))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
