package eu.pharos.shared.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link PharosCommand} when the first argument names one, then stops the application with
 * the command's exit code. Without such an argument Pharos starts as a web application.
 */
@Component
public class CommandRunner implements ApplicationRunner {

  static final String PREFIX = "command:";

  private final List<PharosCommand> commands;
  private final ConfigurableApplicationContext context;

  CommandRunner(List<PharosCommand> commands, ConfigurableApplicationContext context) {
    this.commands = commands;
    this.context = context;
  }

  public static boolean isCommand(String[] args) {
    return args.length > 0 && args[0].startsWith(PREFIX);
  }

  /** Commands run without the web server and without the scheduled jobs. */
  public static void prepare(SpringApplication app) {
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
  }

  @Override
  public void run(ApplicationArguments args) {
    String[] raw = args.getSourceArgs();
    if (!isCommand(raw)) {
      return;
    }
    String name = raw[0].substring(PREFIX.length());
    List<String> rest = Arrays.asList(raw).subList(1, raw.length);
    Optional<PharosCommand> command =
        commands.stream().filter(c -> c.name().equals(name)).findFirst();
    int code;
    if (command.isEmpty()) {
      System.err.println("Unknown command: " + name + ". Available commands:");
      commands.forEach(c -> System.err.println("  command:" + c.name() + "  " + c.description()));
      code = 2;
    } else {
      code = command.get().run(rest, System.out);
    }
    int exit = SpringApplication.exit(context, () -> code);
    System.exit(exit);
  }
}
