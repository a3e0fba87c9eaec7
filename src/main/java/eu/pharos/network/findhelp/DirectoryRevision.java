package eu.pharos.network.findhelp;

import eu.pharos.network.Directory;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The directory's revision as the public page cache sees it. Asking the directory costs a database
 * read, far more than serving a cached page, so the answer is reused for a short while ({@code
 * pharos.public-pages.revision-check}, one second by default): a change made on any node shows on
 * every node's public pages within that time.
 */
@Component
class DirectoryRevision {

  private final Directory directory;
  private final long checkEveryNanos;
  private volatile long revision;
  private volatile long checkedAt;
  private volatile boolean known;

  DirectoryRevision(
      Directory directory, @Value("${pharos.public-pages.revision-check:1s}") Duration checkEvery) {
    this.directory = directory;
    this.checkEveryNanos = checkEvery.toNanos();
  }

  long current() {
    long now = System.nanoTime();
    if (!known || now - checkedAt >= checkEveryNanos) {
      revision = directory.revision();
      checkedAt = now;
      known = true;
    }
    return revision;
  }

  /** Forgets the revision read last, so that the next page asks the directory again. */
  void changed() {
    known = false;
  }
}
