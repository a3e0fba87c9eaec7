package eu.pharos.knowledge.search;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every part of a centre's content tells search what it holds. Calls join the caller's
 * transaction; the index itself changes once it commits, so a rolled-back change is never found.
 */
@Service
public class KnowledgeIndex {

  public static final String KIND_PRACTICE = "practice";
  public static final String KIND_DOCUMENT = "document";
  public static final String KIND_GUIDELINE = "guideline";
  public static final String KIND_MEETING = "meeting";
  public static final String KIND_MINUTES = "minutes";
  public static final String KIND_DISCUSSION = "discussion";

  private final SearchEntryRepository entries;

  KnowledgeIndex(SearchEntryRepository entries) {
    this.entries = entries;
  }

  /** Adds the item, or replaces what the index held for the same kind and id. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void put(IndexedItem item) {
    entries
        .findByKindAndRefId(item.kind(), item.refId())
        .ifPresentOrElse(entry -> entry.update(item), () -> entries.save(new SearchEntry(item)));
  }

  /** Hides or shows an item (a moderator hid a post) without describing it again. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hide(String kind, UUID refId, boolean hidden) {
    entries.findByKindAndRefId(kind, refId).ifPresent(entry -> entry.hide(hidden));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void remove(String kind, UUID refId) {
    entries.findByKindAndRefId(kind, refId).ifPresent(entries::delete);
  }
}
