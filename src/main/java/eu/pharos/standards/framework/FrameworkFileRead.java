package eu.pharos.standards.framework;

import java.util.List;
import java.util.Optional;

/**
 * What reading a framework file gave: the document when the file has no problem, else every problem
 * found, in the order of the file.
 */
public record FrameworkFileRead(Optional<FrameworkDocument> document, List<FileProblem> problems) {

  public FrameworkFileRead {
    problems = List.copyOf(problems);
    if (document.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a read gives either a document or problems");
    }
  }

  static FrameworkFileRead of(FrameworkDocument document) {
    return new FrameworkFileRead(Optional.of(document), List.of());
  }

  static FrameworkFileRead failed(List<FileProblem> problems) {
    return new FrameworkFileRead(Optional.empty(), problems);
  }

  public boolean ok() {
    return document.isPresent();
  }
}
