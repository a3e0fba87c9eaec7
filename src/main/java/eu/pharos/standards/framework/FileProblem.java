package eu.pharos.standards.framework;

import java.util.List;

/**
 * One problem of a framework file.
 *
 * @param line line of the file, from 1; 0 when the problem is about the whole file
 * @param path where in the tree, such as {@code standards[2].criteria[0].title.fr}; empty for the
 *     whole file
 * @param messageKey key of the message in the bundles
 * @param args arguments of the message
 */
public record FileProblem(int line, String path, String messageKey, List<Object> args) {

  public FileProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  static FileProblem of(int line, String path, String messageKey, Object... args) {
    return new FileProblem(line, path, messageKey, List.of(args));
  }
}
