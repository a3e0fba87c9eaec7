package eu.pharos.standards.cycle;

import eu.pharos.identity.UserView;
import eu.pharos.platform.FileRejected;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.Notifications;
import eu.pharos.platform.StoredFileView;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.standards.CycleStageChanged;
import eu.pharos.standards.cycle.SelfAssessmentView.CriterionAssessment;
import eu.pharos.standards.cycle.SelfAssessmentView.EvidenceView;
import eu.pharos.standards.cycle.SelfAssessmentView.IndicatorAssessment;
import eu.pharos.standards.cycle.SelfAssessmentView.Progress;
import eu.pharos.standards.cycle.SelfAssessmentView.StandardAssessment;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.FrameworkTree.StandardNode;
import eu.pharos.standards.framework.Scale;
import eu.pharos.standards.framework.ScaleLevel;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The member's self-assessment: a rating and a narrative per indicator, evidence (files and links),
 * the progress made, and the submission to the network.
 *
 * <p>Each indicator's rating has its own version, so that colleagues working on different
 * indicators at once never overwrite each other, and one saving over a colleague's newer rating of
 * the same indicator is told ({@link ConcurrentChange} with the saved rating). Every change locks
 * the cycle's row, so that nothing is added to a self-assessment once it is submitted.
 *
 * <p>Evidence files live in the member's file store. The secretariat and evaluators, once the
 * self-assessment is submitted, read them in the member's scope; that scope applies to a new
 * transaction only, so file records and people's names are looked up after the transaction that
 * reads the cycle.
 */
@Service
public class SelfAssessments {

  public static final int NARRATIVE_MAX = 10_000;
  public static final int TITLE_MAX = 300;
  public static final int URL_MAX = 2_000;

  private final StandardsAccess access;
  private final Cycles cycles;
  private final RatingRepository ratings;
  private final EvidenceRepository evidence;
  private final FrameworkCatalogue catalogue;
  private final FileStore files;
  private final StandardsPeople people;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final TransactionTemplate transactions;
  private final TransactionTemplate readOnly;
  private final Clock clock;
  private final ZoneId zone;

  SelfAssessments(
      StandardsAccess access,
      Cycles cycles,
      RatingRepository ratings,
      EvidenceRepository evidence,
      FrameworkCatalogue catalogue,
      FileStore files,
      StandardsPeople people,
      Notifications notifications,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      TransactionTemplate transactions,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.access = access;
    this.cycles = cycles;
    this.ratings = ratings;
    this.evidence = evidence;
    this.catalogue = catalogue;
    this.files = files;
    this.people = people;
    this.notifications = notifications;
    this.events = events;
    this.entityManager = entityManager;
    this.transactions = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
    this.readOnly.setReadOnly(true);
    this.clock = clock;
    this.zone = zone;
  }

  // --- Reading
  // ------------------------------------------------------------------------------------

  /**
   * The whole self-assessment as the caller may see it.
   *
   * @throws CycleNotFound for a cycle the caller does not take part in
   */
  public SelfAssessmentView view(UUID cycleId) {
    Read read = readOnly.execute(status -> read(access.read(cycleId)));
    return assemble(read);
  }

  /**
   * An evidence file, for anyone who may see the self-assessment's content.
   *
   * @throws CycleNotFound for an unknown evidence, a link, evidence of another cycle, or a caller
   *     who may not see the content yet
   */
  public EvidenceDownload openEvidenceFile(UUID cycleId, UUID evidenceId) {
    Evidence found =
        readOnly.execute(
            status -> {
              StandardsAccess.Access access = this.access.read(cycleId);
              if (!contentVisible(access)) {
                throw CycleNotFound.forId(cycleId);
              }
              return evidenceOf(access.cycle(), evidenceId);
            });
    if (found.kind() != EvidenceKind.FILE) {
      throw CycleNotFound.forId(evidenceId);
    }
    UUID organisationId = organisationOf(cycleId);
    return TenantContext.runAs(
        organisationId,
        () -> {
          StoredFileView file =
              files.find(found.fileId()).orElseThrow(() -> CycleNotFound.forId(evidenceId));
          return new EvidenceDownload(
              file.name(), file.contentType(), file.size(), files.open(file.id()));
        });
  }

  // --- The member's changes
  // -----------------------------------------------------------------------

  /**
   * Saves the rating and narrative of one indicator; no other indicator is touched.
   *
   * @param rating a level of the indicator's scale, or null to leave it unrated for now
   * @param version the version the change starts from ({@link IndicatorAssessment#version()}); -1
   *     or 0 for the first rating
   * @return the indicator as saved
   * @throws ConcurrentChange when a colleague saved the indicator since; carries the saved {@link
   *     IndicatorAssessment}
   * @throws InvalidInput for a level outside the scale, a narrative too long, or a cycle past its
   *     self-assessment
   * @throws CycleNotFound for an indicator not of the cycle's framework
   */
  public IndicatorAssessment rate(
      UUID cycleId, UUID indicatorId, Integer rating, String narrative, long version) {
    Long stale =
        transactions.execute(
            status -> {
              StandardsAccess.Access access = changeAsMember(cycleId);
              IndicatorNode indicator = indicatorOf(access.cycle(), indicatorId);
              Scale scale =
                  catalogue.tree(access.cycle().frameworkId()).scale(indicator.scaleCode());
              List<InvalidInput.Problem> problems = new ArrayList<>();
              if (rating != null && !scale.allows(rating)) {
                problems.add(
                    InvalidInput.Problem.of("rating", "standards.assessment.error.rating"));
              }
              if (narrative != null && narrative.strip().length() > NARRATIVE_MAX) {
                problems.add(
                    InvalidInput.Problem.of(
                        "narrative", "standards.assessment.error.narrative-long", NARRATIVE_MAX));
              }
              if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
              }
              Rating saved =
                  ratings.findById(new CycleIndicator(cycleId, indicatorId)).orElse(null);
              Instant now = clock.instant();
              if (saved == null) {
                if (version > 0) {
                  return -1L;
                }
                Rating fresh = new Rating(cycleId, indicatorId);
                fresh.record(rating, narrative, now, access.userId());
                entityManager.persist(fresh);
              } else {
                if (saved.rowVersion() != version) {
                  return saved.rowVersion();
                }
                saved.record(rating, narrative, now, access.userId());
              }
              entityManager.flush();
              return null;
            });
    IndicatorAssessment current = indicatorNow(cycleId, indicatorId);
    if (stale != null) {
      // Nothing was saved: the caller sees the saved rating beside their own.
      throw new ConcurrentChange(stale, current);
    }
    return current;
  }

  /**
   * Adds a link as evidence of one indicator.
   *
   * @throws InvalidInput for a missing or too long title, or an address that is not http(s)
   */
  public EvidenceView addLink(UUID cycleId, UUID indicatorId, String title, String url) {
    UUID id =
        transactions.execute(
            status -> {
              StandardsAccess.Access access = changeAsMember(cycleId);
              indicatorOf(access.cycle(), indicatorId);
              List<InvalidInput.Problem> problems = new ArrayList<>();
              String cleanTitle = title(title, true, problems);
              String cleanUrl = url(url, problems);
              if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
              }
              Evidence link =
                  Evidence.link(
                      cycleId, indicatorId, cleanTitle, cleanUrl, clock.instant(), access.userId());
              evidence.save(link);
              return link.id();
            });
    return evidenceNow(cycleId, id);
  }

  /**
   * Adds a file as evidence of one indicator, stored in the member's file store. Reads and closes
   * {@code content}. Without a title, the file's name is the title.
   *
   * @throws FileRejected for an empty file, one too large or of a type not allowed: nothing stored
   * @throws InvalidInput for a title too long
   */
  public EvidenceView addFile(
      UUID cycleId, UUID indicatorId, String title, String fileName, InputStream content) {
    if (content == null) {
      throw FileRejected.empty();
    }
    UUID id;
    try (content) {
      id =
          transactions.execute(
              status -> {
                StandardsAccess.Access access = changeAsMember(cycleId);
                indicatorOf(access.cycle(), indicatorId);
                List<InvalidInput.Problem> problems = new ArrayList<>();
                String cleanTitle = title(title, false, problems);
                if (!problems.isEmpty()) {
                  throw new InvalidInput(problems);
                }
                StoredFileView stored =
                    TenantContext.runAs(
                        access.cycle().organisationId(), () -> files.store(fileName, content));
                Evidence file =
                    Evidence.file(
                        cycleId,
                        indicatorId,
                        cleanTitle.isEmpty() ? shorten(stored.name()) : cleanTitle,
                        stored.id(),
                        clock.instant(),
                        access.userId());
                evidence.save(file);
                return file.id();
              });
    } catch (IOException closing) {
      throw new UncheckedIOException(closing);
    }
    return evidenceNow(cycleId, id);
  }

  /**
   * Removes a piece of evidence, and its file.
   *
   * @throws CycleNotFound for evidence of another cycle
   */
  public void removeEvidence(UUID cycleId, UUID evidenceId) {
    transactions.executeWithoutResult(
        status -> {
          StandardsAccess.Access access = changeAsMember(cycleId);
          Evidence found = evidenceOf(access.cycle(), evidenceId);
          evidence.delete(found);
          if (found.kind() == EvidenceKind.FILE) {
            files.delete(found.fileId());
          }
        });
  }

  /**
   * Submits the self-assessment to the network, which tells the secretariat.
   *
   * @param cycleVersion the cycle's version the member saw
   * @throws InvalidInput naming each required indicator still unrated (the field is the indicator's
   *     id, the message names its code)
   * @throws ConcurrentChange when the cycle changed since
   */
  public CycleSummary submit(UUID cycleId, long cycleVersion) {
    CycleSummary submitted =
        transactions.execute(
            status -> {
              StandardsAccess.Access access = changeAsMember(cycleId);
              Cycle cycle = access.cycle();
              if (cycle.rowVersion() != cycleVersion) {
                throw new ConcurrentChange(cycle.rowVersion(), cycles.summary(access));
              }
              FrameworkTree framework = catalogue.tree(cycle.frameworkId());
              Map<UUID, Rating> saved = ratingsOf(cycleId);
              List<InvalidInput.Problem> problems = new ArrayList<>();
              for (IndicatorNode indicator : framework.indicators()) {
                Rating rating = saved.get(indicator.id());
                if (indicator.required() && (rating == null || !rating.rated())) {
                  problems.add(
                      InvalidInput.Problem.of(
                          indicator.id().toString(),
                          "standards.assessment.error.unrated",
                          indicator.code(),
                          indicator.title().in(framework.languages().get(0))));
                }
              }
              if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
              }
              Instant now = clock.instant();
              cycle.submit(now, access.userId());
              entityManager.flush();
              events.publishEvent(
                  new CycleStageChanged(
                      cycle.id(), cycle.organisationId(), cycle.stage().name(), now));
              return cycles.summary(access);
            });
    // People of other organisations are looked up in their own scope, outside the transaction.
    String link = "/app/standards/cycles/" + cycleId + "/self-assessment";
    for (UserView user : people.secretariat()) {
      notifications.notify(
          user.id(),
          "standards.assessment.notice.submitted",
          List.of(submitted.organisationName(), submitted.reference()),
          link);
    }
    return submitted;
  }

  // --- Inside ------------------------------------------------------------------------------------

  /** What one read transaction gathers; names and file records are added after it. */
  private record Read(
      CycleSummary summary,
      boolean contentVisible,
      boolean editable,
      FrameworkTree framework,
      Map<UUID, Rating> ratings,
      List<Evidence> evidence) {}

  private Read read(StandardsAccess.Access access) {
    Cycle cycle = access.cycle();
    boolean visible = contentVisible(access);
    boolean editable = access.is(Party.MEMBER) && cycle.stage() == CycleStage.SELF_ASSESSMENT;
    List<Evidence> all = visible ? evidence.findByCycleIdOrderByAddedAt(cycle.id()) : List.of();
    Map<UUID, Rating> saved = ratingsOf(cycle.id());
    return new Read(
        cycles.summary(access), visible, editable, catalogue.tree(cycle.frameworkId()), saved, all);
  }

  private SelfAssessmentView assemble(Read read) {
    CycleSummary cycle = read.summary();
    FrameworkTree framework = read.framework();
    Names names = new Names(cycle.organisationId());
    Map<UUID, StoredFileView> stored = storedFiles(cycle.organisationId(), read.evidence());
    Map<UUID, List<EvidenceView>> evidenceByIndicator =
        read.evidence().stream()
            .map(e -> evidenceView(e, e.fileId() == null ? null : stored.get(e.fileId()), names))
            .collect(Collectors.groupingBy(EvidenceView::indicatorId));
    List<StandardAssessment> standards = new ArrayList<>();
    int rated = 0;
    int total = 0;
    int requiredUnrated = 0;
    for (StandardNode standard : framework.standards()) {
      int standardRated = 0;
      int standardUnrated = 0;
      List<CriterionAssessment> criteria = new ArrayList<>();
      for (var criterion : standard.criteria()) {
        List<IndicatorAssessment> indicators = new ArrayList<>();
        for (IndicatorNode node : criterion.indicators()) {
          Rating rating = read.ratings().get(node.id());
          boolean isRated = rating != null && rating.rated();
          if (isRated) {
            standardRated++;
          } else if (node.required()) {
            standardUnrated++;
          }
          if (read.contentVisible()) {
            indicators.add(
                indicatorView(
                    framework,
                    node,
                    rating,
                    evidenceByIndicator.getOrDefault(node.id(), List.of()),
                    names));
          }
        }
        if (read.contentVisible()) {
          criteria.add(
              new CriterionAssessment(
                  criterion.id(), criterion.code(), criterion.title(), indicators));
        }
      }
      int count = standard.indicators().size();
      standards.add(
          new StandardAssessment(
              standard.id(),
              standard.code(),
              standard.title(),
              standard.description(),
              criteria,
              new Progress(standardRated, count, standardUnrated)));
      rated += standardRated;
      total += count;
      requiredUnrated += standardUnrated;
    }
    boolean overdue =
        cycle.stage() == CycleStage.SELF_ASSESSMENT
            && cycle.selfAssessmentDue() != null
            && LocalDate.ofInstant(clock.instant(), zone).isAfter(cycle.selfAssessmentDue());
    return new SelfAssessmentView(
        cycle,
        framework.languages(),
        read.contentVisible(),
        read.editable(),
        overdue,
        standards,
        new Progress(rated, total, requiredUnrated));
  }

  private IndicatorAssessment indicatorView(
      FrameworkTree framework,
      IndicatorNode node,
      Rating rating,
      List<EvidenceView> evidence,
      Names names) {
    Scale scale = framework.scale(node.scaleCode());
    Integer value = rating == null ? null : rating.rating();
    ScaleLevel level = value == null ? null : scale.level(value).orElse(null);
    return new IndicatorAssessment(
        node.id(),
        node.code(),
        node.title(),
        node.guidance(),
        node.evidence(),
        node.required(),
        node.standardId(),
        scale,
        value,
        level,
        rating == null ? null : rating.narrative(),
        evidence,
        rating == null ? null : rating.updatedAt(),
        rating == null ? null : rating.updatedBy(),
        rating == null ? "" : names.of(rating.updatedBy()),
        rating == null ? -1 : rating.rowVersion());
  }

  private EvidenceView evidenceView(Evidence e, StoredFileView file, Names names) {
    return new EvidenceView(
        e.id(),
        e.indicatorId(),
        e.kind(),
        e.title(),
        e.url(),
        file == null ? "" : file.name(),
        file == null ? "" : file.contentType(),
        file == null ? 0 : file.size(),
        e.addedAt(),
        e.addedBy(),
        names.of(e.addedBy()));
  }

  /** One indicator as it now stands, read afresh after a change. */
  private IndicatorAssessment indicatorNow(UUID cycleId, UUID indicatorId) {
    return view(cycleId).indicator(indicatorId).orElseThrow(() -> CycleNotFound.forId(cycleId));
  }

  private EvidenceView evidenceNow(UUID cycleId, UUID evidenceId) {
    return view(cycleId).standards().stream()
        .flatMap(s -> s.criteria().stream())
        .flatMap(c -> c.indicators().stream())
        .flatMap(i -> i.evidence().stream())
        .filter(e -> e.id().equals(evidenceId))
        .findFirst()
        .orElseThrow(() -> CycleNotFound.forId(evidenceId));
  }

  private Map<UUID, StoredFileView> storedFiles(UUID organisationId, List<Evidence> all) {
    List<UUID> ids = all.stream().map(Evidence::fileId).filter(id -> id != null).toList();
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    return TenantContext.runAs(
        organisationId,
        () -> {
          Map<UUID, StoredFileView> found = new HashMap<>();
          for (UUID id : ids) {
            files.find(id).ifPresent(file -> found.put(id, file));
          }
          return found;
        });
  }

  private UUID organisationOf(UUID cycleId) {
    return readOnly.execute(status -> access.read(cycleId).cycle().organisationId());
  }

  private StandardsAccess.Access changeAsMember(UUID cycleId) {
    StandardsAccess.Access access = this.access.change(cycleId).require(Party.MEMBER);
    access.cycle().require(CycleStage.SELF_ASSESSMENT);
    return access;
  }

  private static boolean contentVisible(StandardsAccess.Access access) {
    return access.is(Party.MEMBER) || access.cycle().stage() != CycleStage.SELF_ASSESSMENT;
  }

  private IndicatorNode indicatorOf(Cycle cycle, UUID indicatorId) {
    return catalogue
        .tree(cycle.frameworkId())
        .indicator(indicatorId)
        .orElseThrow(() -> CycleNotFound.forId(indicatorId));
  }

  private Evidence evidenceOf(Cycle cycle, UUID evidenceId) {
    return (evidenceId == null ? Optional.<Evidence>empty() : evidence.findById(evidenceId))
        .filter(e -> e.cycleId().equals(cycle.id()))
        .orElseThrow(() -> CycleNotFound.forId(evidenceId));
  }

  private Map<UUID, Rating> ratingsOf(UUID cycleId) {
    return ratings.findByCycleId(cycleId).stream()
        .collect(Collectors.toMap(Rating::indicatorId, Function.identity()));
  }

  private static String title(String title, boolean required, List<InvalidInput.Problem> problems) {
    String clean = title == null ? "" : title.strip();
    if (clean.isEmpty() && required) {
      problems.add(InvalidInput.Problem.of("title", "standards.assessment.error.title-required"));
    } else if (clean.length() > TITLE_MAX) {
      problems.add(
          InvalidInput.Problem.of("title", "standards.assessment.error.title-long", TITLE_MAX));
    }
    return clean;
  }

  private static String url(String url, List<InvalidInput.Problem> problems) {
    String clean = url == null ? "" : url.strip();
    if (clean.isEmpty()) {
      problems.add(InvalidInput.Problem.of("url", "standards.assessment.error.url-required"));
      return clean;
    }
    if (clean.length() > URL_MAX) {
      problems.add(InvalidInput.Problem.of("url", "standards.assessment.error.url-long", URL_MAX));
      return clean;
    }
    try {
      URI uri = new URI(clean);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        problems.add(InvalidInput.Problem.of("url", "standards.assessment.error.url"));
      }
    } catch (URISyntaxException e) {
      problems.add(InvalidInput.Problem.of("url", "standards.assessment.error.url"));
    }
    return clean;
  }

  private static String shorten(String name) {
    return name.length() > TITLE_MAX ? name.substring(0, TITLE_MAX) : name;
  }

  /** Names of people, looked up once each: the member's staff first, then anyone's. */
  private final class Names {

    private final UUID organisationId;
    private final Map<UUID, String> known = new HashMap<>();

    Names(UUID organisationId) {
      this.organisationId = organisationId;
    }

    String of(UUID userId) {
      if (userId == null) {
        return "";
      }
      return known.computeIfAbsent(
          userId,
          id ->
              people
                  .user(organisationId, id)
                  .map(UserView::displayName)
                  .orElseGet(() -> people.nameOf(id)));
    }
  }
}
