package eu.pharos.knowledge.search;

import java.util.function.Consumer;

/**
 * Something that owns searchable content and can describe all of it again: the rebuild command asks
 * every source, so that the index can be made anew from the content itself.
 */
public interface SearchSource {

  /** What this source indexes, such as {@code practice}; each source owns its kinds. */
  java.util.Set<String> kinds();

  /** Hands every item of this source to {@code sink}, in batches of the source's choosing. */
  void describeAll(Consumer<IndexedItem> sink);
}
