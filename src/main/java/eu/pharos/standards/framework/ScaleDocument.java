package eu.pharos.standards.framework;

import java.util.List;

/** A rating scale, named by its code from the indicators. */
public record ScaleDocument(String code, List<ScaleLevel> levels) {
  public ScaleDocument {
    levels = List.copyOf(levels);
  }
}
