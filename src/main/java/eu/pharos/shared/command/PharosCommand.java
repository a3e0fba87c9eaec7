package eu.pharos.shared.command;

import java.io.PrintStream;
import java.util.List;

/**
 * An operator command run from the command line instead of the web server, for example {@code java
 * -jar pharos.jar audit-verify}. Each module may contribute commands as beans.
 */
public interface PharosCommand {

  /** The first command-line argument that selects this command. */
  String name();

  /** One line for the command list. */
  String description();

  /**
   * Runs the command, reporting progress on {@code out}.
   *
   * @return the process exit code: 0 for success
   */
  int run(List<String> arguments, PrintStream out);
}
