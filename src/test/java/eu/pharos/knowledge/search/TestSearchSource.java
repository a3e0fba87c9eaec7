package eu.pharos.knowledge.search;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** A source of searchable content that tests fill, for the rebuild command to describe. */
@Component
public class TestSearchSource implements SearchSource {

  static final String KIND = "test-note";

  private final List<IndexedItem> items = new CopyOnWriteArrayList<>();

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public void describeAll(Consumer<IndexedItem> sink) {
    items.forEach(sink);
  }

  void set(List<IndexedItem> content) {
    items.clear();
    items.addAll(content);
  }
}
