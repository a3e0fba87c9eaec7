package eu.pharos.platform.internal;

import java.util.List;

/**
 * The keys that seal victims' data are configured in a form Pharos cannot read. The message names
 * the setting and the entry at fault, never a key.
 */
class InvalidPrivacyKeys extends IllegalStateException {

  private final List<String> problems;

  InvalidPrivacyKeys(List<String> problems) {
    super("The privacy keys cannot be read:\n - " + String.join("\n - ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
