package eu.pharos.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium pointed at the application under test. Paths are relative to the server, so a
 * test reads like the journey it follows: {@code browser.open("/login")}.
 *
 * <p>Chromium and chromedriver come from the system (Debian's {@code chromium} and {@code
 * chromium-driver}), or from {@code PHAROS_CHROMIUM} and {@code PHAROS_CHROMEDRIVER}. Both paths
 * are given explicitly, so Selenium never tries to download a driver or a browser.
 */
public final class Browser implements AutoCloseable {

  static final String REQUIRED_PROPERTY = "pharos.browser.required";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Dimension DESKTOP = new Dimension(1280, 1000);

  private final ChromeDriver driver;
  private final Path profile;
  private String origin;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static final Executable CHROMIUM =
      new Executable("Chromium", "PHAROS_CHROMIUM", "/usr/bin/chromium");
  private static final Executable CHROMEDRIVER =
      new Executable("chromedriver", "PHAROS_CHROMEDRIVER", "/usr/bin/chromedriver");

  /** Why browser tests cannot run on this machine, if they cannot. */
  static Optional<String> missing() {
    return Stream.of(CHROMIUM, CHROMEDRIVER)
        .filter(executable -> !Files.isExecutable(executable.path()))
        .map(Executable::problem)
        .findFirst();
  }

  static boolean required() {
    return Boolean.getBoolean(REQUIRED_PROPERTY);
  }

  /** Starts Chromium, or skips the calling tests (fails them when browsers are required). */
  static Browser start() {
    missing().ifPresent(Browser::unavailable);
    Path chromium = CHROMIUM.path();
    Path chromedriver = CHROMEDRIVER.path();
    Path profile;
    try {
      profile = Files.createTempDirectory("pharos-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // Nothing but the test server may be contacted from here.
        "--disable-client-side-phishing-detection",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--no-default-browser-check",
        "--no-pings",
        "--no-first-run",
        "--lang=en",
        "--user-data-dir=" + profile,
        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
    // Journeys start in English whatever the machine's locale, as for a first-time visitor.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  private record Executable(String name, String variable, String standardPath) {

    Path path() {
      String configured = System.getenv(variable);
      return Path.of(configured == null || configured.isBlank() ? standardPath : configured);
    }

    String problem() {
      return name
          + " not found at "
          + path()
          + ": install Debian's chromium and chromium-driver, or set "
          + variable;
    }
  }

  /**
   * Skips the calling test because something the browser tests need is missing, or fails it when
   * the build requires browser tests ({@code -Pbrowser}, as CI does).
   */
  static void unavailable(String reason) {
    if (required()) {
      Assertions.fail(reason + " (browser tests are required: " + REQUIRED_PROPERTY + "=true)");
    }
    Assumptions.abort("Browser tests skipped: " + reason);
  }

  /** Points at the server of the next test and forgets the previous test's cookies and viewport. */
  void beginTest(int port) {
    origin = "http://127.0.0.1:" + port;
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.manage().deleteAllCookies();
  }

  /**
   * A second Chromium on this one's server, for a journey of two people at once (a victim and an
   * advisor, each in their own browser); the caller closes it.
   */
  public Browser another() {
    Browser other = start();
    other.origin = origin;
    return other;
  }

  /**
   * Skips the calling test where Chromium is missing (fails it when browser tests are required),
   * before it starts anything else.
   */
  public static void skipUnlessAvailable() {
    missing().ifPresent(Browser::unavailable);
  }

  /**
   * A Chromium on the server at this port, for a test that starts its own servers (several nodes);
   * skips the test where Chromium is missing, as {@link InBrowser} does. The caller closes it.
   */
  public static Browser startOn(int port) {
    Browser browser = start();
    browser.beginTest(port);
    return browser;
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return origin + path;
  }

  public Browser open(String path) {
    driver.get(url(path));
    return this;
  }

  /** The path and query of the current page, or the full URL when it is on another site. */
  public String location() {
    String current = driver.getCurrentUrl();
    return current != null && current.startsWith(origin)
        ? current.substring(origin.length())
        : current;
  }

  public WebElement find(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector));
  }

  /** Whether the whole element is on screen, not cut off at an edge of the viewport. */
  public boolean isWhollyInView(WebElement element) {
    return script(
        "const r = arguments[0].getBoundingClientRect();"
            + " const root = document.documentElement;"
            + " return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
            + " && r.right <= root.clientWidth && r.bottom <= root.clientHeight;",
        element);
  }

  /** The width of the page beyond which it would scroll sideways, against the viewport's. */
  public boolean scrollsSideways() {
    return script(
        "const root = document.documentElement; return root.scrollWidth > root.clientWidth;");
  }

  public String heading() {
    return find("h1").getText();
  }

  public String pageText() {
    return find("body").getText();
  }

  public String language() {
    return find("html").getDomAttribute("lang");
  }

  public Optional<Cookie> cookie(String name) {
    return Optional.ofNullable(driver.manage().getCookieNamed(name));
  }

  @SuppressWarnings("unchecked")
  public <T> T script(String javascript, Object... arguments) {
    return (T) ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  public long historyLength() {
    return ((Number) script("return history.length")).longValue();
  }

  public <T> T waitUntil(Function<WebDriver, T> condition) {
    // A page that is being replaced answers with stale elements: ask again rather than fail.
    return new WebDriverWait(driver, PATIENCE)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  public void waitForPath(String path) {
    waitUntil(ExpectedConditions.urlToBe(url(path)));
    waitUntil(d -> "complete".equals(script("return document.readyState")));
  }

  /** Fills in the sign-in form and submits it; the caller checks where it led. */
  public void signIn(String email, String password) {
    open("/login");
    find("#email").sendKeys(email);
    find("#password").sendKeys(password);
    WebElement form = find("form[action$='/login']");
    find("form[action$='/login'] button[type=submit]").click();
    waitUntil(ExpectedConditions.stalenessOf(form));
  }

  /** Lays the page out as on a phone of the given size in CSS pixels, until the next test. */
  public void emulatePhone(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  /**
   * Saves the whole page, not only what fits in the window, as {@code
   * target/screenshots/<name>.png} for people reviewing a change.
   */
  public Path screenshot(String name) {
    // The width of the window including its scrollbar: Chromium lays the page out again at the
    // width of the clip, and the content width alone would lose the scrollbar's pixels on the
    // right.
    Number width = script("return window.innerWidth");
    Number height = script("return document.documentElement.scrollHeight");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            width.doubleValue(),
            "height",
            height.doubleValue(),
            "scale",
            1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
