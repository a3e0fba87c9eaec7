package eu.pharos.network.exchange;

import java.util.List;

/** What reading an import file gave: the members, and every problem found (none to import). */
record ReadResult(List<ImportedMember> members, List<RowProblem> problems, int rows) {

  boolean acceptable() {
    return problems.isEmpty();
  }
}
