package eu.pharos.standards.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.framework.FrameworkEdits.CriterionChange;
import eu.pharos.standards.framework.FrameworkEdits.FrameworkTexts;
import eu.pharos.standards.framework.FrameworkEdits.IndicatorChange;
import eu.pharos.standards.framework.FrameworkEdits.StandardChange;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The secretariat's work on frameworks, against the real database and security. */
@PharosTest
class FrameworkAdministrationTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String NETWORK_ADMIN = "admin@pharos.test";
  static final String MEMBER = "orgadmin.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired FrameworkAdministration administration;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  /** The illustrative file under a code of its own, so that tests never meet each other. */
  static byte[] illustrativeAs(String code) throws Exception {
    String text = new String(FrameworkFilesTest.illustrative(), StandardCharsets.UTF_8);
    return text.replace("code: pharos-illustrative", "code: " + code)
        .getBytes(StandardCharsets.UTF_8);
  }

  static String freshCode() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  FrameworkSummary imported(String code) throws Exception {
    byte[] file = illustrativeAs(code);
    return as(SECRETARIAT, () -> administration.importFile(file, FrameworkFormat.YAML));
  }

  @Test
  void importsAFrameworkFileAsADraftAndExportsItBackUnchanged() throws Exception {
    String code = freshCode();
    FrameworkSummary summary = imported(code);

    assertThat(summary.status()).isEqualTo(FrameworkStatus.DRAFT);
    assertThat(summary.illustrative()).isTrue();
    assertThat(summary.standards()).isEqualTo(9);
    assertThat(summary.indicators()).isEqualTo(46);
    FrameworkTree tree = catalogue.tree(summary.id());
    assertThat(tree.languages()).containsExactly("en", "fr", "de", "pt", "nl");
    assertThat(tree.standards().get(2).title().in("de"))
        .isEqualTo("Vertraulichkeit und Datenschutz");
    assertThat(tree.indicators()).filteredOn(i -> !i.required()).isNotEmpty();

    for (FrameworkFormat format : FrameworkFormat.values()) {
      byte[] exported = as(SECRETARIAT, () -> administration.export(summary.id(), format));
      FrameworkDocument again = FrameworkFiles.read(exported, format).document().orElseThrow();
      assertThat(again)
          .isEqualTo(
              FrameworkFiles.read(illustrativeAs(code), FrameworkFormat.YAML)
                  .document()
                  .orElseThrow());
    }
  }

  @Test
  void importsTheShippedIllustrativeFrameworkOnceOnly() {
    if (catalogue.find("pharos-illustrative", "1.0").isEmpty()) {
      FrameworkSummary summary = as(NETWORK_ADMIN, administration::importIllustrative);
      assertThat(summary.name().in("en")).contains("not the network's official standards");
    }
    assertThatThrownBy(() -> as(SECRETARIAT, administration::importIllustrative))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("standards.framework.error.already-imported"));
  }

  @Test
  void refusesAnImportOfTheSameCodeAndVersionAndKeepsWhatIsStored() throws Exception {
    String code = freshCode();
    FrameworkSummary first = imported(code);
    long before = count();

    assertThatThrownBy(() -> imported(code))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems().get(0).arguments()).containsExactly(code, "1.0"));
    assertThat(count()).isEqualTo(before);
    assertThat(catalogue.tree(first.id()).indicators()).hasSize(46);
  }

  @Test
  void refusesABrokenFileWholeWithEveryProblemByLine() throws Exception {
    String code = freshCode();
    String broken =
        new String(illustrativeAs(code), StandardCharsets.UTF_8)
            .replace("code: \"1.1.2\"", "code: \"1.1.1\"")
            .replace(
                "scale: maturity\n            required: false",
                "scale: stars\n            required: false");
    long before = count();

    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () ->
                        administration.importFile(
                            broken.getBytes(StandardCharsets.UTF_8), FrameworkFormat.YAML)))
        .isInstanceOfSatisfying(
            FrameworkFileRefused.class,
            e -> {
              assertThat(e.fileProblems())
                  .extracting(FileProblem::messageKey)
                  .contains(
                      "standards.framework.file.duplicate-code",
                      "standards.framework.file.unknown-scale");
              assertThat(e.fileProblems()).allSatisfy(p -> assertThat(p.line()).isPositive());
            });
    assertThat(count()).isEqualTo(before);
    assertThat(catalogue.find(code, "1.0")).isEmpty();
  }

  @Test
  void onlyTheSecretariatAdministersFrameworks() throws Exception {
    byte[] file = illustrativeAs(freshCode());
    assertThatThrownBy(
            () -> as(MEMBER, () -> administration.importFile(file, FrameworkFormat.YAML)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aNewVersionIsADraftCopyWithSuccessorsAndLeavesTheOldOneUntouched() throws Exception {
    FrameworkSummary old = imported(freshCode());
    FrameworkTree adoptedTree = adopt(old.id());
    String before =
        new String(
            as(SECRETARIAT, () -> administration.export(old.id(), FrameworkFormat.YAML)),
            StandardCharsets.UTF_8);

    FrameworkSummary next = as(SECRETARIAT, () -> administration.newVersion(old.id(), "2.0"));

    assertThat(next.status()).isEqualTo(FrameworkStatus.DRAFT);
    FrameworkTree nextTree = catalogue.tree(next.id());
    assertThat(nextTree.previousId()).isEqualTo(old.id());
    assertThat(nextTree.indicators()).hasSize(46);
    IndicatorNode oldFirst = adoptedTree.indicators().get(0);
    IndicatorNode newFirst = nextTree.indicators().get(0);
    assertThat(newFirst.id()).isNotEqualTo(oldFirst.id());
    assertThat(catalogue.successorOf(oldFirst.id())).contains(newFirst.id());

    // the new draft changes; the old version does not
    as(
        SECRETARIAT,
        () -> {
          administration.editIndicator(
              next.id(),
              nextTree.rowVersion(),
              newFirst.id(),
              new IndicatorChange(
                  "1.1.1", "en", "A mission about victims", "", "", "maturity", false));
          return null;
        });
    assertThat(catalogue.tree(next.id()).indicators().get(0).title().in("en"))
        .isEqualTo("A mission about victims");
    assertThat(catalogue.tree(next.id()).indicators().get(0).title().in("fr"))
        .as("the other languages keep their texts")
        .startsWith("Une mission écrite");
    assertThat(catalogue.tree(old.id()).indicators().get(0).title().in("en"))
        .isEqualTo(oldFirst.title().in("en"));
    assertThat(
            new String(
                as(SECRETARIAT, () -> administration.export(old.id(), FrameworkFormat.YAML)),
                StandardCharsets.UTF_8))
        .isEqualTo(before);

    assertThatThrownBy(() -> as(SECRETARIAT, () -> administration.newVersion(old.id(), "2.0")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("standards.framework.error.version-exists"));
    assertThatThrownBy(
            () -> as(SECRETARIAT, () -> administration.newVersion(old.id(), "two words")))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void anAdoptedOrRetiredFrameworkRefusesChanges() throws Exception {
    FrameworkSummary summary = imported(freshCode());
    FrameworkTree tree = adopt(summary.id());
    UUID standard = tree.standards().get(0).id();

    assertFrozen(
        () ->
            administration.editStandard(
                summary.id(), tree.rowVersion(), standard, new StandardChange("1", "en", "X", "")));
    assertFrozen(() -> administration.removeStandard(summary.id(), tree.rowVersion(), standard));
    assertFrozen(
        () ->
            administration.editTexts(
                summary.id(), tree.rowVersion(), new FrameworkTexts("en", "Renamed", "")));

    as(
        SECRETARIAT,
        () -> {
          administration.retire(summary.id(), tree.rowVersion());
          return null;
        });
    FrameworkTree retired = catalogue.tree(summary.id());
    assertThat(retired.status()).isEqualTo(FrameworkStatus.RETIRED);
    assertFrozen(
        () ->
            administration.addStandard(
                summary.id(), retired.rowVersion(), new StandardChange("10", "en", "New", "")));
    assertThat(catalogue.tree(summary.id()).standards()).hasSize(9);
  }

  @Test
  void editsADraftInEachLanguageAndChecksEveryField() throws Exception {
    FrameworkSummary summary = imported(freshCode());
    FrameworkTree tree = catalogue.tree(summary.id());

    UUID added =
        as(
            SECRETARIAT,
            () ->
                administration.addStandard(
                    summary.id(),
                    tree.rowVersion(),
                    new StandardChange("10", "en", "Victims' participation", "")));
    FrameworkTree afterAdd = catalogue.tree(summary.id());
    assertThat(afterAdd.rowVersion()).isGreaterThan(tree.rowVersion());
    as(
        SECRETARIAT,
        () -> {
          administration.editStandard(
              summary.id(),
              afterAdd.rowVersion(),
              added,
              new StandardChange("10", "fr", "Participation des victimes", ""));
          return null;
        });
    FrameworkTree.StandardNode standard =
        catalogue.tree(summary.id()).standard(added).orElseThrow();
    assertThat(standard.title().texts())
        .containsExactly(
            Map.entry("en", "Victims' participation"),
            Map.entry("fr", "Participation des victimes"));

    FrameworkTree now = catalogue.tree(summary.id());
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () ->
                        administration.addCriterion(
                            summary.id(),
                            now.rowVersion(),
                            added,
                            new CriterionChange("1.1", "de", "Doppelt"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "code", "standards.framework.error.code-taken"),
                        org.assertj.core.groups.Tuple.tuple(
                            "title", "standards.framework.error.required-original")));

    UUID criterion =
        as(
            SECRETARIAT,
            () ->
                administration.addCriterion(
                    summary.id(),
                    now.rowVersion(),
                    added,
                    new CriterionChange("10.1", "en", "Voice")));
    FrameworkTree withCriterion = catalogue.tree(summary.id());
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () ->
                        administration.addIndicator(
                            summary.id(),
                            withCriterion.rowVersion(),
                            criterion,
                            new IndicatorChange("10.1.1", "en", "", "", "", "stars", true))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly("title", "scale"));
    UUID indicator =
        as(
            SECRETARIAT,
            () ->
                administration.addIndicator(
                    summary.id(),
                    withCriterion.rowVersion(),
                    criterion,
                    new IndicatorChange(
                        "10.1.1",
                        "en",
                        "Victims are heard",
                        "Ask them",
                        "Minutes",
                        "maturity",
                        false)));
    assertThat(catalogue.tree(summary.id()).indicator(indicator).orElseThrow().required())
        .isFalse();
    assertThat(catalogue.tree(summary.id()).indicators()).hasSize(47);

    FrameworkTree last = catalogue.tree(summary.id());
    as(
        SECRETARIAT,
        () -> {
          administration.removeStandard(summary.id(), last.rowVersion(), added);
          return null;
        });
    assertThat(catalogue.tree(summary.id()).indicators()).hasSize(46);
  }

  @Test
  void aChangeFromAStaleVersionIsAConcurrentChange() throws Exception {
    FrameworkSummary summary = imported(freshCode());
    FrameworkTree tree = catalogue.tree(summary.id());
    as(
        SECRETARIAT,
        () -> {
          administration.editTexts(
              summary.id(), tree.rowVersion(), new FrameworkTexts("fr", "Nouveau nom", ""));
          return null;
        });

    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> {
                      administration.editTexts(
                          summary.id(), tree.rowVersion(), new FrameworkTexts("fr", "Autre", ""));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            e -> assertThat(e.currentVersion()).isGreaterThan(tree.rowVersion()));
    assertThat(catalogue.tree(summary.id()).name().in("fr")).isEqualTo("Nouveau nom");
  }

  @Test
  void anEmptyFrameworkCannotBeAdopted() throws Exception {
    FrameworkSummary summary = imported(freshCode());
    FrameworkTree tree = catalogue.tree(summary.id());
    long version = tree.rowVersion();
    for (FrameworkTree.StandardNode standard : tree.standards()) {
      long current = catalogue.tree(summary.id()).rowVersion();
      as(
          SECRETARIAT,
          () -> {
            administration.removeStandard(summary.id(), current, standard.id());
            return null;
          });
    }
    long current = catalogue.tree(summary.id()).rowVersion();
    assertThat(current).isGreaterThan(version);
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> {
                      administration.adopt(summary.id(), current);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("standards.framework.error.empty"));
  }

  @Test
  void theSecretariatMapsAnOldIndicatorToAnotherSuccessor() throws Exception {
    FrameworkSummary old = imported(freshCode());
    adopt(old.id());
    FrameworkSummary next = as(SECRETARIAT, () -> administration.newVersion(old.id(), "1.1"));
    List<IndicatorNode> oldIndicators = catalogue.tree(old.id()).indicators();
    List<IndicatorNode> newIndicators = catalogue.tree(next.id()).indicators();

    Map<UUID, UUID> mapping = new HashMap<>();
    mapping.put(oldIndicators.get(0).id(), newIndicators.get(1).id());
    mapping.put(oldIndicators.get(2).id(), null);
    as(
        SECRETARIAT,
        () -> {
          administration.mapSuccessors(old.id(), next.id(), mapping);
          return null;
        });

    assertThat(catalogue.successorOf(oldIndicators.get(0).id()))
        .contains(newIndicators.get(1).id());
    assertThat(catalogue.successorOf(oldIndicators.get(2).id())).isEmpty();
    assertThat(as(SECRETARIAT, () -> administration.successors(old.id())))
        .hasSize(45)
        .containsEntry(oldIndicators.get(1).id(), newIndicators.get(1).id());

    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> {
                      administration.mapSuccessors(next.id(), old.id(), Map.of());
                      return null;
                    }))
        .as("successors are in a newer version")
        .isInstanceOf(InvalidInput.class);
    FrameworkSummary other = imported(freshCode());
    UUID foreign = catalogue.tree(other.id()).indicators().get(0).id();
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> {
                      administration.mapSuccessors(
                          old.id(), next.id(), Map.of(oldIndicators.get(0).id(), foreign));
                      return null;
                    }))
        .isInstanceOf(InvalidInput.class);
  }

  private FrameworkTree adopt(UUID id) {
    long version = catalogue.tree(id).rowVersion();
    as(
        SECRETARIAT,
        () -> {
          administration.adopt(id, version);
          return null;
        });
    FrameworkTree tree = catalogue.tree(id);
    assertThat(tree.status()).isEqualTo(FrameworkStatus.ADOPTED);
    return tree;
  }

  private void assertFrozen(Runnable change) {
    assertThatThrownBy(
            () ->
                as(
                    SECRETARIAT,
                    () -> {
                      change.run();
                      return null;
                    }))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("standards.framework.error.frozen"));
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from standards_indicator", Long.class);
  }

  private <T> T as(String user, Supplier<T> work) {
    return tenancy.asUser(user, work);
  }
}
