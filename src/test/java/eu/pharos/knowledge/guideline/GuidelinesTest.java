package eu.pharos.knowledge.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Guidelines from draft to publication, and every refusal with its message. */
@PharosTest
class GuidelinesTest {

  static final String CENTRE = "european-helplines";
  static final String MODERATOR = "orgadmin.apav@pharos.test";
  static final String MEMBER = "advisor.wr-de@pharos.test";
  static final String OTHER_MEMBER = "advisor.apav@pharos.test";
  static final String OUTSIDER = "member.fv@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Guidelines guidelines;
  @Autowired GuidelineSearchSource searchSource;
  @Autowired OpenDraftsSection openDrafts;
  @Autowired CentreAccess access;
  @Autowired MessageSource messages;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theDemoHasPublishedRecommendationsWithTwoVersionsAndAGuidelineInReview() {
    List<GuidelineSummary> all = as(MEMBER, () -> guidelines.list(CENTRE));
    GuidelineSummary recommendations = byTitle(all, "Common recommendations for 116 006 helplines");
    assertThat(recommendations.kind()).isEqualTo(GuidelineKind.RECOMMENDATION);
    assertThat(recommendations.status()).isEqualTo(GuidelineStatus.PUBLISHED);
    assertThat(recommendations.readers()).isEqualTo(Visibility.PUBLIC);
    List<VersionEntry> history = as(MEMBER, () -> guidelines.history(CENTRE, recommendations.id()));
    assertThat(history)
        .extracting(VersionEntry::number, VersionEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, VersionReason.REVIEW),
            org.assertj.core.groups.Tuple.tuple(2, VersionReason.ADOPTION));
    Comparison comparison =
        as(MEMBER, () -> guidelines.compare(CENTRE, recommendations.id(), 1, 2));
    assertThat(comparison.rows())
        .filteredOn(r -> r.change() == Comparison.Change.CHANGED)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.before().heading()).isEqualTo("Trained staff and volunteers");
              assertThat(r.after().text()).contains("wellbeing");
              assertThat(r.before().text()).doesNotContain("wellbeing");
            });

    GuidelineSummary outOfHours = byTitle(all, "Handling calls outside opening hours");
    assertThat(outOfHours.status()).isEqualTo(GuidelineStatus.IN_REVIEW);
    assertThat(outOfHours.reviewEndsOn()).isAfter(LocalDate.now());
    GuidelineView view = as(MEMBER, () -> guidelines.find(CENTRE, outOfHours.id()));
    assertThat(view.comments()).hasSize(2);
    assertThat(view.comments()).filteredOn(c -> c.quote() != null).hasSize(1);
    assertThat(view.sections().get(1).paragraphs()).hasSize(1);
    assertThat(view.sections().get(1).blocks().get(0)).hasSize(2);

    // the home's open drafts: members see the guideline in review, others nothing
    assertThat(
            as(MEMBER, () -> guidelines.openDrafts(access.read(CENTRE))).stream()
                .map(GuidelineSummary::title))
        .contains("Handling calls outside opening hours")
        .doesNotContain("Common recommendations for 116 006 helplines");
    assertThat(as(OUTSIDER, () -> openDrafts.model(access.read(CENTRE), Locale.ENGLISH)))
        .containsEntry("openDrafts", List.of());
    assertThat(openDrafts.template()).isEqualTo("knowledge/guidelines/parts");
  }

  @Test
  void aGuidelineGoesFromDraftThroughReviewToAdoptionAndPublicationAndANewVersion() {
    GuidelineView draft = draft("Flow " + UUID.randomUUID());
    UUID id = draft.id();
    UUID first = draft.sections().get(0).id();

    GuidelineView added =
        as(
            MEMBER,
            () ->
                guidelines.addSection(
                    CENTRE,
                    id,
                    draft.version(),
                    new SectionInput(null, "Second", "Line one\nline two\n\nNext paragraph")));
    UUID second = added.sections().get(1).id();
    assertThat(added.sections().get(1).blocks())
        .containsExactly(List.of("Line one", "line two"), List.of("Next paragraph"));
    GuidelineView moved =
        as(MEMBER, () -> guidelines.moveSection(CENTRE, id, added.version(), second, true));
    assertThat(moved.sections())
        .extracting(SectionView::heading)
        .containsExactly("Second", "Opening");
    GuidelineView third =
        as(
            OTHER_MEMBER,
            () ->
                guidelines.addSection(
                    CENTRE, id, moved.version(), new SectionInput(null, "Third", "To remove")));
    GuidelineView removed =
        as(
            MEMBER,
            () ->
                guidelines.removeSection(
                    CENTRE, id, third.version(), third.sections().get(2).id()));
    assertThat(removed.sections()).hasSize(2);

    GuidelineView inReview =
        as(
            MEMBER,
            () -> guidelines.submit(CENTRE, id, removed.version(), LocalDate.now().plusDays(10)));
    assertThat(inReview.guideline().status()).isEqualTo(GuidelineStatus.IN_REVIEW);
    assertThat(notices(MODERATOR, "knowledge.guideline.notice.in-review")).isPositive();

    long authorNoticesBefore = notices(MEMBER, "knowledge.guideline.notice.commented");
    CommentView comment =
        as(
            OTHER_MEMBER,
            () -> guidelines.comment(CENTRE, id, first, "the opening", "Say more about it."));
    assertThat(comment.quote()).isEqualTo("the opening");
    assertThat(notices(MEMBER, "knowledge.guideline.notice.commented"))
        .isEqualTo(authorNoticesBefore + 1);

    // a member may not adopt
    assertThatThrownBy(() -> as(OTHER_MEMBER, () -> guidelines.adopt(CENTRE, id, 0, true)))
        .isInstanceOf(AccessDeniedException.class);
    // the moderator: not before the review ends, unless closing early
    long version = as(MODERATOR, () -> guidelines.find(CENTRE, id)).version();
    assertThat(message(() -> as(MODERATOR, () -> guidelines.adopt(CENTRE, id, version, false))))
        .startsWith("The review period runs until")
        .endsWith("Wait until then, or choose to close it early.");
    // nor with comments unresolved
    assertThat(message(() -> as(MODERATOR, () -> guidelines.adopt(CENTRE, id, version, true))))
        .isEqualTo(
            "Comments not resolved yet: 1. Resolve them, or ask their authors, before adopting the"
                + " guideline.");
    // a member who is not the author may not resolve; the author may
    assertThatThrownBy(
            () -> as(OTHER_MEMBER, () -> guidelines.resolve(CENTRE, id, comment.id(), true)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(MEMBER, () -> guidelines.resolve(CENTRE, id, comment.id(), true)).resolved())
        .isTrue();

    long authorAdoptionsBefore = notices(MEMBER, "knowledge.guideline.notice.adopted");
    GuidelineView adopted = as(MODERATOR, () -> guidelines.adopt(CENTRE, id, version, true));
    assertThat(adopted.guideline().status()).isEqualTo(GuidelineStatus.ADOPTED);
    assertThat(adopted.may().edit()).isFalse();
    assertThat(notices(MEMBER, "knowledge.guideline.notice.adopted"))
        .isEqualTo(authorAdoptionsBefore + 1);
    assertThat(indexed(id)).isEqualTo("CENTRE");

    // adopted: every change refused with the message saying how to change it
    assertThat(
            message(
                () ->
                    as(
                        MEMBER,
                        () ->
                            guidelines.editSection(
                                CENTRE,
                                id,
                                adopted.version(),
                                first,
                                new SectionInput(null, "Changed", "Changed")))))
        .startsWith("This guideline was adopted on ")
        .endsWith("Start a new version to change it.");
    assertThatThrownBy(() -> as(MEMBER, () -> guidelines.comment(CENTRE, id, first, null, "Late")))
        .isInstanceOf(GuidelineLocked.class);

    GuidelineView published =
        as(MODERATOR, () -> guidelines.publish(CENTRE, id, adopted.version(), Visibility.NETWORK));
    assertThat(published.guideline().status()).isEqualTo(GuidelineStatus.PUBLISHED);
    assertThat(indexed(id)).isEqualTo("NETWORK");
    // a network reader who is not a member reads it, without comments
    GuidelineView read = as(OUTSIDER, () -> guidelines.find(CENTRE, id));
    assertThat(read.comments()).isEmpty();
    assertThat(as(OUTSIDER, () -> guidelines.history(CENTRE, id)))
        .extracting(VersionEntry::reason)
        .containsExactly(VersionReason.ADOPTION);

    GuidelineView next = as(OTHER_MEMBER, () -> guidelines.startNewVersion(CENTRE, id));
    assertThat(next.id()).isNotEqualTo(id);
    assertThat(next.previousId()).isEqualTo(id);
    assertThat(next.seriesId()).isEqualTo(published.seriesId());
    assertThat(next.guideline().status()).isEqualTo(GuidelineStatus.DRAFT);
    assertThat(next.sections())
        .extracting(SectionView::key)
        .containsExactlyElementsOf(published.sections().stream().map(SectionView::key).toList());
    assertThat(as(MEMBER, () -> guidelines.startNewVersion(CENTRE, id)).id()).isEqualTo(next.id());
    assertThat(as(MEMBER, () -> guidelines.find(CENTRE, id)).successorId()).isEqualTo(next.id());

    // the new version goes through review, adoption and publication; the old one is superseded
    GuidelineView changed =
        as(
            MEMBER,
            () ->
                guidelines.editSection(
                    CENTRE,
                    next.id(),
                    next.version(),
                    next.sections().get(0).id(),
                    new SectionInput(null, "Second", "A changed text")));
    GuidelineView review2 =
        as(
            MEMBER,
            () ->
                guidelines.submit(
                    CENTRE, next.id(), changed.version(), LocalDate.now().plusDays(3)));
    GuidelineView adopted2 =
        as(MODERATOR, () -> guidelines.adopt(CENTRE, next.id(), review2.version(), true));
    as(
        MODERATOR,
        () -> guidelines.publish(CENTRE, next.id(), adopted2.version(), Visibility.PUBLIC));
    assertThat(as(MEMBER, () -> guidelines.find(CENTRE, id)).guideline().status())
        .isEqualTo(GuidelineStatus.SUPERSEDED);
    assertThat(indexed(id)).isNull();
    List<VersionEntry> history = as(MEMBER, () -> guidelines.history(CENTRE, next.id()));
    assertThat(history).extracting(VersionEntry::number).containsExactly(1, 2, 3, 4);
    Comparison comparison = as(MEMBER, () -> guidelines.compare(CENTRE, next.id(), 2, 4));
    assertThat(comparison.rows())
        .extracting(Comparison.Row::change)
        .containsExactly(Comparison.Change.CHANGED, Comparison.Change.UNCHANGED);

    // every step was recorded on the centre
    List<String> actions =
        jdbc.queryForList(
            "select action from knowledge_activity where kind = 'guideline' and title = ?",
            String.class,
            draft.guideline().title());
    assertThat(actions)
        .contains(
            "created",
            "changed",
            "submitted",
            "commented",
            "resolved",
            "adopted",
            "published",
            "new-version");

    // the search source describes it again with its readers
    List<IndexedItem> items = new ArrayList<>();
    searchSource.describeAll(items::add);
    assertThat(items)
        .filteredOn(i -> i.refId().equals(next.id()))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(KnowledgeIndex.KIND_GUIDELINE);
              assertThat(i.visibility()).isEqualTo(Visibility.PUBLIC);
              assertThat(i.body()).contains("A changed text");
              assertThat(i.link()).startsWith("/centres/european-helplines/guidelines/");
            });
    assertThat(items).noneMatch(i -> i.refId().equals(id));
  }

  @Test
  void badInputIsRefusedWithAMessageSayingWhatToFix() {
    assertThat(
            message(
                () ->
                    as(
                        MEMBER,
                        () ->
                            guidelines.create(
                                CENTRE,
                                new GuidelineDetails(GuidelineKind.GUIDELINE, "  ", "", "en"),
                                List.of()))))
        .isEqualTo("Enter a title.");
    String tooLong = "x".repeat(Guidelines.SECTION_MAX + 1);
    assertThat(
            message(
                () ->
                    as(
                        MEMBER,
                        () ->
                            guidelines.create(
                                CENTRE,
                                new GuidelineDetails(GuidelineKind.GUIDELINE, "Long", "", "en"),
                                List.of(new SectionInput(null, "Long", tooLong))))))
        .isEqualTo(
            "A section can hold at most 20,000 characters; this one has 20,001. Split it into"
                + " two sections.");

    GuidelineView draft = draft("Bad input " + UUID.randomUUID());
    assertThat(
            message(
                () ->
                    as(
                        MEMBER,
                        () ->
                            guidelines.submit(
                                CENTRE,
                                draft.id(),
                                draft.version(),
                                LocalDate.now().minusDays(1)))))
        .isEqualTo("The review must end after today.");
    assertThat(
            message(
                () ->
                    as(
                        MEMBER,
                        () ->
                            guidelines.comment(
                                CENTRE,
                                draft.id(),
                                draft.sections().get(0).id(),
                                "words that are not there",
                                "A comment"))))
        .isEqualTo(
            "The quoted passage is not in the section “Opening”. Copy it exactly as written, or"
                + " leave the passage empty.");
    // a stale version
    as(
        MEMBER,
        () ->
            guidelines.changeDetails(
                CENTRE,
                draft.id(),
                draft.version(),
                new GuidelineDetails(GuidelineKind.GUIDELINE, "Renamed", "", "en")));
    assertThatThrownBy(
            () ->
                as(
                    OTHER_MEMBER,
                    () ->
                        guidelines.editSection(
                            CENTRE,
                            draft.id(),
                            draft.version(),
                            draft.sections().get(0).id(),
                            new SectionInput(null, "Mine", "Mine"))))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            stale ->
                assertThat(((GuidelineView) stale.current()).guideline().title())
                    .isEqualTo("Renamed"));
    // a non-member neither reads nor drafts
    assertThatThrownBy(() -> as(OUTSIDER, () -> guidelines.find(CENTRE, draft.id())))
        .isInstanceOf(GuidelineNotFound.class);
    assertThatThrownBy(
            () ->
                as(
                    OUTSIDER,
                    () ->
                        guidelines.create(
                            CENTRE,
                            new GuidelineDetails(GuidelineKind.GUIDELINE, "Mine", "", "en"),
                            List.of())))
        .isInstanceOf(AccessDeniedException.class);
  }

  GuidelineView draft(String title) {
    return as(
        MEMBER,
        () ->
            guidelines.create(
                CENTRE,
                new GuidelineDetails(GuidelineKind.GUIDELINE, title, "A summary", "en"),
                List.of(new SectionInput(null, "Opening", "Text of the opening section."))));
  }

  <T> T as(String email, Supplier<T> work) {
    return tenancy.asUser(email, work);
  }

  String message(Runnable work) {
    try {
      work.run();
    } catch (InvalidInput invalid) {
      InvalidInput.Problem problem = invalid.problems().get(0);
      return messages.getMessage(
          problem.messageKey(), problem.arguments().toArray(), Locale.ENGLISH);
    }
    throw new AssertionError("not refused");
  }

  long notices(String email, String key) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from platform_notification n join identity_user u on u.id = n.user_id"
                + " where u.email = ? and n.message_key = ?",
            Long.class,
            email,
            key);
    return count == null ? 0 : count;
  }

  String indexed(UUID id) {
    List<String> rows =
        jdbc.queryForList(
            "select visibility from knowledge_search_entry where kind = 'guideline' and ref_id = ?",
            String.class,
            id);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static GuidelineSummary byTitle(List<GuidelineSummary> all, String title) {
    return all.stream().filter(g -> g.title().equals(title)).findFirst().orElseThrow();
  }
}
