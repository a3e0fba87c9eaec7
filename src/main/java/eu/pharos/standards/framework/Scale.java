package eu.pharos.standards.framework;

import java.util.List;
import java.util.Optional;

/** A rating scale of a framework, referred to by its code from each indicator. */
public record Scale(String code, List<ScaleLevel> levels) {

  public Scale {
    levels = List.copyOf(levels);
  }

  public boolean allows(int value) {
    return levels.stream().anyMatch(level -> level.value() == value);
  }

  public Optional<ScaleLevel> level(int value) {
    return levels.stream().filter(level -> level.value() == value).findFirst();
  }

  /** The highest value, which counts as fully met. */
  public int top() {
    return levels.stream().mapToInt(ScaleLevel::value).max().orElse(0);
  }
}
