package eu.pharos;

import eu.pharos.shared.command.CommandRunner;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class PharosApplication {

  public static void main(String[] args) {
    SpringApplication app = new SpringApplication(PharosApplication.class);
    app.setDefaultProperties(defaults());
    if (CommandRunner.isCommand(args)) {
      CommandRunner.prepare(app);
    }
    app.run(args);
  }

  /** Virtual threads where the JVM has them (21+); Pharos itself targets Java 17. */
  static Map<String, Object> defaults() {
    return Map.of(
        "spring.threads.virtual.enabled", String.valueOf(Runtime.version().feature() >= 21));
  }
}
