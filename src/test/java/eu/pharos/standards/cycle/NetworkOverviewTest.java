package eu.pharos.standards.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.pharos.identity.Organisations;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.cycle.NetworkOverview.Band;
import eu.pharos.standards.cycle.NetworkOverview.Cell;
import eu.pharos.standards.cycle.NetworkOverview.Heatmap;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorCount;
import eu.pharos.standards.cycle.NetworkOverview.IndicatorRanking;
import eu.pharos.standards.cycle.NetworkOverview.MemberStage;
import eu.pharos.standards.cycle.NetworkOverview.Row;
import eu.pharos.standards.cycle.NetworkOverview.Source;
import eu.pharos.standards.cycle.NetworkOverview.StageCount;
import eu.pharos.standards.cycle.NetworkOverview.Stages;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.TestFrameworks;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The secretariat's view across the network, on cycles of the Croatian member, APAV and Weisser
 * Ring Austria written straight into the tables.
 */
@PharosTest
class NetworkOverviewTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String HR_LEAD = "quality.hr-vwss@pharos.test";
  static final String EVALUATOR = "evaluator@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired NetworkOverview overview;
  @Autowired OverviewFixtures fixtures;
  @Autowired TestFrameworks frameworks;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired Organisations organisations;

  TenancyCheck tenancy;
  UUID croatia;
  UUID apav;
  UUID wrAt;
  Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(30, ChronoUnit.DAYS);

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();
    apav = organisations.findByShortName("APAV").orElseThrow().id();
    wrAt = organisations.findByShortName("WR-AT").orElseThrow().id();
    clean();
  }

  @AfterEach
  void clean() {
    for (UUID org : List.of(croatia, apav, wrAt)) {
      fixtures.removeCyclesOf(org);
    }
  }

  @Test
  void cellsComeFromFindingsOnceTheReportIsCompleteAndFromTheSelfAssessmentBefore() {
    UUID framework = frameworks.adopted();
    String code = catalogue.tree(framework).code();

    UUID hr = fixtures.open(croatia, framework, start);
    fixtures.rate(hr, Map.of("1.1.1", 0, "1.1.2", 0, "1.2.1", 0, "2.1.1", 0));
    fixtures.evaluate(
        hr,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.1.2", FindingResult.PARTLY_MET,
            "1.2.1", FindingResult.MET,
            "2.1.1", FindingResult.NOT_MET,
            "2.1.2", FindingResult.MET),
        true);
    UUID pt = fixtures.open(apav, framework, start);
    fixtures.rate(pt, Map.of("1.1.1", 3, "1.1.2", 1));
    // Findings of a report still being written do not count yet.
    fixtures.evaluate(pt, Map.of("1.1.1", FindingResult.NOT_MET), false);
    UUID at = fixtures.open(wrAt, framework, start);

    Heatmap heatmap = tenancy.asUser(SECRETARIAT, () -> overview.heatmap(code));

    assertThat(heatmap.frameworkCode()).isEqualTo(code);
    assertThat(OverviewFixtures.codes(heatmap.columns())).containsExactly("1", "2");
    assertThat(heatmap.rows())
        .extracting(Row::organisationId)
        .containsExactlyInAnyOrder(croatia, apav, wrAt);

    Row croatian = row(heatmap, croatia);
    assertThat(croatian.reported()).isTrue();
    assertCell(croatian.cells().get(0), 2.5 / 3, Source.FINDINGS, Band.GOOD, 3);
    assertCell(croatian.cells().get(1), 0.5, Source.FINDINGS, Band.PARTIAL, 2);
    assertThat(croatian.cells().get(0).percent()).isEqualTo(83);
    assertThat(croatian.cells()).allSatisfy(c -> assertThat(c.cycleId()).isEqualTo(hr));

    Row portuguese = row(heatmap, apav);
    assertThat(portuguese.reported()).isFalse();
    assertCell(
        portuguese.cells().get(0), (1 + 1 / 3.0) / 2, Source.SELF_ASSESSMENT, Band.PARTIAL, 2);
    assertThat(portuguese.cells().get(0).selfAssessed()).isTrue();
    assertThat(portuguese.cells().get(1).empty()).isTrue();
    assertThat(portuguese.cells().get(1).band()).isEqualTo(Band.NONE);

    Row austrian = row(heatmap, wrAt);
    assertThat(austrian.cycleId()).isEqualTo(at);
    assertThat(austrian.cells()).allSatisfy(c -> assertThat(c.empty()).isTrue());

    // Another framework's heatmap has none of these cycles.
    String other = catalogue.tree(frameworks.adopted()).code();
    assertThat(tenancy.asUser(SECRETARIAT, () -> overview.heatmap(other)).rows()).isEmpty();
  }

  @Test
  void theLatestCycleOfAMemberWinsAndTheDefaultIsTheNewestFramework() {
    UUID framework = frameworks.adopted();
    String code = catalogue.tree(framework).code();
    UUID old = fixtures.open(croatia, framework, start);
    fixtures.evaluate(
        old,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.1.2", FindingResult.MET,
            "1.2.1", FindingResult.MET,
            "2.1.1", FindingResult.MET),
        true);
    fixtures.decide(old, DecisionOutcome.ACCREDITED, LocalDate.now(), LocalDate.now().plusYears(3));
    UUID current = fixtures.open(croatia, framework, start.plus(10, ChronoUnit.DAYS));
    fixtures.rate(current, Map.of("1.1.1", 1, "2.1.1", 0));

    // A self-assessment still being written is the member's own: the row shows nothing yet.
    Row draft = row(tenancy.asUser(SECRETARIAT, () -> overview.heatmap(code)), croatia);
    assertThat(draft.cycleId()).isEqualTo(current);
    assertThat(draft.cells()).allSatisfy(c -> assertThat(c.empty()).isTrue());

    fixtures.submit(current);
    Heatmap heatmap = tenancy.asUser(SECRETARIAT, () -> overview.heatmap(null));

    assertThat(heatmap.frameworkCode()).as("the most recently adopted framework").isEqualTo(code);
    assertThat(heatmap.frameworks().get(0).code()).isEqualTo(code);
    Row croatian = row(heatmap, croatia);
    assertThat(croatian.cycleId()).isEqualTo(current);
    assertCell(croatian.cells().get(0), 1 / 3.0, Source.SELF_ASSESSMENT, Band.WEAK, 1);
    assertCell(croatian.cells().get(1), 0, Source.SELF_ASSESSMENT, Band.WEAK, 1);
    assertThat(croatian.cells().get(0).cycleReference()).isEqualTo(croatian.cycleReference());
  }

  @Test
  void indicatorsAreRankedByHowManyMembersDidNotMeetThem() {
    UUID framework = frameworks.adopted();
    String code = catalogue.tree(framework).code();
    UUID hr = fixtures.open(croatia, framework, start);
    fixtures.evaluate(
        hr,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.1.2", FindingResult.NOT_MET,
            "1.2.1", FindingResult.PARTLY_MET,
            "2.1.1", FindingResult.NOT_MET),
        true);
    UUID pt = fixtures.open(apav, framework, start);
    fixtures.evaluate(
        pt,
        Map.of(
            "1.1.2", FindingResult.PARTLY_MET,
            "1.2.1", FindingResult.PARTLY_MET,
            "2.1.1", FindingResult.NOT_MET),
        true);
    // Weisser Ring's report is not complete: its findings are not counted.
    UUID at = fixtures.open(wrAt, framework, start);
    fixtures.evaluate(at, Map.of("1.1.1", FindingResult.NOT_MET), false);

    IndicatorRanking ranking =
        tenancy.asUser(SECRETARIAT, () -> overview.mostOftenNotMet(code, 10));

    assertThat(ranking.evaluatedMembers()).isEqualTo(2);
    assertThat(ranking.indicators())
        .extracting(IndicatorCount::code, IndicatorCount::notMet, IndicatorCount::partlyMet)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2.1.1", 2, 0),
            org.assertj.core.groups.Tuple.tuple("1.1.2", 1, 1),
            org.assertj.core.groups.Tuple.tuple("1.2.1", 0, 2));
    assertThat(ranking.indicators().get(0).title().in("en"))
        .isEqualTo("Victims' records are kept secure");
    assertThat(ranking.indicators().get(0).standardCode()).isEqualTo("2");

    assertThat(tenancy.asUser(SECRETARIAT, () -> overview.mostOftenNotMet(code, 2)).indicators())
        .extracting(IndicatorCount::code)
        .containsExactly("2.1.1", "1.1.2");
  }

  @Test
  void olderVersionsAreReadThroughTheSuccessorsOfTheirIndicators() {
    UUID first = frameworks.adopted();
    String code = catalogue.tree(first).code();
    UUID hr = fixtures.open(croatia, first, start);
    fixtures.evaluate(
        hr,
        Map.of(
            "1.1.1", FindingResult.MET,
            "1.2.1", FindingResult.NOT_MET,
            "2.1.1", FindingResult.NOT_MET,
            "2.1.2", FindingResult.PARTLY_MET),
        true);
    UUID second = fixtures.secondVersion(first);
    UUID pt = fixtures.open(apav, second, start.plus(1, ChronoUnit.DAYS));
    fixtures.evaluate(pt, Map.of("1.1.1", FindingResult.MET, "3.1.1", FindingResult.NOT_MET), true);

    Heatmap heatmap = tenancy.asUser(SECRETARIAT, () -> overview.heatmap(code));

    assertThat(heatmap.frameworkVersion()).isEqualTo("2.0");
    assertThat(OverviewFixtures.codes(heatmap.columns())).containsExactly("1", "3");
    Row croatian = row(heatmap, croatia);
    assertThat(croatian.frameworkVersion()).isEqualTo("1.0");
    // Standard 1 by its code (1.1.1 met, 1.2.1 not met); 2.1.1 counts under 3 as its successor
    // 3.1.1; 2.1.2 has no successor and its standard is gone.
    assertCell(croatian.cells().get(0), 0.5, Source.FINDINGS, Band.PARTIAL, 2);
    assertCell(croatian.cells().get(1), 0, Source.FINDINGS, Band.WEAK, 1);

    IndicatorRanking ranking =
        tenancy.asUser(SECRETARIAT, () -> overview.mostOftenNotMet(code, 10));
    assertThat(ranking.evaluatedMembers()).isEqualTo(2);
    assertThat(ranking.indicators())
        .extracting(
            IndicatorCount::code,
            IndicatorCount::frameworkVersion,
            IndicatorCount::notMet,
            IndicatorCount::partlyMet)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3.1.1", "2.0", 2, 0),
            org.assertj.core.groups.Tuple.tuple("1.2.1", "1.0", 1, 0),
            org.assertj.core.groups.Tuple.tuple("2.1.2", "1.0", 0, 1));
  }

  @Test
  void everyMemberHasAStageAndMembersWithoutACycleSaySo() {
    UUID framework = frameworks.adopted();
    UUID hr = fixtures.open(croatia, framework, start);
    fixtures.evaluate(hr, Map.of("1.1.1", FindingResult.NOT_MET), true);
    LocalDate today = LocalDate.now();
    fixtures.decide(
        hr, DecisionOutcome.ACCREDITED_WITH_CONDITIONS, today.minusYears(3), today.minusDays(1));
    fixtures.action(hr, "1.1.1", today.minusDays(5), false);
    fixtures.action(hr, "1.1.1", today.minusDays(5), true);
    fixtures.action(hr, "1.1.1", today.plusDays(20), false);
    UUID pt = fixtures.open(apav, framework, start);
    fixtures.rate(pt, Map.of("1.1.1", 2));

    Stages stages = tenancy.asUser(SECRETARIAT, () -> overview.stages());

    MemberStage croatian = member(stages, croatia);
    assertThat(croatian.stage()).isEqualTo(CycleStage.DECIDED);
    assertThat(croatian.cycleId()).isEqualTo(hr);
    assertThat(croatian.reportedAt()).isNotNull();
    assertThat(croatian.decidedAt()).isNotNull();
    assertThat(croatian.accreditation().outcome())
        .isEqualTo(DecisionOutcome.ACCREDITED_WITH_CONDITIONS);
    assertThat(croatian.accreditation().validUntil()).isEqualTo(today.minusDays(1));
    assertThat(croatian.accreditation().expired()).isTrue();
    assertThat(croatian.overdueActions()).isEqualTo(1);

    MemberStage portuguese = member(stages, apav);
    assertThat(portuguese.stage()).isEqualTo(CycleStage.SELF_ASSESSMENT);
    assertThat(portuguese.accreditation()).isNull();

    MemberStage austrian = member(stages, wrAt);
    assertThat(austrian.hasCycle()).isFalse();
    assertThat(austrian.stage()).isNull();
    assertThat(austrian.stageKey()).isEqualTo("standards.overview.stage.none");

    assertThat(stages.members()).extracting(MemberStage::shortName).doesNotContain("VSE");
    assertThat(stages.summary().stream().mapToInt(StageCount::members).sum())
        .isEqualTo(stages.members().size());
    assertThat(stages.summary().get(stages.summary().size() - 1).stage()).isNull();
    assertThat(stages.summary().get(stages.summary().size() - 1).members()).isPositive();
  }

  @Test
  void onlyTheSecretariatSeesAcrossTheNetworkAndBadChoicesAreRefused() {
    UUID framework = frameworks.adopted();
    String code = catalogue.tree(framework).code();
    for (String outsider : List.of(HR_LEAD, EVALUATOR)) {
      assertThatThrownBy(() -> tenancy.asUser(outsider, () -> overview.heatmap(code)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> tenancy.asUser(outsider, () -> overview.mostOftenNotMet(code, 5)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> tenancy.asUser(outsider, () -> overview.stages()))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> tenancy.asUser(SECRETARIAT, () -> overview.heatmap("no-such-code")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "framework", "standards.overview.error.framework")));
    for (int limit : new int[] {0, -1, NetworkOverview.MAX_LIMIT + 1}) {
      assertThatThrownBy(
              () -> tenancy.asUser(SECRETARIAT, () -> overview.mostOftenNotMet(code, limit)))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e ->
                  assertThat(e.problems())
                      .extracting(InvalidInput.Problem::messageKey)
                      .containsExactly("standards.overview.error.limit"));
    }
  }

  @Test
  void bandsHaveTheirThresholds() {
    assertThat(Band.of(null)).isEqualTo(Band.NONE);
    assertThat(Band.of(0.8)).isEqualTo(Band.GOOD);
    assertThat(Band.of(0.79)).isEqualTo(Band.PARTIAL);
    assertThat(Band.of(0.5)).isEqualTo(Band.PARTIAL);
    assertThat(Band.of(0.49)).isEqualTo(Band.WEAK);
    assertThat(NetworkOverview.compareCodes("1.10", "1.9")).isPositive();
    assertThat(NetworkOverview.compareCodes("1.2", "1.2.1")).isNegative();
  }

  private static Row row(Heatmap heatmap, UUID organisationId) {
    return heatmap.rows().stream()
        .filter(r -> r.organisationId().equals(organisationId))
        .findFirst()
        .orElseThrow();
  }

  private static MemberStage member(Stages stages, UUID organisationId) {
    return stages.members().stream()
        .filter(m -> m.organisationId().equals(organisationId))
        .findFirst()
        .orElseThrow();
  }

  private static void assertCell(
      Cell cell, double score, Source source, Band band, int indicators) {
    assertThat(cell.score()).isCloseTo(score, within(0.0001));
    assertThat(cell.source()).isEqualTo(source);
    assertThat(cell.band()).isEqualTo(band);
    assertThat(cell.indicators()).isEqualTo(indicators);
  }
}
