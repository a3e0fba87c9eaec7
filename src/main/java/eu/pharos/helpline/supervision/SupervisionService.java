package eu.pharos.helpline.supervision;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseloadView;
import eu.pharos.helpline.OverdueItem;
import eu.pharos.helpline.QualityReviewNotFound;
import eu.pharos.helpline.QualityReviewView;
import eu.pharos.helpline.ReviewCriterion;
import eu.pharos.helpline.ReviewCriterion.Rating;
import eu.pharos.helpline.Supervision;
import eu.pharos.helpline.UnlinkedContacts;
import eu.pharos.helpline.internal.References;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserStatus;
import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision of one organisation: caseloads, overdue work, contacts waiting for a case, and
 * quality reviews of closed cases drawn at random. Reads the case and contact tables directly,
 * always within the caller's organisation.
 */
@Service
@Transactional(readOnly = true)
class SupervisionService implements Supervision {

  /** Supervisors; organisation administrators may look at the figures too, but not review. */
  static final String READERS = "hasAnyRole('SUPERVISOR', 'ORG_ADMIN')";

  static final String SUPERVISORS = "hasRole('SUPERVISOR')";

  private static final String COMMENT_COLUMN = "helpline_quality_review.comment_sealed:";

  private final WorkloadQueries workload;
  private final ReviewStore store;
  private final References references;
  private final OrganisationTime time;
  private final Users users;
  private final PersonalDataCipher cipher;
  private final AuditLog audit;

  SupervisionService(
      WorkloadQueries workload,
      ReviewStore store,
      References references,
      OrganisationTime time,
      Users users,
      PersonalDataCipher cipher,
      AuditLog audit) {
    this.workload = workload;
    this.store = store;
    this.references = references;
    this.time = time;
    this.users = users;
    this.cipher = cipher;
    this.audit = audit;
  }

  @Override
  @PreAuthorize(READERS)
  public List<CaseloadView> caseloads() {
    UUID organisation = organisation();
    Instant now = time.now();
    LocalDate today = time.today(time.zone(organisation));
    Map<UUID, Integer> led = workload.openCasesLed(organisation);
    Map<UUID, Integer> team = workload.openCasesInTeam(organisation);
    Map<UUID, Integer> actions = workload.overdueActions(organisation, today);
    Map<UUID, Integer> followUps = workload.overdueFollowUps(organisation, now);
    Map<UUID, Integer> contacts =
        workload.contactsSince(organisation, now.minus(Duration.ofDays(7)));

    Map<UUID, String> names = new HashMap<>();
    Set<UUID> advisors = new LinkedHashSet<>();
    for (UserView user : users.inMyOrganisation()) {
      names.put(user.id(), user.displayName());
      boolean caseWorker =
          user.roles().contains(Role.ADVISOR) || user.roles().contains(Role.SUPERVISOR);
      if (caseWorker && user.status() == UserStatus.ACTIVE) {
        advisors.add(user.id());
      }
    }
    // Whoever carries work shows, even when no longer an active advisor.
    Stream.of(led, team, actions, followUps, contacts)
        .forEach(counts -> advisors.addAll(counts.keySet()));

    return advisors.stream()
        .map(
            id ->
                new CaseloadView(
                    id,
                    names.get(id),
                    led.getOrDefault(id, 0),
                    team.getOrDefault(id, 0),
                    actions.getOrDefault(id, 0),
                    followUps.getOrDefault(id, 0),
                    contacts.getOrDefault(id, 0)))
        .sorted(
            Comparator.comparingInt((CaseloadView c) -> c.openCasesLed() + c.openCasesInTeam())
                .reversed()
                .thenComparing(
                    Comparator.comparingInt(
                            (CaseloadView c) -> c.overdueActions() + c.overdueFollowUps())
                        .reversed())
                .thenComparing(
                    c -> c.advisorName() == null ? "\uffff" : c.advisorName(),
                    String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CaseloadView::advisorId))
        .toList();
  }

  @Override
  @PreAuthorize(READERS)
  public List<OverdueItem> overdue() {
    UUID organisation = organisation();
    ZoneId zone = time.zone(organisation);
    Map<UUID, String> names = names();
    List<WorkloadQueries.Overdue> items = new ArrayList<>();
    items.addAll(workload.overdueActionItems(organisation, time.today(zone), zone, OVERDUE_LIMIT));
    items.addAll(workload.overdueFollowUpItems(organisation, time.now(), OVERDUE_LIMIT));
    return items.stream()
        .sorted(
            Comparator.comparing(WorkloadQueries.Overdue::due)
                .thenComparing(WorkloadQueries.Overdue::caseReference)
                .thenComparing(WorkloadQueries.Overdue::id))
        .limit(OVERDUE_LIMIT)
        .map(
            o ->
                new OverdueItem(
                    o.kind(),
                    o.id(),
                    o.caseId(),
                    o.caseReference(),
                    o.ownerId(),
                    o.ownerId() == null ? null : names.get(o.ownerId()),
                    o.due()))
        .toList();
  }

  @Override
  @PreAuthorize(READERS)
  public UnlinkedContacts unlinkedContacts() {
    UUID organisation = organisation();
    Map<UUID, String> names = names();
    return new UnlinkedContacts(
        workload.unlinkedContactCount(organisation),
        workload.latestUnlinkedContacts(organisation, UNLINKED_SHOWN).stream()
            .map(
                c ->
                    new UnlinkedContacts.Contact(
                        c.id(),
                        c.channel(),
                        c.direction(),
                        c.startedAt(),
                        c.advisorId(),
                        c.advisorId() == null ? null : names.get(c.advisorId())))
            .toList());
  }

  @Override
  @Transactional
  @PreAuthorize(SUPERVISORS)
  public List<QualityReviewView> drawSample(int size, LocalDate closedFrom, LocalDate closedTo) {
    checkSample(size, closedFrom, closedTo);
    UUID organisation = organisation();
    ZoneId zone = time.zone(organisation);
    references.ensureSettings(organisation);
    store.lockDraws(organisation);

    UUID sampleId = UUID.randomUUID();
    Instant now = time.now();
    String keyId = cipher.currentKeyId();
    List<QualityReviewView> drawn = new ArrayList<>();
    for (ReviewStore.Candidate candidate :
        store.randomCandidates(
            organisation,
            closedFrom.atStartOfDay(zone).toInstant(),
            closedTo.plusDays(1).atStartOfDay(zone).toInstant(),
            size)) {
      UUID id = UUID.randomUUID();
      store.insertDrawn(id, organisation, candidate.caseId(), sampleId, keyId, now);
      drawn.add(
          new QualityReviewView(
              id,
              sampleId,
              candidate.caseId(),
              candidate.reference(),
              null,
              false,
              Map.of(),
              null,
              now,
              null,
              0));
    }
    audit.record(
        AuditRecord.of("helpline.review.sample-drawn", AuditOutcome.SUCCESS)
            .target("helpline.review-sample", sampleId)
            .detail(
                drawn.size()
                    + " of "
                    + size
                    + " closed cases drawn, closed from "
                    + closedFrom
                    + " to "
                    + closedTo));
    return drawn;
  }

  @Override
  @PreAuthorize(SUPERVISORS)
  public List<QualityReviewView> reviews() {
    UUID organisation = organisation();
    List<QualityReviewView> reviews =
        store.all(organisation).stream().map(row -> view(row, false)).toList();
    audit.record(
        AuditRecord.access("helpline.review-sample", "all")
            .detail(reviews.size() + " reviews listed"));
    return reviews;
  }

  @Override
  @PreAuthorize(SUPERVISORS)
  public QualityReviewView review(UUID reviewId) {
    QualityReviewView review = view(find(reviewId), true);
    audit.record(AuditRecord.access("helpline.review", reviewId));
    return review;
  }

  @Override
  @Transactional
  @PreAuthorize(SUPERVISORS)
  public QualityReviewView submitReview(
      UUID reviewId, Map<ReviewCriterion, Rating> ratings, String comment, long expectedVersion) {
    UUID organisation = organisation();
    ReviewStore.Row row = find(reviewId);
    if (row.version() != expectedVersion) {
      throw conflict(row);
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    checkReview(ratings, text);

    Instant now = time.now();
    boolean stored =
        store.review(
            organisation,
            reviewId,
            expectedVersion,
            actor(),
            ratings,
            cipher.seal(text, COMMENT_COLUMN + reviewId),
            cipher.currentKeyId(),
            now);
    if (!stored) {
      throw conflict(find(reviewId));
    }
    audit.record(
        AuditRecord.of("helpline.review.submitted", AuditOutcome.SUCCESS)
            .target("helpline.review", reviewId)
            .detail("case " + row.caseId() + ", sample " + row.sampleId()));
    return view(find(reviewId), true);
  }

  private ConcurrentChange conflict(ReviewStore.Row current) {
    audit.record(AuditRecord.access("helpline.review", current.id()));
    return new ConcurrentChange(current.version(), view(current, true));
  }

  private static void checkSample(int size, LocalDate closedFrom, LocalDate closedTo) {
    List<Problem> problems = new ArrayList<>();
    if (size < SAMPLE_MIN || size > SAMPLE_MAX) {
      problems.add(
          Problem.of("size", "helpline.supervision.sample.error.size", SAMPLE_MIN, SAMPLE_MAX));
    }
    if (closedFrom == null) {
      problems.add(Problem.of("closedFrom", "helpline.supervision.sample.error.fromMissing"));
    }
    if (closedTo == null) {
      problems.add(Problem.of("closedTo", "helpline.supervision.sample.error.toMissing"));
    }
    if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
      problems.add(Problem.of("closedTo", "helpline.supervision.sample.error.reversed"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void checkReview(Map<ReviewCriterion, Rating> ratings, String comment) {
    List<Problem> problems = new ArrayList<>();
    for (ReviewCriterion criterion : ReviewCriterion.values()) {
      if (ratings == null || ratings.get(criterion) == null) {
        problems.add(
            Problem.of(
                "ratings." + criterion.name(),
                "helpline.supervision.review.error.unrated",
                new DefaultMessageSourceResolvable(criterion.messageKey())));
      }
    }
    if (comment != null && comment.length() > COMMENT_MAX) {
      problems.add(
          Problem.of("comment", "helpline.supervision.review.error.commentTooLong", COMMENT_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private ReviewStore.Row find(UUID reviewId) {
    return store
        .find(organisation(), reviewId)
        .orElseThrow(() -> new QualityReviewNotFound(reviewId));
  }

  private QualityReviewView view(ReviewStore.Row row, boolean withComment) {
    return new QualityReviewView(
        row.id(),
        row.sampleId(),
        row.caseId(),
        row.caseReference(),
        row.reviewerId(),
        ReviewStore.DONE.equals(row.status()),
        row.ratings(),
        withComment ? cipher.open(row.commentSealed(), COMMENT_COLUMN + row.id()) : null,
        row.drawnAt(),
        row.reviewedAt(),
        row.version());
  }

  private Map<UUID, String> names() {
    Map<UUID, String> names = new HashMap<>();
    users.inMyOrganisation().forEach(user -> names.put(user.id(), user.displayName()));
    return names;
  }

  private static UUID organisation() {
    UUID organisation = TenantContext.current();
    if (organisation.equals(TenantContext.NOBODY) || organisation.equals(TenantContext.SYSTEM)) {
      throw new IllegalStateException("supervision works within one organisation");
    }
    return organisation;
  }

  private static UUID actor() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
