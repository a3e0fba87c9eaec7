package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import org.junit.jupiter.api.Test;

@InBrowser
class SignInBrowserTest {

  private static final String PASSWORD = "pharos-demo-2026";

  @Test
  void userWithoutSecondFactorSignsInToTheDashboard(Browser browser) {
    browser.signIn("secretariat@pharos.test", PASSWORD);

    assertThat(browser.location()).isEqualTo("/app");
    assertThat(browser.heading()).contains("Welcome, Sam Secretariat");
    assertThat(browser.pageText()).contains("Network secretariat");
  }

  @Test
  void wrongPasswordShowsTheErrorSummaryAndKeepsTheStaffAreaClosed(Browser browser) {
    browser.signIn("secretariat@pharos.test", "not-the-password");

    assertThat(browser.location()).isEqualTo("/login?error");
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("There is a problem")
        .contains("The e-mail address or password is not right");
    browser.open("/app");
    assertThat(browser.location()).isEqualTo("/login");
  }

  @Test
  void signingOutEndsTheSession(Browser browser) {
    browser.signIn("secretariat@pharos.test", PASSWORD);

    browser.find("form[action$='/logout'] button[type=submit]").click();

    browser.waitForPath("/?signedOut");
    assertThat(browser.find(".pharos-header").getText()).contains("Staff sign in");
    browser.open("/app");
    assertThat(browser.location()).isEqualTo("/login");
  }
}
