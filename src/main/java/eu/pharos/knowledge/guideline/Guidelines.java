package eu.pharos.knowledge.guideline;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.Standing;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidelines and common recommendations of a centre: members draft them in sections, comment on
 * them while they are in review, moderators adopt and publish them. Each entry into review and each
 * adoption freezes a numbered version; an adopted text is never changed again, a new version of it
 * is drafted instead.
 */
@Service
public class Guidelines {

  static final int TITLE_MAX = 200;
  static final int SUMMARY_MAX = 2000;
  static final int HEADING_MAX = 200;
  static final int SECTION_MAX = 20_000;
  static final int SECTIONS_MAX = 100;
  static final int COMMENT_MAX = 4000;
  static final int QUOTE_MAX = 500;
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private final GuidelineRepository guidelines;
  private final SectionRepository sections;
  private final CommentRepository comments;
  private final FrozenVersionRepository versions;
  private final FrozenSectionRepository frozenSections;
  private final CentreAccess access;
  private final CentreActivity activity;
  private final Centres centres;
  private final KnowledgeIndex index;
  private final Notifications notifications;
  private final Clock clock;

  Guidelines(
      GuidelineRepository guidelines,
      SectionRepository sections,
      CommentRepository comments,
      FrozenVersionRepository versions,
      FrozenSectionRepository frozenSections,
      CentreAccess access,
      CentreActivity activity,
      Centres centres,
      KnowledgeIndex index,
      Notifications notifications,
      Clock clock) {
    this.guidelines = guidelines;
    this.sections = sections;
    this.comments = comments;
    this.versions = versions;
    this.frozenSections = frozenSections;
    this.access = access;
    this.activity = activity;
    this.centres = centres;
    this.index = index;
    this.notifications = notifications;
    this.clock = clock;
  }

  // --- reading

  /** The centre's guidelines the caller may read, most recently changed first. */
  @Transactional(readOnly = true)
  public List<GuidelineSummary> list(String centreKey) {
    CentreRef centre = access.read(centreKey);
    return guidelines.findByCentreIdOrderByUpdatedAtDesc(centre.id()).stream()
        .filter(g -> centre.maySee(g.readers()))
        .map(Guideline::summaryView)
        .toList();
  }

  /** Drafts and guidelines in review, for the members on the centre's home. */
  @Transactional(readOnly = true)
  public List<GuidelineSummary> openDrafts(CentreRef centre) {
    if (!centre.isMember()) {
      return List.of();
    }
    return guidelines
        .findByCentreIdAndStatusInOrderByUpdatedAtDesc(
            centre.id(), EnumSet.of(GuidelineStatus.DRAFT, GuidelineStatus.IN_REVIEW))
        .stream()
        .map(Guideline::summaryView)
        .toList();
  }

  /**
   * A guideline the caller may read.
   *
   * @throws GuidelineNotFound when there is none by that id in the centre, or the caller may not
   *     read it
   */
  @Transactional(readOnly = true)
  public GuidelineView find(String centreKey, UUID id) {
    CentreRef centre = access.read(centreKey);
    return view(centre, visible(centre, id));
  }

  /** The centre as the caller stands to it, for pages. */
  @Transactional(readOnly = true)
  public CentreRef centre(String centreKey) {
    return access.read(centreKey);
  }

  /** The frozen versions of the guideline's series that the caller may read, oldest first. */
  @Transactional(readOnly = true)
  public List<VersionEntry> history(String centreKey, UUID id) {
    CentreRef centre = access.read(centreKey);
    Guideline guideline = visible(centre, id);
    return visibleVersions(centre, guideline).stream().map(FrozenVersion::entry).toList();
  }

  /** One frozen version with its sections. */
  @Transactional(readOnly = true)
  public VersionView version(String centreKey, UUID id, int number) {
    CentreRef centre = access.read(centreKey);
    Guideline guideline = visible(centre, id);
    FrozenVersion version =
        visibleVersions(centre, guideline).stream()
            .filter(v -> v.versionNumber() == number)
            .findFirst()
            .orElseThrow(() -> new GuidelineNotFound(id + " version " + number));
    return versionView(version);
  }

  /** Two frozen versions compared section by section, in the order of the later one. */
  @Transactional(readOnly = true)
  public Comparison compare(String centreKey, UUID id, int from, int to) {
    VersionView before = version(centreKey, id, from);
    VersionView after = version(centreKey, id, to);
    Map<UUID, SectionView> old = new LinkedHashMap<>();
    before.sections().forEach(s -> old.put(s.key(), s));
    List<Comparison.Row> rows = new ArrayList<>();
    for (SectionView now : after.sections()) {
      SectionView then = old.remove(now.key());
      if (then == null) {
        rows.add(new Comparison.Row(Comparison.Change.ADDED, null, now));
      } else if (then.heading().equals(now.heading()) && then.text().equals(now.text())) {
        rows.add(new Comparison.Row(Comparison.Change.UNCHANGED, then, now));
      } else {
        rows.add(new Comparison.Row(Comparison.Change.CHANGED, then, now));
      }
    }
    old.values().forEach(s -> rows.add(new Comparison.Row(Comparison.Change.REMOVED, s, null)));
    return new Comparison(before, after, rows);
  }

  // --- drafting

  /** A new draft by a member of the centre. */
  @Transactional
  public GuidelineView create(
      String centreKey, GuidelineDetails details, List<SectionInput> sectionInputs) {
    CentreRef centre = access.requireMember(centreKey);
    List<Problem> problems = new ArrayList<>();
    GuidelineDetails clean = validate(centre, details, problems);
    List<SectionInput> cleanSections = validateSections(sectionInputs, problems);
    refuseIf(problems);
    Instant now = Instant.now(clock);
    StaffUser user = access.currentUser().orElseThrow();
    Guideline guideline =
        guidelines.save(
            new Guideline(centre.id(), null, null, clean, user.userId(), user.displayName(), now));
    int order = 0;
    for (SectionInput s : cleanSections) {
      sections.save(new Section(guideline.id(), null, order++, s.heading(), s.text()));
    }
    changed(centre, guideline, "created");
    return view(centre, guideline);
  }

  /** Changes the title, summary, kind or language of a draft. */
  @Transactional
  public GuidelineView changeDetails(
      String centreKey, UUID id, long version, GuidelineDetails details) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    List<Problem> problems = new ArrayList<>();
    GuidelineDetails clean = validate(centre, details, problems);
    refuseIf(problems);
    guideline.change(clean, Instant.now(clock), access.currentUserId());
    changed(centre, guideline, "changed");
    return view(centre, guideline);
  }

  /** Replaces a draft's details and sections at once: sections with an id keep it. */
  @Transactional
  public GuidelineView replace(
      String centreKey,
      UUID id,
      long version,
      GuidelineDetails details,
      List<SectionInput> sectionInputs) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    List<Problem> problems = new ArrayList<>();
    GuidelineDetails clean = validate(centre, details, problems);
    List<SectionInput> cleanSections = validateSections(sectionInputs, problems);
    refuseIf(problems);
    Map<UUID, Section> existing =
        sections.findByGuidelineIdOrderBySortOrder(id).stream()
            .collect(Collectors.toMap(Section::id, s -> s, (a, b) -> a, LinkedHashMap::new));
    int order = 0;
    for (SectionInput input : cleanSections) {
      Section kept = input.id() == null ? null : existing.remove(input.id());
      if (kept == null) {
        sections.save(new Section(id, null, order++, input.heading(), input.text()));
      } else {
        kept.change(input.heading(), input.text());
        kept.moveTo(order++);
      }
    }
    for (Section gone : existing.values()) {
      comments.deleteAll(comments.findBySectionId(gone.id()));
      sections.delete(gone);
    }
    guideline.change(clean, Instant.now(clock), access.currentUserId());
    changed(centre, guideline, "changed");
    return view(centre, guideline);
  }

  @Transactional
  public GuidelineView addSection(String centreKey, UUID id, long version, SectionInput input) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    SectionInput clean = validateSection(input, "", new ArrayList<>(), true);
    List<Section> current = sections.findByGuidelineIdOrderBySortOrder(id);
    if (current.size() >= SECTIONS_MAX) {
      throw InvalidInput.of("heading", "knowledge.guideline.error.sections.too-many", SECTIONS_MAX);
    }
    int order = current.isEmpty() ? 0 : current.get(current.size() - 1).sortOrder() + 1;
    sections.save(new Section(id, null, order, clean.heading(), clean.text()));
    guideline.touch(Instant.now(clock), access.currentUserId());
    changed(centre, guideline, "changed");
    return view(centre, guideline);
  }

  @Transactional
  public GuidelineView editSection(
      String centreKey, UUID id, long version, UUID sectionId, SectionInput input) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    Section section = section(id, sectionId);
    SectionInput clean = validateSection(input, "", new ArrayList<>(), true);
    section.change(clean.heading(), clean.text());
    guideline.touch(Instant.now(clock), access.currentUserId());
    changed(centre, guideline, "changed");
    return view(centre, guideline);
  }

  /** Moves a section one place up or down. */
  @Transactional
  public GuidelineView moveSection(
      String centreKey, UUID id, long version, UUID sectionId, boolean up) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    List<Section> current = new ArrayList<>(sections.findByGuidelineIdOrderBySortOrder(id));
    Section section = section(id, sectionId);
    int at = current.indexOf(section);
    int to = up ? at - 1 : at + 1;
    if (to >= 0 && to < current.size()) {
      current.remove(at);
      current.add(to, section);
      for (int i = 0; i < current.size(); i++) {
        current.get(i).moveTo(i);
      }
      guideline.touch(Instant.now(clock), access.currentUserId());
      changed(centre, guideline, "changed");
    }
    return view(centre, guideline);
  }

  /** Removes a section and the comments on it. */
  @Transactional
  public GuidelineView removeSection(String centreKey, UUID id, long version, UUID sectionId) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    Section section = section(id, sectionId);
    comments.deleteAll(comments.findBySectionId(sectionId));
    sections.delete(section);
    guideline.touch(Instant.now(clock), access.currentUserId());
    changed(centre, guideline, "changed");
    return view(centre, guideline);
  }

  // --- review

  /**
   * Opens a draft for the members' comments until {@code reviewEndsOn}, freezing its text as the
   * next version; the centre's moderators are told.
   */
  @Transactional
  public GuidelineView submit(String centreKey, UUID id, long version, LocalDate reviewEndsOn) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    if (guideline.status() != GuidelineStatus.DRAFT) {
      throw InvalidInput.of("reviewEndsOn", "knowledge.guideline.error.not-draft");
    }
    if (reviewEndsOn == null) {
      throw InvalidInput.of("reviewEndsOn", "knowledge.guideline.error.review-end.required");
    }
    if (!reviewEndsOn.isAfter(today())) {
      throw InvalidInput.of("reviewEndsOn", "knowledge.guideline.error.review-end.past");
    }
    if (sections.findByGuidelineIdOrderBySortOrder(id).isEmpty()) {
      throw InvalidInput.of("reviewEndsOn", "knowledge.guideline.error.sections.none");
    }
    Instant now = Instant.now(clock);
    guideline.submit(reviewEndsOn, now, access.currentUserId());
    freeze(guideline, VersionReason.REVIEW, now);
    changed(centre, guideline, "submitted");
    String link = appLink(centre, guideline);
    for (UUID moderator : centres.moderatorIds(centre.id())) {
      if (!moderator.equals(access.currentUserId())) {
        notifications.notify(
            moderator,
            "knowledge.guideline.notice.in-review",
            List.of(guideline.title(), centre.name()),
            link);
      }
    }
    return view(centre, guideline);
  }

  /** Takes a guideline out of review back to a draft: its author or a moderator. */
  @Transactional
  public GuidelineView withdraw(String centreKey, UUID id, long version) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = editable(centre, id, version);
    if (!mayResolve(centre, guideline)) {
      throw new AccessDeniedException("Only the author or a moderator may withdraw it");
    }
    if (guideline.status() == GuidelineStatus.IN_REVIEW) {
      guideline.withdraw(Instant.now(clock), access.currentUserId());
      changed(centre, guideline, "withdrawn");
    }
    return view(centre, guideline);
  }

  /**
   * A member's comment on a section, optionally on a passage of it; the guideline's author is told.
   */
  @Transactional
  public CommentView comment(String centreKey, UUID id, UUID sectionId, String quote, String text) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = visible(centre, id);
    refuseIfLocked(guideline);
    Section section = section(id, sectionId);
    List<Problem> problems = new ArrayList<>();
    String body = GuidelineText.clean(text);
    if (body.isEmpty()) {
      problems.add(Problem.of("text", "knowledge.guideline.error.comment.required"));
    } else if (body.length() > COMMENT_MAX) {
      problems.add(Problem.of("text", "knowledge.guideline.error.comment.too-long", COMMENT_MAX));
    }
    String passage = quote == null ? "" : quote.strip();
    if (passage.length() > QUOTE_MAX) {
      problems.add(Problem.of("quote", "knowledge.guideline.error.quote.too-long", QUOTE_MAX));
    } else if (!passage.isEmpty() && !contains(section, passage)) {
      problems.add(
          Problem.of("quote", "knowledge.guideline.error.quote.not-found", section.heading()));
    }
    refuseIf(problems);
    StaffUser user = access.currentUser().orElseThrow();
    Comment comment =
        comments.save(
            new Comment(
                id,
                sectionId,
                passage.isEmpty() ? null : passage,
                body,
                user.userId(),
                user.displayName(),
                Instant.now(clock)));
    activity.record(
        centre.id(),
        "guideline",
        "commented",
        guideline.title(),
        appLink(centre, guideline),
        Visibility.CENTRE);
    if (guideline.authorId() != null && !guideline.authorId().equals(user.userId())) {
      notifications.notify(
          guideline.authorId(),
          "knowledge.guideline.notice.commented",
          List.of(user.displayName(), guideline.title()),
          appLink(centre, guideline) + "#section-" + sectionId);
    }
    return comment.view();
  }

  /** Resolves or reopens a comment: the guideline's author or a moderator. */
  @Transactional
  public CommentView resolve(String centreKey, UUID id, UUID commentId, boolean resolved) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline guideline = visible(centre, id);
    refuseIfLocked(guideline);
    if (!mayResolve(centre, guideline)) {
      throw new AccessDeniedException("Only the author or a moderator may resolve comments");
    }
    Comment comment =
        comments
            .findById(commentId)
            .filter(c -> c.guidelineId().equals(id))
            .orElseThrow(() -> new GuidelineNotFound("comment " + commentId));
    if (resolved) {
      comment.resolve(access.currentUser().map(StaffUser::displayName).orElse(null), now());
    } else {
      comment.reopen();
    }
    activity.record(
        centre.id(),
        "guideline",
        resolved ? "resolved" : "reopened",
        guideline.title(),
        appLink(centre, guideline),
        Visibility.CENTRE);
    return comment.view();
  }

  // --- adoption and publication

  /**
   * Adopts a guideline in review: a moderator, once the review period has ended (or closing it
   * early) and every comment is resolved. Its text is frozen as the next version; its author is
   * told.
   */
  @Transactional
  public GuidelineView adopt(String centreKey, UUID id, long version, boolean closeEarly) {
    CentreRef centre = access.requireModerator(centreKey);
    Guideline guideline = editable(centre, id, version);
    if (guideline.status() != GuidelineStatus.IN_REVIEW) {
      throw InvalidInput.of("closeEarly", "knowledge.guideline.error.adopt.not-in-review");
    }
    if (!closeEarly && today().isBefore(guideline.reviewEndsOn())) {
      throw InvalidInput.of(
          "closeEarly",
          "knowledge.guideline.error.adopt.review-open",
          Date.from(guideline.reviewEndsOn().atStartOfDay(clock.getZone()).toInstant()));
    }
    long open =
        comments.findByGuidelineIdOrderByCreatedAt(id).stream()
            .filter(c -> !c.isResolved())
            .count();
    if (open > 0) {
      throw InvalidInput.of("closeEarly", "knowledge.guideline.error.adopt.open-comments", open);
    }
    Instant now = Instant.now(clock);
    StaffUser user = access.currentUser().orElseThrow();
    guideline.adopt(user.displayName(), now, user.userId());
    freeze(guideline, VersionReason.ADOPTION, now);
    changed(centre, guideline, "adopted");
    if (guideline.authorId() != null && !guideline.authorId().equals(user.userId())) {
      notifications.notify(
          guideline.authorId(),
          "knowledge.guideline.notice.adopted",
          List.of(guideline.title()),
          appLink(centre, guideline));
    }
    return view(centre, guideline);
  }

  /**
   * Publishes an adopted guideline to the readers chosen; the version it continues, if any, is
   * superseded.
   */
  @Transactional
  public GuidelineView publish(String centreKey, UUID id, long version, Visibility visibility) {
    CentreRef centre = access.requireModerator(centreKey);
    Guideline guideline = current(centre, id, version);
    if (guideline.status() != GuidelineStatus.ADOPTED) {
      throw InvalidInput.of("visibility", "knowledge.guideline.error.publish.not-adopted");
    }
    if (visibility == null) {
      throw InvalidInput.of("visibility", "knowledge.guideline.error.visibility.required");
    }
    Instant now = Instant.now(clock);
    guideline.publish(visibility, now, access.currentUserId());
    if (guideline.previousId() != null) {
      guidelines
          .findForUpdate(guideline.previousId())
          .filter(p -> p.status() == GuidelineStatus.PUBLISHED)
          .ifPresent(
              previous -> {
                previous.supersede(now, access.currentUserId());
                index.remove(KnowledgeIndex.KIND_GUIDELINE, previous.id());
              });
    }
    changed(centre, guideline, "published");
    return view(centre, guideline);
  }

  /**
   * A new draft from an adopted guideline's text, continuing its history; an open draft that
   * already continues it is returned instead of a second one.
   */
  @Transactional
  public GuidelineView startNewVersion(String centreKey, UUID id) {
    CentreRef centre = access.requireMember(centreKey);
    Guideline adopted = visible(centre, id);
    if (adopted.status().isOpen()) {
      return view(centre, adopted);
    }
    Guideline successor = successor(adopted);
    if (successor != null) {
      return view(centre, successor);
    }
    Instant now = Instant.now(clock);
    StaffUser user = access.currentUser().orElseThrow();
    Guideline draft =
        guidelines.save(
            new Guideline(
                centre.id(),
                adopted.seriesId(),
                adopted.id(),
                new GuidelineDetails(
                    adopted.kind(), adopted.title(), adopted.summary(), adopted.language()),
                user.userId(),
                user.displayName(),
                now));
    for (Section s : sections.findByGuidelineIdOrderBySortOrder(adopted.id())) {
      sections.save(new Section(draft.id(), s.sectionKey(), s.sortOrder(), s.heading(), s.body()));
    }
    changed(centre, draft, "new-version");
    return view(centre, draft);
  }

  // --- search

  /** Describes a guideline to search: its summary and sections, for the readers it has. */
  IndexedItem indexed(CentreRef centre, Guideline guideline) {
    StringBuilder body = new StringBuilder(guideline.summary());
    for (Section s : sections.findByGuidelineIdOrderBySortOrder(guideline.id())) {
      body.append("\n\n").append(s.heading()).append("\n").append(s.body());
    }
    return new IndexedItem(
        KnowledgeIndex.KIND_GUIDELINE,
        guideline.id(),
        guideline.centreId(),
        guideline.readers(),
        false,
        guideline.title(),
        body.toString(),
        guideline.language(),
        null,
        null,
        link(centre, guideline),
        guideline.updatedAt());
  }

  /** Where readers open a guideline: the public page for public ones. */
  static String link(CentreRef centre, Guideline guideline) {
    if (guideline.readers() == Visibility.PUBLIC) {
      return "/centres/" + centre.slug() + "/guidelines/" + guideline.id();
    }
    return appLink(centre, guideline);
  }

  // --- helpers

  private static String appLink(CentreRef centre, Guideline guideline) {
    return "/app/centres/" + centre.slug() + "/guidelines/" + guideline.id();
  }

  private void changed(CentreRef centre, Guideline guideline, String action) {
    // the version moves on at the flush: do it now, so that the view returned carries it
    guidelines.flush();
    activity.record(
        centre.id(),
        "guideline",
        action,
        guideline.title(),
        link(centre, guideline),
        guideline.readers());
    index.put(indexed(centre, guideline));
  }

  private void freeze(Guideline guideline, VersionReason reason, Instant now) {
    List<FrozenVersion> earlier = versions.findBySeriesIdOrderByVersionNumber(guideline.seriesId());
    int number = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).versionNumber() + 1;
    FrozenVersion version =
        versions.save(
            new FrozenVersion(
                guideline,
                number,
                reason,
                access.currentUser().map(StaffUser::displayName).orElse(null),
                now));
    for (Section s : sections.findByGuidelineIdOrderBySortOrder(guideline.id())) {
      frozenSections.save(new FrozenSection(version.id(), s));
    }
  }

  private VersionView versionView(FrozenVersion version) {
    return version.view(
        frozenSections.findByVersionIdOrderBySortOrder(version.id()).stream()
            .map(FrozenSection::view)
            .toList());
  }

  /**
   * The versions the caller may read: those of guidelines of the series they may read, and for
   * readers who are not members only the adopted texts.
   */
  private List<FrozenVersion> visibleVersions(CentreRef centre, Guideline guideline) {
    Map<UUID, Guideline> series =
        guidelines.findBySeriesIdOrderByCreatedAt(guideline.seriesId()).stream()
            .collect(Collectors.toMap(Guideline::id, g -> g));
    return versions.findBySeriesIdOrderByVersionNumber(guideline.seriesId()).stream()
        .filter(
            v -> {
              Guideline of = series.get(v.entry().guidelineId());
              return of != null
                  && centre.maySee(of.readers())
                  && (centre.isMember() || v.entry().reason() == VersionReason.ADOPTION);
            })
        .toList();
  }

  private Guideline visible(CentreRef centre, UUID id) {
    if (id == null) {
      throw new GuidelineNotFound(null);
    }
    return guidelines
        .findById(id)
        .filter(g -> g.centreId().equals(centre.id()))
        .filter(g -> centre.maySee(g.readers()))
        .orElseThrow(() -> new GuidelineNotFound(id));
  }

  /** The guideline locked for a change at the version the caller saw. */
  private Guideline current(CentreRef centre, UUID id, long version) {
    visible(centre, id);
    Guideline guideline = guidelines.findForUpdate(id).orElseThrow(() -> new GuidelineNotFound(id));
    if (guideline.rowVersion() != version) {
      throw new ConcurrentChange(guideline.rowVersion(), view(centre, guideline));
    }
    return guideline;
  }

  /** As {@link #current}, refused once the guideline is adopted. */
  private Guideline editable(CentreRef centre, UUID id, long version) {
    visible(centre, id);
    Guideline guideline = guidelines.findForUpdate(id).orElseThrow(() -> new GuidelineNotFound(id));
    refuseIfLocked(guideline);
    if (guideline.rowVersion() != version) {
      throw new ConcurrentChange(guideline.rowVersion(), view(centre, guideline));
    }
    return guideline;
  }

  private static void refuseIfLocked(Guideline guideline) {
    if (!guideline.status().isOpen()) {
      throw new GuidelineLocked(guideline.adoptedAt());
    }
  }

  private Section section(UUID guidelineId, UUID sectionId) {
    return (sectionId == null ? Optional.<Section>empty() : sections.findById(sectionId))
        .filter(s -> s.guidelineId().equals(guidelineId))
        .orElseThrow(() -> new GuidelineNotFound("section " + sectionId));
  }

  private Guideline successor(Guideline guideline) {
    return guidelines.findBySeriesIdOrderByCreatedAt(guideline.seriesId()).stream()
        .filter(g -> guideline.id().equals(g.previousId()))
        .findFirst()
        .orElse(null);
  }

  private boolean mayResolve(CentreRef centre, Guideline guideline) {
    return centre.isModerator() || Objects.equals(guideline.authorId(), access.currentUserId());
  }

  private GuidelineView view(CentreRef centre, Guideline guideline) {
    GuidelineStatus status = guideline.status();
    boolean member = centre.isMember();
    boolean open = status.isOpen();
    Guideline successor = open ? null : successor(guideline);
    GuidelineView.Permissions may =
        new GuidelineView.Permissions(
            member && open,
            member && open,
            member && open && mayResolve(centre, guideline),
            member && status == GuidelineStatus.DRAFT,
            member && status == GuidelineStatus.IN_REVIEW && mayResolve(centre, guideline),
            centre.isModerator() && status == GuidelineStatus.IN_REVIEW,
            centre.isModerator() && status == GuidelineStatus.ADOPTED,
            member
                && (status == GuidelineStatus.ADOPTED || status == GuidelineStatus.PUBLISHED)
                && successor == null,
            centre.standing().atLeast(Standing.NETWORK));
    return new GuidelineView(
        guideline.summaryView(),
        guideline.seriesId(),
        guideline.previousId(),
        successor == null || !centre.maySee(successor.readers()) ? null : successor.id(),
        sections.findByGuidelineIdOrderBySortOrder(guideline.id()).stream()
            .map(Section::view)
            .toList(),
        member
            ? comments.findByGuidelineIdOrderByCreatedAt(guideline.id()).stream()
                .map(Comment::view)
                .toList()
            : List.of(),
        may);
  }

  private GuidelineDetails validate(
      CentreRef centre, GuidelineDetails details, List<Problem> problems) {
    GuidelineKind kind = details == null ? null : details.kind();
    String title = details == null || details.title() == null ? "" : details.title().strip();
    String summary = details == null ? "" : GuidelineText.clean(details.summary());
    String language =
        details == null || details.language() == null || details.language().isBlank()
            ? centre.languages().isEmpty() ? "en" : centre.languages().get(0)
            : details.language().strip().toLowerCase(Locale.ROOT);
    if (kind == null) {
      problems.add(Problem.of("kind", "knowledge.guideline.error.kind.required"));
    }
    if (title.isEmpty()) {
      problems.add(Problem.of("title", "knowledge.guideline.error.title.required"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(Problem.of("title", "knowledge.guideline.error.title.too-long", TITLE_MAX));
    }
    if (summary.length() > SUMMARY_MAX) {
      problems.add(
          Problem.of("summary", "knowledge.guideline.error.summary.too-long", SUMMARY_MAX));
    }
    if (!LANGUAGE.matcher(language).matches()) {
      problems.add(Problem.of("language", "knowledge.guideline.error.language"));
    }
    return new GuidelineDetails(kind, title, summary, language);
  }

  private List<SectionInput> validateSections(List<SectionInput> inputs, List<Problem> problems) {
    List<SectionInput> clean = new ArrayList<>();
    if (inputs == null) {
      return clean;
    }
    if (inputs.size() > SECTIONS_MAX) {
      problems.add(
          Problem.of("sections", "knowledge.guideline.error.sections.too-many", SECTIONS_MAX));
      return clean;
    }
    for (int i = 0; i < inputs.size(); i++) {
      clean.add(validateSection(inputs.get(i), "sections[" + i + "].", problems, false));
    }
    return clean;
  }

  private static SectionInput validateSection(
      SectionInput input, String prefix, List<Problem> problems, boolean alone) {
    String heading = input == null || input.heading() == null ? "" : input.heading().strip();
    String text = input == null ? "" : GuidelineText.clean(input.text());
    List<Problem> found = new ArrayList<>();
    if (heading.isEmpty()) {
      found.add(Problem.of(prefix + "heading", "knowledge.guideline.error.heading.required"));
    } else if (heading.length() > HEADING_MAX) {
      found.add(
          Problem.of(
              prefix + "heading", "knowledge.guideline.error.heading.too-long", HEADING_MAX));
    }
    if (text.isEmpty()) {
      found.add(Problem.of(prefix + "text", "knowledge.guideline.error.text.required"));
    } else if (text.length() > SECTION_MAX) {
      found.add(
          Problem.of(
              prefix + "text",
              "knowledge.guideline.error.text.too-long",
              SECTION_MAX,
              text.length()));
    }
    if (alone && !found.isEmpty()) {
      throw new InvalidInput(found);
    }
    problems.addAll(found);
    return new SectionInput(input == null ? null : input.id(), heading, text);
  }

  private static boolean contains(Section section, String passage) {
    return normalise(section.body()).contains(normalise(passage))
        || normalise(section.heading()).contains(normalise(passage));
  }

  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static void refuseIf(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
