package eu.pharos.standards.framework;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.standards.framework.FrameworkEdits.CriterionChange;
import eu.pharos.standards.framework.FrameworkEdits.FrameworkTexts;
import eu.pharos.standards.framework.FrameworkEdits.IndicatorChange;
import eu.pharos.standards.framework.FrameworkEdits.StandardChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on frameworks: import and export as files, new versions, edits of a draft,
 * adoption and retirement, and the mapping of an old version's indicators to their successors.
 * Every change of a framework names the version it was made from; a stale one is a {@link
 * ConcurrentChange}. Adopted and retired frameworks refuse changes, so that cycles assessed against
 * them keep meaning what they meant.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')")
public class FrameworkAdministration {

  static final String ILLUSTRATIVE = "/standards/illustrative-framework.yaml";

  private final FrameworkRepository frameworks;
  private final IndicatorSuccessorRepository successors;
  private final FrameworkCatalogue catalogue;
  private final EntityManager entities;
  private final AuditLog audit;
  private final Clock clock;

  FrameworkAdministration(
      FrameworkRepository frameworks,
      IndicatorSuccessorRepository successors,
      FrameworkCatalogue catalogue,
      EntityManager entities,
      AuditLog audit,
      Clock clock) {
    this.frameworks = frameworks;
    this.successors = successors;
    this.catalogue = catalogue;
    this.entities = entities;
    this.audit = audit;
    this.clock = clock;
  }

  // --- files

  /**
   * Imports a framework file as a new draft.
   *
   * @throws FrameworkFileRefused with every problem of the file by line; nothing is stored
   * @throws InvalidInput {@code already-imported} when the framework's code and version exist
   */
  public FrameworkSummary importFile(byte[] content, FrameworkFormat format) {
    FrameworkFileRead read = FrameworkFiles.read(content, format);
    if (!read.ok()) {
      throw new FrameworkFileRefused(read.problems());
    }
    return importDocument(read.document().orElseThrow());
  }

  /** Imports the illustrative framework shipped with Pharos, so that a new installation can try. */
  public FrameworkSummary importIllustrative() {
    return importFile(illustrativeFile(), FrameworkFormat.YAML);
  }

  static byte[] illustrativeFile() {
    try (InputStream in = FrameworkAdministration.class.getResourceAsStream(ILLUSTRATIVE)) {
      return Objects.requireNonNull(in, ILLUSTRATIVE).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The framework as a file, which imports back into the same framework. */
  @Transactional(readOnly = true)
  public byte[] export(UUID id, FrameworkFormat format) {
    return FrameworkFiles.write(FrameworkFiles.document(catalogue.tree(id)), format);
  }

  private FrameworkSummary importDocument(FrameworkDocument document) {
    if (frameworks.findByCodeAndVersion(document.code(), document.version()).isPresent()) {
      throw alreadyImported(document.code(), document.version());
    }
    Instant now = clock.instant();
    Framework framework =
        new Framework(
            document.code(),
            document.version(),
            document.illustrative(),
            document.languages(),
            document.name(),
            document.description(),
            document.scales().stream().map(s -> new Scale(s.code(), s.levels())).toList(),
            null,
            now,
            currentUserId());
    for (StandardDocument standard : document.standards()) {
      Standard added =
          framework.addStandard(standard.code(), standard.title(), standard.description());
      for (CriterionDocument criterion : standard.criteria()) {
        Criterion addedCriterion = added.addCriterion(criterion.code(), criterion.title());
        for (IndicatorDocument i : criterion.indicators()) {
          addedCriterion.addIndicator(
              i.code(), i.title(), i.guidance(), i.evidence(), i.scale(), i.required());
        }
      }
    }
    try {
      frameworks.saveAndFlush(framework);
    } catch (DataIntegrityViolationException e) {
      // imported by someone else between the check and the insert
      throw alreadyImported(document.code(), document.version());
    }
    record("standards.framework.import", framework, document.code() + " " + document.version());
    return FrameworkCatalogue.summary(framework);
  }

  private static InvalidInput alreadyImported(String code, String version) {
    return InvalidInput.of("file", "standards.framework.error.already-imported", code, version);
  }

  // --- versions and status

  /**
   * A new draft version of a framework, a copy of {@code fromId} whose every indicator is mapped to
   * its copy as successor; the framework copied stays as it is.
   */
  public FrameworkSummary newVersion(UUID fromId, String version) {
    Framework from = find(fromId);
    String wanted = version == null ? "" : version.strip();
    if (wanted.isEmpty()) {
      throw InvalidInput.of("version", "standards.framework.error.version-required");
    }
    if (!FrameworkFileReader.VERSION.matcher(wanted).matches()) {
      throw InvalidInput.of("version", "standards.framework.error.version-syntax");
    }
    if (frameworks.findByCodeAndVersion(from.code(), wanted).isPresent()) {
      throw InvalidInput.of("version", "standards.framework.error.version-exists", wanted);
    }
    Instant now = clock.instant();
    UUID by = currentUserId();
    Framework copy =
        new Framework(
            from.code(),
            wanted,
            from.illustrative(),
            from.languages(),
            from.name(),
            from.description(),
            from.scales(),
            from.id(),
            now,
            by);
    Map<UUID, Indicator> copies = new LinkedHashMap<>();
    for (Standard standard : from.standards()) {
      Standard s = copy.addStandard(standard.code(), standard.title(), standard.description());
      for (Criterion criterion : standard.criteria()) {
        Criterion c = s.addCriterion(criterion.code(), criterion.title());
        for (Indicator i : criterion.indicators()) {
          copies.put(
              i.id(),
              c.addIndicator(
                  i.code(), i.title(), i.guidance(), i.evidence(), i.scaleCode(), i.required()));
        }
      }
    }
    try {
      frameworks.saveAndFlush(copy);
    } catch (DataIntegrityViolationException e) {
      throw InvalidInput.of("version", "standards.framework.error.version-exists", wanted);
    }
    copies.forEach((old, successor) -> map(old, successor.id(), now, by));
    record("standards.framework.new-version", copy, from.version() + " -> " + wanted);
    return FrameworkCatalogue.summary(copy);
  }

  /** Adopts a draft: from now on it is frozen and new cycles may use it. */
  public void adopt(UUID id, long version) {
    Framework framework = change(id, version);
    framework.adopt(clock.instant(), currentUserId());
    saved(framework);
    catalogue.forget(id);
    record("standards.framework.adopt", framework, framework.code() + " " + framework.version());
  }

  /** Retires an adopted framework: cycles under way keep it, new cycles no longer use it. */
  public void retire(UUID id, long version) {
    Framework framework = change(id, version);
    framework.retire(clock.instant(), currentUserId());
    saved(framework);
    catalogue.forget(id);
    record("standards.framework.retire", framework, framework.code() + " " + framework.version());
  }

  // --- edits of a draft

  public void editTexts(UUID id, long version, FrameworkTexts texts) {
    Framework framework = draft(id, version);
    String language = language(framework, texts.language());
    Problems problems = new Problems();
    String name = problems.text("name", texts.name(), FrameworkFileReader.MAX_NAME);
    String description =
        problems.text("description", texts.description(), FrameworkFileReader.MAX_LONG_TEXT);
    problems.original(framework, language, "name", name, framework.name());
    problems.throwIfAny();
    framework.rename(
        set(framework, framework.name(), language, name),
        set(framework, framework.description(), language, description));
    saved(framework);
  }

  public UUID addStandard(UUID id, long version, StandardChange change) {
    Framework framework = draft(id, version);
    String language = language(framework, change.language());
    Problems problems = new Problems();
    String code = problems.code(change.code(), codes(framework.standards(), Standard::code, null));
    String title = problems.text("title", change.title(), FrameworkFileReader.MAX_TITLE);
    String description =
        problems.text("description", change.description(), FrameworkFileReader.MAX_LONG_TEXT);
    problems.original(framework, language, "title", title, null);
    problems.throwIfAny();
    Standard standard =
        framework.addStandard(
            code,
            set(framework, LocalText.EMPTY, language, title),
            set(framework, LocalText.EMPTY, language, description));
    saved(framework);
    return standard.id();
  }

  public void editStandard(UUID id, long version, UUID standardId, StandardChange change) {
    Framework framework = draft(id, version);
    Standard standard = standard(framework, standardId);
    String language = language(framework, change.language());
    Problems problems = new Problems();
    String code =
        problems.code(change.code(), codes(framework.standards(), Standard::code, standard));
    String title = problems.text("title", change.title(), FrameworkFileReader.MAX_TITLE);
    String description =
        problems.text("description", change.description(), FrameworkFileReader.MAX_LONG_TEXT);
    problems.original(framework, language, "title", title, standard.title());
    problems.throwIfAny();
    standard.edit(
        code,
        set(framework, standard.title(), language, title),
        set(framework, standard.description(), language, description));
    saved(framework);
  }

  public void removeStandard(UUID id, long version, UUID standardId) {
    Framework framework = draft(id, version);
    framework.removeStandard(standard(framework, standardId));
    saved(framework);
  }

  public UUID addCriterion(UUID id, long version, UUID standardId, CriterionChange change) {
    Framework framework = draft(id, version);
    Standard standard = standard(framework, standardId);
    String language = language(framework, change.language());
    Problems problems = new Problems();
    String code = problems.code(change.code(), codes(criteria(framework), Criterion::code, null));
    String title = problems.text("title", change.title(), FrameworkFileReader.MAX_TITLE);
    problems.original(framework, language, "title", title, null);
    problems.throwIfAny();
    Criterion criterion =
        standard.addCriterion(code, set(framework, LocalText.EMPTY, language, title));
    saved(framework);
    return criterion.id();
  }

  public void editCriterion(UUID id, long version, UUID criterionId, CriterionChange change) {
    Framework framework = draft(id, version);
    Criterion criterion = criterion(framework, criterionId);
    String language = language(framework, change.language());
    Problems problems = new Problems();
    String code =
        problems.code(change.code(), codes(criteria(framework), Criterion::code, criterion));
    String title = problems.text("title", change.title(), FrameworkFileReader.MAX_TITLE);
    problems.original(framework, language, "title", title, criterion.title());
    problems.throwIfAny();
    criterion.edit(code, set(framework, criterion.title(), language, title));
    saved(framework);
  }

  public void removeCriterion(UUID id, long version, UUID criterionId) {
    Framework framework = draft(id, version);
    Criterion criterion = criterion(framework, criterionId);
    criterion.standard().removeCriterion(criterion);
    saved(framework);
  }

  public UUID addIndicator(UUID id, long version, UUID criterionId, IndicatorChange change) {
    Framework framework = draft(id, version);
    Criterion criterion = criterion(framework, criterionId);
    String language = language(framework, change.language());
    indicatorProblems(framework, language, change, null);
    Indicator indicator =
        criterion.addIndicator(
            change.code().strip(),
            set(framework, LocalText.EMPTY, language, change.title()),
            set(framework, LocalText.EMPTY, language, change.guidance()),
            set(framework, LocalText.EMPTY, language, change.evidence()),
            change.scale(),
            change.required());
    saved(framework);
    return indicator.id();
  }

  public void editIndicator(UUID id, long version, UUID indicatorId, IndicatorChange change) {
    Framework framework = draft(id, version);
    Indicator indicator = indicator(framework, indicatorId);
    String language = language(framework, change.language());
    indicatorProblems(framework, language, change, indicator);
    indicator.edit(
        change.code().strip(),
        set(framework, indicator.title(), language, change.title()),
        set(framework, indicator.guidance(), language, change.guidance()),
        set(framework, indicator.evidence(), language, change.evidence()),
        change.scale(),
        change.required());
    saved(framework);
  }

  public void removeIndicator(UUID id, long version, UUID indicatorId) {
    Framework framework = draft(id, version);
    Indicator indicator = indicator(framework, indicatorId);
    indicator.criterion().removeIndicator(indicator);
    saved(framework);
  }

  private void indicatorProblems(
      Framework framework, String language, IndicatorChange change, Indicator self) {
    Problems problems = new Problems();
    problems.code(change.code(), codes(framework.indicators(), Indicator::code, self));
    String title = problems.text("title", change.title(), FrameworkFileReader.MAX_TITLE);
    problems.text("guidance", change.guidance(), FrameworkFileReader.MAX_LONG_TEXT);
    problems.text("evidence", change.evidence(), FrameworkFileReader.MAX_LONG_TEXT);
    problems.original(framework, language, "title", title, self == null ? null : self.title());
    if (change.scale() == null || framework.scale(change.scale()).isEmpty()) {
      problems.add("scale", "standards.framework.error.scale");
    }
    problems.throwIfAny();
  }

  // --- successors

  /**
   * The successors mapped for the indicators of {@code id}: indicator → its successor in a newer
   * version.
   */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public Map<UUID, UUID> successors(UUID id) {
    List<UUID> indicators =
        catalogue.tree(id).indicators().stream().map(FrameworkTree.IndicatorNode::id).toList();
    Map<UUID, UUID> mapped = new HashMap<>();
    successors.findAllById(indicators).forEach(s -> mapped.put(s.indicatorId(), s.successorId()));
    return mapped;
  }

  /**
   * Maps indicators of {@code id} to their successors in {@code newerId}, a newer version of the
   * same framework; an indicator mapped to null loses its successor. The secretariat may change the
   * mapping at any time, whatever the status of either version.
   */
  public void mapSuccessors(UUID id, UUID newerId, Map<UUID, UUID> successorByIndicator) {
    Framework older = find(id);
    Framework newer = find(newerId);
    if (older.id().equals(newer.id())
        || !older.code().equals(newer.code())
        || !newer.createdAt().isAfter(older.createdAt())) {
      throw InvalidInput.of("newer", "standards.framework.error.not-newer");
    }
    FrameworkTree from = FrameworkCatalogue.tree(older);
    FrameworkTree to = FrameworkCatalogue.tree(newer);
    Instant now = clock.instant();
    UUID by = currentUserId();
    List<InvalidInput.Problem> problems = new ArrayList<>();
    successorByIndicator.forEach(
        (indicator, successor) -> {
          if (from.indicator(indicator).isEmpty()
              || (successor != null && to.indicator(successor).isEmpty())) {
            problems.add(
                InvalidInput.Problem.of(
                    "successor-" + indicator, "standards.framework.error.successor"));
          }
        });
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    successorByIndicator.forEach(
        (indicator, successor) -> {
          if (successor == null) {
            successors.findById(indicator).ifPresent(successors::delete);
          } else {
            map(indicator, successor, now, by);
          }
        });
    record("standards.framework.map-successors", older, older.version() + " -> " + newer.version());
  }

  private void map(UUID indicator, UUID successor, Instant now, UUID by) {
    IndicatorSuccessor existing = successors.findById(indicator).orElse(null);
    if (existing == null) {
      successors.save(new IndicatorSuccessor(indicator, successor, now, by));
    } else {
      existing.remap(successor, now, by);
    }
  }

  // --- helpers

  private Framework find(UUID id) {
    return (id == null ? java.util.Optional.<Framework>empty() : frameworks.findById(id))
        .orElseThrow(() -> FrameworkNotFound.forId(id));
  }

  /** The framework to change, as of the version the change was made from. */
  private Framework change(UUID id, long version) {
    Framework framework = find(id);
    if (framework.rowVersion() != version) {
      throw new ConcurrentChange(framework.rowVersion(), FrameworkCatalogue.tree(framework));
    }
    return framework;
  }

  private Framework draft(UUID id, long version) {
    Framework framework = change(id, version);
    framework.requireDraft();
    return framework;
  }

  /** Writes the change now, bumping the framework's version even when only an element changed. */
  private void saved(Framework framework) {
    framework.touch(clock.instant(), currentUserId());
    try {
      entities.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      entities.flush();
    } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
      throw new ConcurrentChange(framework.rowVersion() + 1, null);
    }
  }

  private static Standard standard(Framework framework, UUID id) {
    return framework.standards().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> FrameworkNotFound.forId(id));
  }

  private static List<Criterion> criteria(Framework framework) {
    return framework.standards().stream().flatMap(s -> s.criteria().stream()).toList();
  }

  private static Criterion criterion(Framework framework, UUID id) {
    return criteria(framework).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> FrameworkNotFound.forId(id));
  }

  private static Indicator indicator(Framework framework, UUID id) {
    return framework.indicators().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> FrameworkNotFound.forId(id));
  }

  private static <T> List<String> codes(List<T> items, Function<T, String> code, T except) {
    return items.stream().filter(i -> i != except).map(code).toList();
  }

  private static String language(Framework framework, String language) {
    if (language == null || language.isBlank()) {
      return framework.languages().get(0);
    }
    if (!framework.languages().contains(language)) {
      throw InvalidInput.of("language", "standards.framework.error.language", language);
    }
    return language;
  }

  /** {@code text} with {@code language} set, its languages kept in the framework's order. */
  private static LocalText set(Framework framework, LocalText text, String language, String value) {
    LocalText changed = (text == null ? LocalText.EMPTY : text).with(language, value);
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String each : framework.languages()) {
      if (changed.has(each)) {
        ordered.put(each, changed.texts().get(each));
      }
    }
    return LocalText.of(ordered);
  }

  private void record(String action, Framework framework, String detail) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .target("standards_framework", framework.id())
            .detail(detail));
  }

  private static UUID currentUserId() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }

  /** Problems of an edit, all found before any is reported. */
  private static final class Problems {
    private final List<InvalidInput.Problem> list = new ArrayList<>();

    void add(String field, String key, Object... args) {
      list.add(InvalidInput.Problem.of(field, key, args));
    }

    String code(String value, List<String> taken) {
      String code = value == null ? "" : value.strip();
      if (code.isEmpty()) {
        add("code", "standards.framework.error.code-required");
      } else if (!FrameworkFileReader.CODE.matcher(code).matches()) {
        add("code", "standards.framework.error.code-syntax");
      } else if (taken.contains(code)) {
        add("code", "standards.framework.error.code-taken", code);
      }
      return code;
    }

    String text(String field, String value, int max) {
      String text = value == null ? "" : value.strip();
      if (text.length() > max) {
        add(field, "standards.framework.error.too-long", max);
      }
      return text;
    }

    /**
     * The original language's text is required: given now when editing in that language, else
     * already there (an element added in another language first would have none).
     */
    void original(
        Framework framework, String language, String field, String text, LocalText existing) {
      String original = framework.languages().get(0);
      boolean missing =
          language.equals(original) ? text.isEmpty() : existing == null || !existing.has(original);
      if (missing) {
        add(field, "standards.framework.error.required-original", original);
      }
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new InvalidInput(list);
      }
    }
  }
}
