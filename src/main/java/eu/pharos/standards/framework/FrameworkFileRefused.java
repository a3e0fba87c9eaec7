package eu.pharos.standards.framework;

import eu.pharos.shared.InvalidInput;
import java.util.List;

/** A framework file refused whole because of its problems, each with its line: nothing stored. */
public class FrameworkFileRefused extends InvalidInput {

  private final transient List<FileProblem> fileProblems;

  public FrameworkFileRefused(List<FileProblem> fileProblems) {
    super(
        List.of(Problem.of("file", "standards.framework.error.file-refused", fileProblems.size())));
    this.fileProblems = List.copyOf(fileProblems);
  }

  public List<FileProblem> fileProblems() {
    return fileProblems;
  }
}
