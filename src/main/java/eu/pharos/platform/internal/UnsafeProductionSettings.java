package eu.pharos.platform.internal;

import java.util.List;

/** The production profile was started with settings that would put people's data at risk. */
class UnsafeProductionSettings extends IllegalStateException {

  private final List<String> problems;

  UnsafeProductionSettings(List<String> problems) {
    super("Pharos refuses to start in production mode:\n - " + String.join("\n - ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
