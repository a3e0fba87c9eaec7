package eu.pharos.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the page in the browser with axe-core against WCAG 2.2 AA and fails on every serious or
 * critical violation; lesser ones are logged. axe-core comes from npm, pinned in {@code
 * src/test/axe/package-lock.json} and installed into {@code target/axe} by {@code .ci/run}.
 */
public final class Axe {

  private static final Logger log = LoggerFactory.getLogger(Axe.class);

  static final Path SCRIPT =
      Path.of(
          System.getProperty("pharos.axe.script", "target/axe/node_modules/axe-core/axe.min.js"));

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(result => done(result.violations.map(v => ({
          id: v.id, impact: v.impact || 'none', help: v.help,
          nodes: v.nodes.map(n => n.target.join(' '))}))))
        .catch(error => done('axe failed: ' + error));
      """;

  private static String source;

  private Axe() {}

  /** Fails with each serious or critical violation on the current page: rule, impact, elements. */
  public static void assertAccessible(Browser browser) {
    List<Violation> violations = violations(browser);
    violations.stream()
        .filter(v -> !v.failsTheCheck())
        .forEach(v -> log.info("Accessibility ({}) on {}: {}", v.impact(), browser.location(), v));
    List<Violation> failing = violations.stream().filter(Violation::failsTheCheck).toList();
    assertThat(failing)
        .as(
            "serious or critical accessibility violations on %s:%n%s",
            browser.location(),
            failing.stream().map(Violation::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** Every violation of the WCAG 2.2 AA rules on the current page, whatever its impact. */
  public static List<Violation> violations(Browser browser) {
    browser.script(source());
    Object outcome = ((JavascriptExecutor) browser.driver()).executeAsyncScript(RUN, TAGS);
    assertThat(outcome).as("axe-core result on %s", browser.location()).isInstanceOf(List.class);
    return ((List<?>) outcome).stream().map(v -> Violation.of((Map<?, ?>) v)).toList();
  }

  private static synchronized String source() {
    if (source == null) {
      if (!Files.isReadable(SCRIPT)) {
        Browser.unavailable(
            "axe-core not found at "
                + SCRIPT
                + ": install it as .ci/run does (npm ci of src/test/axe in target/axe)");
      }
      try {
        source = Files.readString(SCRIPT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  /**
   * A rule the page breaks, how much it matters, and the elements (CSS selectors) that break it.
   */
  public record Violation(String id, String impact, String help, List<String> nodes) {

    boolean failsTheCheck() {
      return FAILING_IMPACTS.contains(impact);
    }

    static Violation of(Map<?, ?> raw) {
      return new Violation(
          (String) raw.get("id"),
          (String) raw.get("impact"),
          (String) raw.get("help"),
          ((List<?>) raw.get("nodes")).stream().map(String::valueOf).toList());
    }

    @Override
    public String toString() {
      return id + " [" + impact + "] " + help + " — " + String.join(" | ", nodes);
    }
  }
}
