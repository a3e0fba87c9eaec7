package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.pharos.identity.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The sign-in journeys with a second factor, in a real Chromium. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  WebDriver browser;

  @BeforeEach
  void startBrowser() {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (Boolean.getBoolean("pharos.browser.required")) {
      assertThat(available).as("Chromium and chromedriver are installed").isTrue();
    }
    assumeTrue(available, "Chromium is not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--window-size=1100,1400");
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdvisorSetsUpTheAuthenticatorSavesTheRecoveryCodesAndThenSignsInWithACode()
      throws Exception {
    var advisor = new TestAccounts(context).active("APAV", EnumSet.of(Role.ADVISOR), null);

    signIn(advisor.email());
    waitForPath("/login/second-factor/enrol");
    assertThat(browser.findElement(By.id("qr-code")).getAttribute("src"))
        .startsWith("data:image/png;base64,");
    browser.findElement(By.cssSelector("summary")).click();
    String secret = browser.findElement(By.id("secret")).getText();
    screenshot("enrol");
    browser
        .findElement(By.id("code"))
        .sendKeys(SignInFlow.codeFor(secret, SignInFlow.currentStep()));
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    screenshot("recovery-codes");
    browser.findElement(By.linkText("I have saved my codes, continue")).click();
    waitForPath("/app");
    browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
    // The sign-out's own redirect must land first, or it may replace the sign-in page opened next.
    waitForPath("/?signedOut");

    signIn(advisor.email());
    waitForPath("/login/second-factor");
    screenshot("code");
    browser
        .findElement(By.id("code"))
        .sendKeys(SignInFlow.codeFor(secret, SignInFlow.currentStep() + 1));
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    waitForPath("/app");
  }

  private void signIn(String email) {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("email")).sendKeys(email);
    browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  private void screenshot(String name) throws Exception {
    Path target = Path.of("target", "screenshots", "second-factor-" + name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(
        target, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** The next page loads after a click; wait for it instead of reading the address too early. */
  private void waitForPath(String path) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(driver -> driver.getCurrentUrl().endsWith(path));
    assertThat(browser.getCurrentUrl()).endsWith(path);
  }
}
