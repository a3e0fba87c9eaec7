package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.identity.Organisations;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.Axe;
import eu.pharos.test.Browser;
import eu.pharos.test.InBrowser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views across the network in Chromium: accessible as far as axe-core can tell, and on a phone
 * the heatmap scrolls inside its region while the page itself does not scroll sideways.
 */
@InBrowser
class OverviewBrowserTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String PASSWORD = "pharos-demo-2026";

  @Autowired OverviewFixtures fixtures;
  @Autowired TestFrameworks frameworks;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void clean() {
    for (String shortName : List.of("HR-VWSS", "APAV")) {
      fixtures.removeCyclesOf(organisations.findByShortName(shortName).orElseThrow().id());
    }
  }

  @Test
  void theSecretariatReadsTheHeatmapTheIndicatorsAndTheStages(Browser browser) {
    clean();
    UUID croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    UUID apav = organisations.findByShortName("APAV").orElseThrow().id();
    UUID framework = frameworks.adopted();
    String code =
        jdbc.queryForObject(
            "select code from standards_framework where id = ?", String.class, framework);
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(60, ChronoUnit.DAYS);
    UUID hr = fixtures.open(croatia, framework, start);
    fixtures.evaluate(
        hr,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.1.2", FindingResult.PARTLY_MET,
            "1.2.1", FindingResult.MET,
            "2.1.1", FindingResult.NOT_MET,
            "2.1.2", FindingResult.MET),
        true);
    fixtures.decide(
        hr, DecisionOutcome.ACCREDITED, LocalDate.now().minusDays(1), LocalDate.now().plusYears(3));
    UUID pt = fixtures.open(apav, framework, start.plus(1, ChronoUnit.DAYS));
    fixtures.rate(pt, Map.of("1.1.1", 3, "1.1.2", 1));

    browser.signIn(SECRETARIAT, PASSWORD);
    browser.waitForPath("/app");
    browser.open("/app/standards/overview?framework=" + code);
    assertThat(browser.find("tr[data-organisation=HR-VWSS] td").getText()).contains("83%");
    browser.screenshot("standards-overview-heatmap");
    Axe.assertAccessible(browser);

    browser.open("/app/standards/overview/indicators?framework=" + code);
    browser.screenshot("standards-overview-indicators");
    Axe.assertAccessible(browser);

    browser.open("/app/standards/overview/stages");
    browser.screenshot("standards-overview-stages");
    Axe.assertAccessible(browser);

    browser.emulatePhone(360, 740);
    browser.open("/app/standards/overview?framework=" + code);
    assertThat(browser.scrollsSideways()).isFalse();
    browser.screenshot("standards-overview-heatmap-phone");
    Axe.assertAccessible(browser);
  }
}
