package eu.pharos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API explorer works in a real browser under the content security policy of its pages. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsBrowserTest {

  @LocalServerPort int port;

  WebDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    Path chromium = Path.of(System.getProperty("pharos.browser.binary", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("pharos.browser.driver", "/usr/bin/chromedriver"));
    boolean installed = Files.isExecutable(chromium) && Files.isExecutable(driver);
    assumeTrue(installed || Boolean.getBoolean("pharos.browser.required"), "Chromium not found");

    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("pharos-chromium"));
    options.setCapability("goog:loggingPrefs", logs);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
            options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theExplorerShowsTheApiWithoutBreakingTheContentSecurityPolicy() {
    browser.get("http://localhost:" + port + "/api/docs");

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    WebElement title =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".info .title")));
    assertThat(title.getText()).startsWith("Pharos API");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    browser.findElement(By.cssSelector(".opblock-summary")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));

    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> message.contains("Content Security Policy"))
            .toList();
    assertThat(violations).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
        .extracting(WebElement::getText)
        .contains("/api/v1/me", "/api/v1/tokens", "/api/v1/organisations");
  }
}
