package eu.pharos.standards.cycle;

import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.InvalidInput;
import eu.pharos.standards.framework.FrameworkCatalogue;
import eu.pharos.standards.framework.FrameworkTree;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.FrameworkTree.StandardNode;
import eu.pharos.standards.framework.LocalText;
import eu.pharos.standards.framework.Scale;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's view across the network: a heatmap of members against the standards of a
 * framework (the latest findings where an evaluation report is complete, the self-assessment
 * otherwise), the indicators most often not met, and where every member stands in its cycle.
 *
 * <p>A framework is chosen by its code, which all its versions share; the columns are the standards
 * of its latest adopted version. Results of cycles run against an older version are placed by the
 * successor of each indicator where the secretariat mapped one, else by the code of its standard.
 */
@Service
@Transactional(readOnly = true)
public class NetworkOverview {

  /** A score from this share up counts as good. */
  public static final double GOOD = 0.8;

  /** A score from this share up (and below {@link #GOOD}) counts as partly there. */
  public static final double PARTIAL = 0.5;

  /** The most indicators a ranking lists. */
  public static final int MAX_LIMIT = 1000;

  /** How far a chain of successors is followed before it is taken for a loop. */
  private static final int MAX_SUCCESSION = 32;

  private final StandardsAccess access;
  private final CycleRepository cycles;
  private final RatingRepository ratings;
  private final FindingRepository findings;
  private final EvaluationRepository evaluations;
  private final DecisionRepository decisions;
  private final ImprovementActionRepository actions;
  private final FrameworkCatalogue catalogue;
  private final Organisations organisations;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ZoneId zone;

  NetworkOverview(
      StandardsAccess access,
      CycleRepository cycles,
      RatingRepository ratings,
      FindingRepository findings,
      EvaluationRepository evaluations,
      DecisionRepository decisions,
      ImprovementActionRepository actions,
      FrameworkCatalogue catalogue,
      Organisations organisations,
      JdbcTemplate jdbc,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.access = access;
    this.cycles = cycles;
    this.ratings = ratings;
    this.findings = findings;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.actions = actions;
    this.catalogue = catalogue;
    this.organisations = organisations;
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = zone;
  }

  // --- Views -------------------------------------------------------------------------------------

  /** A framework code to choose, with its latest adopted version. */
  public record FrameworkChoice(
      String code, UUID frameworkId, String version, LocalText name, boolean retired) {

    public String label(String language) {
      return name.in(language) + " " + version;
    }
  }

  /** Where a score comes from. */
  public enum Source {
    /** The evaluators' findings of a completed evaluation report. */
    FINDINGS,
    /** The member's own ratings, not yet checked by evaluators. */
    SELF_ASSESSMENT;

    public String messageKey() {
      return "standards.overview.source." + name();
    }
  }

  /** How a score reads at a glance. */
  public enum Band {
    GOOD,
    PARTIAL,
    WEAK,
    NONE;

    public static Band of(Double score) {
      if (score == null) {
        return NONE;
      }
      return score >= NetworkOverview.GOOD
          ? GOOD
          : score >= NetworkOverview.PARTIAL ? PARTIAL : WEAK;
    }

    public String messageKey() {
      return "standards.overview.band." + name();
    }

    /** The CSS class that colours a cell of this band (colour is never the only sign). */
    public String cssClass() {
      return "pharos-heat--" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A column of the heatmap: a standard of the framework's latest version. */
  public record Column(UUID standardId, String code, LocalText title) {}

  /**
   * One member's score for one standard, from its latest cycle on the framework.
   *
   * @param score the share from 0 to 1, or null when the cycle has nothing on the standard yet
   * @param percent the score as a whole percentage
   * @param indicators how many indicators the score rests on
   */
  public record Cell(
      String standardCode,
      Double score,
      Integer percent,
      Source source,
      Band band,
      int indicators,
      UUID cycleId,
      String cycleReference) {

    static Cell of(
        String standardCode,
        Double score,
        Source source,
        int indicators,
        UUID cycleId,
        String cycleReference) {
      return new Cell(
          standardCode,
          score,
          score == null ? null : (int) Math.round(score * 100),
          source,
          Band.of(score),
          indicators,
          cycleId,
          cycleReference);
    }

    public boolean empty() {
      return score == null;
    }

    public boolean selfAssessed() {
      return source == Source.SELF_ASSESSMENT;
    }
  }

  /** A member's row of the heatmap. */
  public record Row(
      UUID organisationId,
      String organisationName,
      String shortName,
      String countryCode,
      UUID cycleId,
      String cycleReference,
      String frameworkVersion,
      CycleStage stage,
      boolean reported,
      List<Cell> cells) {}

  /** Members against the standards of one framework. */
  public record Heatmap(
      String frameworkCode,
      UUID frameworkId,
      String frameworkVersion,
      LocalText frameworkName,
      List<FrameworkChoice> frameworks,
      List<Column> columns,
      List<Row> rows) {

    public boolean hasFramework() {
      return frameworkCode != null;
    }
  }

  /**
   * How often an indicator was found not met (and partly met) in members' latest completed
   * evaluations.
   *
   * @param frameworkVersion the version the indicator belongs to: the latest one, unless an older
   *     indicator has neither a successor nor a namesake in it
   */
  public record IndicatorCount(
      UUID indicatorId,
      String code,
      LocalText title,
      String standardCode,
      LocalText standardTitle,
      String frameworkVersion,
      int notMet,
      int partlyMet) {}

  /** The indicators most often not met, most first. */
  public record IndicatorRanking(
      String frameworkCode,
      UUID frameworkId,
      String frameworkVersion,
      LocalText frameworkName,
      List<FrameworkChoice> frameworks,
      int evaluatedMembers,
      List<IndicatorCount> indicators) {

    public boolean hasFramework() {
      return frameworkCode != null;
    }
  }

  /** The current accreditation of a member: its latest decision. */
  public record Accreditation(
      DecisionOutcome outcome,
      LocalDate validFrom,
      LocalDate validUntil,
      Instant decidedAt,
      String certificateCode,
      boolean expired) {}

  /** Where a member stands: its latest cycle (if any) and its current accreditation. */
  public record MemberStage(
      UUID organisationId,
      String organisationName,
      String shortName,
      String countryCode,
      UUID cycleId,
      String cycleReference,
      String frameworkCode,
      String frameworkVersion,
      LocalText frameworkName,
      CycleStage stage,
      boolean pilot,
      Instant openedAt,
      Instant submittedAt,
      Instant reportedAt,
      Instant decidedAt,
      Accreditation accreditation,
      int overdueActions) {

    public boolean hasCycle() {
      return cycleId != null;
    }

    /** The message key of the stage, or of "no cycle". */
    public String stageKey() {
      return stage == null ? "standards.overview.stage.none" : stage.messageKey();
    }
  }

  /** How many members are at a stage; {@code stage} null counts those without a cycle. */
  public record StageCount(CycleStage stage, int members) {

    public String messageKey() {
      return stage == null ? "standards.overview.stage.none" : stage.messageKey();
    }
  }

  /** Every member and where it stands, with counts by stage. */
  public record Stages(LocalDate today, List<StageCount> summary, List<MemberStage> members) {}

  // --- Framework choice --------------------------------------------------------------------------

  /**
   * The framework codes that have an adopted version, each with its latest one: codes with a
   * version in force first, then by when their latest version was adopted, newest first.
   */
  public List<FrameworkChoice> frameworks() {
    access.requireSecretariat();
    return choices();
  }

  private List<FrameworkChoice> choices() {
    record Version(UUID id, String code, boolean inForce, Instant adoptedAt) {}
    List<Version> versions =
        jdbc.query(
            "select id, code, status, adopted_at from standards_framework"
                + " where adopted_at is not null",
            (rs, n) ->
                new Version(
                    rs.getObject("id", UUID.class),
                    rs.getString("code"),
                    "ADOPTED".equals(rs.getString("status")),
                    instant(rs.getTimestamp("adopted_at"))));
    Comparator<Version> newestInForce =
        Comparator.comparing(Version::inForce)
            .thenComparing(Version::adoptedAt)
            .reversed()
            .thenComparing(Version::code);
    Map<String, Version> latest = new LinkedHashMap<>();
    versions.stream().sorted(newestInForce).forEach(v -> latest.putIfAbsent(v.code(), v));
    return latest.values().stream()
        .map(
            v -> {
              FrameworkTree tree = catalogue.tree(v.id());
              return new FrameworkChoice(
                  v.code(), v.id(), tree.version(), tree.name(), !v.inForce());
            })
        .toList();
  }

  /** The choice for {@code code}; blank means the default, the most recently adopted in force. */
  private Optional<FrameworkChoice> choose(String code, List<FrameworkChoice> choices) {
    if (code == null || code.isBlank()) {
      return choices.stream().findFirst();
    }
    String wanted = code.strip();
    return Optional.of(
        choices.stream()
            .filter(c -> c.code().equals(wanted))
            .findFirst()
            .orElseThrow(() -> InvalidInput.of("framework", "standards.overview.error.framework")));
  }

  // --- Heatmap -----------------------------------------------------------------------------------

  /**
   * Members that have a cycle on any version of the framework {@code frameworkCode} (blank for the
   * default), against the standards of its latest version, scored from each member's latest cycle.
   *
   * @throws InvalidInput on field "framework" for a code no adopted framework has
   */
  public Heatmap heatmap(String frameworkCode) {
    access.requireSecretariat();
    List<FrameworkChoice> choices = choices();
    FrameworkChoice choice = choose(frameworkCode, choices).orElse(null);
    if (choice == null) {
      return new Heatmap(null, null, null, LocalText.EMPTY, choices, List.of(), List.of());
    }
    FrameworkTree latest = catalogue.tree(choice.frameworkId());
    List<Column> columns =
        latest.standards().stream().map(s -> new Column(s.id(), s.code(), s.title())).toList();
    Placement placement = new Placement(latest);
    Map<UUID, OrganisationView> orgs = organisationsById();
    List<Row> rows = new ArrayList<>();
    for (Cycle cycle : latestCycles(cyclesOf(choice.code()), c -> true).values()) {
      OrganisationView org = orgs.get(cycle.organisationId());
      FrameworkTree own = catalogue.tree(cycle.frameworkId());
      boolean reported = reported(cycle);
      rows.add(
          new Row(
              cycle.organisationId(),
              org == null ? "" : org.name(),
              org == null ? "" : org.shortName(),
              org == null ? "" : org.countryCode(),
              cycle.id(),
              cycle.reference(),
              own.version(),
              cycle.stage(),
              reported,
              cells(cycle, own, latest, reported, placement)));
    }
    rows.sort(
        Comparator.comparing(Row::organisationName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Row::organisationId));
    return new Heatmap(
        choice.code(),
        latest.id(),
        latest.version(),
        latest.name(),
        choices,
        columns,
        List.copyOf(rows));
  }

  private List<Cell> cells(
      Cycle cycle, FrameworkTree own, FrameworkTree latest, boolean reported, Placement placement) {
    Map<UUID, Share> found = new HashMap<>();
    if (reported) {
      for (Finding finding : findings.findByCycleId(cycle.id())) {
        StandardNode standard = placement.standardOf(own, finding.indicatorId());
        if (standard != null && finding.result() != null) {
          found.computeIfAbsent(standard.id(), id -> new Share()).add(weight(finding.result()));
        }
      }
    }
    Map<UUID, Share> rated = new HashMap<>();
    // A self-assessment is the member's own until it is submitted, as SelfAssessments shows it.
    List<Rating> submitted =
        cycle.stage() == CycleStage.SELF_ASSESSMENT ? List.of() : ratings.findByCycleId(cycle.id());
    for (Rating rating : submitted) {
      if (!rating.rated()) {
        continue;
      }
      IndicatorNode indicator = own.indicator(rating.indicatorId()).orElse(null);
      StandardNode standard = placement.standardOf(own, rating.indicatorId());
      if (indicator == null || standard == null) {
        continue;
      }
      int top = scale(own, indicator.scaleCode()).map(Scale::top).orElse(0);
      if (top > 0) {
        double share = Math.max(0, Math.min(1, rating.rating() / (double) top));
        rated.computeIfAbsent(standard.id(), id -> new Share()).add(share);
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (StandardNode standard : latest.standards()) {
      Share findingShare = found.get(standard.id());
      Share ratingShare = rated.get(standard.id());
      if (findingShare != null) {
        cells.add(cell(standard, findingShare, Source.FINDINGS, cycle));
      } else if (ratingShare != null) {
        cells.add(cell(standard, ratingShare, Source.SELF_ASSESSMENT, cycle));
      } else {
        cells.add(Cell.of(standard.code(), null, null, 0, cycle.id(), cycle.reference()));
      }
    }
    return List.copyOf(cells);
  }

  private static Cell cell(StandardNode standard, Share share, Source source, Cycle cycle) {
    double score = share.mean();
    return Cell.of(standard.code(), score, source, share.count, cycle.id(), cycle.reference());
  }

  private static double weight(FindingResult result) {
    return switch (result) {
      case MET -> 1.0;
      case PARTLY_MET -> 0.5;
      case NOT_MET -> 0.0;
    };
  }

  private static Optional<Scale> scale(FrameworkTree tree, String code) {
    return tree.scales().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** A running mean. */
  private static final class Share {
    private double sum;
    private int count;

    void add(double value) {
      sum += value;
      count++;
    }

    double mean() {
      return count == 0 ? 0 : sum / count;
    }
  }

  // --- Indicators most often not met -------------------------------------------------------------

  /**
   * Indicators ranked by how many members' latest completed evaluations on the framework found them
   * not met, then partly met; only indicators found so at least once.
   *
   * @param limit 1 to {@link #MAX_LIMIT}
   * @throws InvalidInput on "framework" for an unknown code, on "limit" for a limit out of range
   */
  public IndicatorRanking mostOftenNotMet(String frameworkCode, int limit) {
    access.requireSecretariat();
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInput.of("limit", "standards.overview.error.limit");
    }
    List<FrameworkChoice> choices = choices();
    FrameworkChoice choice = choose(frameworkCode, choices).orElse(null);
    if (choice == null) {
      return new IndicatorRanking(null, null, null, LocalText.EMPTY, choices, 0, List.of());
    }
    FrameworkTree latest = catalogue.tree(choice.frameworkId());
    Placement placement = new Placement(latest);
    Map<UUID, Cycle> evaluated = latestCycles(cyclesOf(choice.code()), this::reported);

    record Key(UUID indicatorId, FrameworkTree tree) {}
    Map<UUID, Key> keys = new LinkedHashMap<>();
    Map<UUID, Map<UUID, FindingResult>> worstByIndicator = new HashMap<>();
    for (Cycle cycle : evaluated.values()) {
      FrameworkTree own = catalogue.tree(cycle.frameworkId());
      for (Finding finding : findings.findByCycleId(cycle.id())) {
        if (finding.result() == null || finding.result() == FindingResult.MET) {
          continue;
        }
        UUID target = placement.indicatorOf(own, finding.indicatorId());
        FrameworkTree tree = latest;
        if (target == null) {
          target = finding.indicatorId();
          tree = own;
        }
        keys.putIfAbsent(target, new Key(target, tree));
        worstByIndicator
            .computeIfAbsent(target, id -> new HashMap<>())
            .merge(cycle.organisationId(), finding.result(), NetworkOverview::worse);
      }
    }
    List<IndicatorCount> counts = new ArrayList<>();
    for (Key key : keys.values()) {
      IndicatorNode indicator = key.tree().indicator(key.indicatorId()).orElse(null);
      if (indicator == null) {
        continue;
      }
      StandardNode standard = key.tree().standardOf(indicator).orElse(null);
      Map<UUID, FindingResult> byMember = worstByIndicator.get(key.indicatorId());
      int notMet = (int) byMember.values().stream().filter(r -> r == FindingResult.NOT_MET).count();
      int partly =
          (int) byMember.values().stream().filter(r -> r == FindingResult.PARTLY_MET).count();
      counts.add(
          new IndicatorCount(
              indicator.id(),
              indicator.code(),
              indicator.title(),
              standard == null ? "" : standard.code(),
              standard == null ? LocalText.EMPTY : standard.title(),
              key.tree().version(),
              notMet,
              partly));
    }
    counts.sort(
        Comparator.comparingInt(IndicatorCount::notMet)
            .thenComparingInt(IndicatorCount::partlyMet)
            .reversed()
            .thenComparing(IndicatorCount::code, NetworkOverview::compareCodes)
            .thenComparing(IndicatorCount::frameworkVersion));
    return new IndicatorRanking(
        choice.code(),
        latest.id(),
        latest.version(),
        latest.name(),
        choices,
        evaluated.size(),
        List.copyOf(counts.subList(0, Math.min(limit, counts.size()))));
  }

  private static FindingResult worse(FindingResult a, FindingResult b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Compares codes such as "1.10" and "1.9" part by part, numbers as numbers. */
  static int compareCodes(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order;
      if (left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")) {
        order = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
      } else {
        order = left[i].compareTo(right[i]);
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  // --- Stages ------------------------------------------------------------------------------------

  /**
   * Every member organisation with its latest cycle (on any framework), its current accreditation
   * and its overdue improvement actions, and how many members are at each stage.
   */
  public Stages stages() {
    access.requireSecretariat();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Map<UUID, Cycle> latest = latestCycles(cycles.findAllByOrderByOpenedAtDesc(), c -> true);
    List<OrganisationView> members =
        organisations.all().stream()
            .filter(org -> org.kind() == OrganisationKind.MEMBER)
            .sorted(
                Comparator.comparing(OrganisationView::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(OrganisationView::id))
            .toList();
    Map<CycleStage, Integer> byStage = new EnumMap<>(CycleStage.class);
    int withoutCycle = 0;
    List<MemberStage> rows = new ArrayList<>();
    for (OrganisationView org : members) {
      Cycle cycle = latest.get(org.id());
      Accreditation accreditation =
          decisions.findByOrganisationIdOrderByDecidedAtDesc(org.id()).stream()
              .findFirst()
              .map(
                  d ->
                      new Accreditation(
                          d.outcome(),
                          d.validFrom(),
                          d.validUntil(),
                          d.decidedAt(),
                          d.certificateCode(),
                          d.validUntil() != null && d.validUntil().isBefore(today)))
              .orElse(null);
      if (cycle == null) {
        withoutCycle++;
        rows.add(
            new MemberStage(
                org.id(),
                org.name(),
                org.shortName(),
                org.countryCode(),
                null,
                null,
                null,
                null,
                LocalText.EMPTY,
                null,
                false,
                null,
                null,
                null,
                null,
                accreditation,
                0));
        continue;
      }
      byStage.merge(cycle.stage(), 1, Integer::sum);
      FrameworkTree framework = catalogue.tree(cycle.frameworkId());
      int overdue =
          (int)
              actions.findByCycleIdOrderByDueOnAscCreatedAtAsc(cycle.id()).stream()
                  .filter(a -> a.overdue(today))
                  .count();
      rows.add(
          new MemberStage(
              org.id(),
              org.name(),
              org.shortName(),
              org.countryCode(),
              cycle.id(),
              cycle.reference(),
              framework.code(),
              framework.version(),
              framework.name(),
              cycle.stage(),
              cycle.pilot(),
              cycle.openedAt(),
              cycle.submittedAt(),
              cycle.reportedAt(),
              cycle.decidedAt(),
              accreditation,
              overdue));
    }
    List<StageCount> summary = new ArrayList<>();
    for (CycleStage stage : CycleStage.values()) {
      summary.add(new StageCount(stage, byStage.getOrDefault(stage, 0)));
    }
    summary.add(new StageCount(null, withoutCycle));
    return new Stages(today, List.copyOf(summary), List.copyOf(rows));
  }

  // --- Shared ------------------------------------------------------------------------------------

  /** Cycles on any version of the framework {@code code}, newest first. */
  private List<Cycle> cyclesOf(String code) {
    Set<UUID> versions =
        new HashSet<>(
            jdbc.queryForList(
                "select id from standards_framework where code = ?", UUID.class, code));
    return cycles.findAllByOrderByOpenedAtDesc().stream()
        .filter(c -> versions.contains(c.frameworkId()))
        .toList();
  }

  /** Each organisation's newest cycle among {@code newestFirst} that passes {@code filter}. */
  private static Map<UUID, Cycle> latestCycles(
      List<Cycle> newestFirst, java.util.function.Predicate<Cycle> filter) {
    Map<UUID, Cycle> latest = new LinkedHashMap<>();
    newestFirst.stream()
        .sorted(Comparator.comparing(Cycle::openedAt).thenComparing(Cycle::reference).reversed())
        .filter(filter)
        .forEach(c -> latest.putIfAbsent(c.organisationId(), c));
    return latest;
  }

  private boolean reported(Cycle cycle) {
    return evaluations.findById(cycle.id()).map(Evaluation::completed).orElse(false);
  }

  private Map<UUID, OrganisationView> organisationsById() {
    return organisations.all().stream()
        .collect(Collectors.toMap(OrganisationView::id, Function.identity(), (a, b) -> a));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
  }

  /**
   * Where an indicator of any version of a framework belongs in its latest version: its successor
   * (followed through every version) where one is mapped, else the standard with its standard's
   * code.
   */
  private final class Placement {

    private final FrameworkTree latest;
    private final Map<UUID, IndicatorNode> latestIndicators;
    private final Map<String, StandardNode> latestStandards;
    private final Map<String, IndicatorNode> latestByCode;
    private final Map<UUID, Optional<UUID>> successors = new HashMap<>();

    Placement(FrameworkTree latest) {
      this.latest = latest;
      this.latestIndicators =
          latest.indicators().stream()
              .collect(Collectors.toMap(IndicatorNode::id, Function.identity()));
      this.latestStandards =
          latest.standards().stream()
              .collect(Collectors.toMap(StandardNode::code, Function.identity(), (a, b) -> a));
      this.latestByCode =
          latest.indicators().stream()
              .collect(Collectors.toMap(IndicatorNode::code, Function.identity(), (a, b) -> a));
    }

    /** The latest version's standard an indicator of {@code own} counts towards, or null. */
    StandardNode standardOf(FrameworkTree own, UUID indicatorId) {
      UUID successor = successor(indicatorId);
      if (successor != null) {
        return latest.standard(latestIndicators.get(successor).standardId()).orElse(null);
      }
      return own.indicator(indicatorId)
          .flatMap(own::standardOf)
          .map(standard -> latestStandards.get(standard.code()))
          .orElse(null);
    }

    /**
     * The latest version's indicator for an indicator of {@code own}: itself, its successor, else
     * the indicator with the same code; null when there is none.
     */
    UUID indicatorOf(FrameworkTree own, UUID indicatorId) {
      UUID successor = successor(indicatorId);
      if (successor != null) {
        return successor;
      }
      return own.indicator(indicatorId)
          .map(indicator -> latestByCode.get(indicator.code()))
          .map(IndicatorNode::id)
          .orElse(null);
    }

    /** {@code indicatorId} itself if in the latest version, else its mapped successor there. */
    private UUID successor(UUID indicatorId) {
      UUID current = indicatorId;
      for (int step = 0; step < MAX_SUCCESSION && current != null; step++) {
        if (latestIndicators.containsKey(current)) {
          return current;
        }
        current = successors.computeIfAbsent(current, catalogue::successorOf).orElse(null);
      }
      return null;
    }
  }
}
