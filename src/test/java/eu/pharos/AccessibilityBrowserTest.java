package eu.pharos;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import eu.pharos.test.NeutralSite;
import org.junit.jupiter.api.Test;

/**
 * The pages of the shell meet WCAG 2.2 AA as far as axe-core can tell. Each page is also saved to
 * {@code target/screenshots}.
 */
@InBrowser
class AccessibilityBrowserTest {

  @Test
  void homePage(Browser browser) {
    browser.open("/");
    browser.screenshot("home");
    Axe.assertAccessible(browser);
  }

  @Test
  void signInPage(Browser browser) {
    browser.open("/login");
    browser.screenshot("login");
    Axe.assertAccessible(browser);
  }

  @Test
  void signInPageWithAnError(Browser browser) {
    browser.signIn("nobody@pharos.test", "not-the-password");
    assertThat(browser.location()).isEqualTo("/login?error");
    browser.screenshot("login-error");
    Axe.assertAccessible(browser);
  }

  @Test
  void dashboardAndAccountPages(Browser browser) {
    browser.signIn("secretariat@pharos.test", "pharos-demo-2026");
    assertThat(browser.location()).isEqualTo("/app");
    browser.screenshot("dashboard");
    Axe.assertAccessible(browser);

    browser.open("/app/account");
    assertThat(browser.heading()).isEqualTo("Your account");
    browser.screenshot("account");
    Axe.assertAccessible(browser);
  }

  @Test
  void checkFindsAnImageWithoutTextAlternative(Browser browser) {
    browser.open(NeutralSite.PATH);
    browser.script(
        "const image = document.createElement('img');"
            + " image.src = '/images/pharos-logo.svg'; document.body.append(image);");

    assertThat(Axe.violations(browser))
        .anySatisfy(
            violation -> {
              assertThat(violation.id()).isEqualTo("image-alt");
              assertThat(violation.impact()).isEqualTo("critical");
            });
  }
}
