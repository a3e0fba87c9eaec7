package eu.pharos.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The secretariat imports a directory file with mistakes in Chromium and reads the report. */
@InBrowser
class DirectoryExchangeBrowserTest {

  @Test
  void aFileWithMistakesIsRejectedWithEveryProblemListed(Browser browser) throws Exception {
    browser.signIn("secretariat@pharos.test", "pharos-demo-2026");
    browser.waitForPath("/app");
    browser.open("/app/network/exchange");
    assertThat(browser.heading()).isEqualTo("Import and export the directory");
    Axe.assertAccessible(browser);

    Path file = Files.createTempFile("directory", ".csv");
    Files.writeString(
        file,
        String.join(",", CsvColumns.ALL)
            + "\n"
            + "NEW-1,New member,XX,full,approved,,,,,Europe/Lisbon,pt,,,,\"MON 18:00-09:00\",,false,false\n",
        StandardCharsets.UTF_8);
    browser.find("#file").sendKeys(file.toAbsolutePath().toString());
    browser.find("form[action$='/imports'] button[type=submit]").click();

    browser.waitUntil(d -> browser.pageText().contains("Nothing was stored"));
    assertThat(browser.heading()).startsWith("Import of directory");
    assertThat(browser.find("#import-problems").getText())
        .contains("Unknown country code \"XX\"")
        .contains("The period MON 18:00–09:00 ends before it starts.");
    Axe.assertAccessible(browser);
    browser.screenshot("directory-import-rejected");
    Files.deleteIfExists(file);
  }
}
