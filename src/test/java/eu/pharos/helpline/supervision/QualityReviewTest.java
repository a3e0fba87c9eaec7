package eu.pharos.helpline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.helpline.QualityReviewNotFound;
import eu.pharos.helpline.QualityReviewView;
import eu.pharos.helpline.ReviewCriterion;
import eu.pharos.helpline.ReviewCriterion.Rating;
import eu.pharos.helpline.Supervision;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Random samples of closed cases, and the review form: rules, stale edits, sealing, audit. */
@PharosTest
class QualityReviewTest {

  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
  static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Supervision supervision;
  @Autowired PersonalDataCipher cipher;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  TestTeam team;
  String supervisor;
  Set<UUID> closedInMarch = new HashSet<>();

  @BeforeEach
  void prepareTeam() {
    tenancy = new TenancyCheck(mvc, userDetails);
    team = TestTeam.create(jdbc, cipher);
    UUID advisor = team.person("Ana Advisor", Role.ADVISOR);
    team.person("Sofia Supervisor", Role.SUPERVISOR);
    team.person("Sam Supervisor", Role.SUPERVISOR);
    supervisor = team.email("Sofia Supervisor");
    for (int day = 1; day <= 12; day++) {
      closedInMarch.add(team.closedCase(advisor, lisbon(LocalDate.of(2025, 3, day * 2), 12)));
    }
    team.closedCase(advisor, lisbon(LocalDate.of(2025, 2, 14), 12));
    team.closedCase(advisor, lisbon(LocalDate.of(2025, 4, 14), 12));
    team.openCase(advisor);
    team.anonymisedCase(lisbon(LocalDate.of(2025, 3, 10), 12));
  }

  @Test
  void aSampleIsDrawnFromTheClosedCasesOfThePeriodAndNoCaseIsDrawnTwice() {
    List<QualityReviewView> first = draw(5, MARCH_1, MARCH_31);
    List<QualityReviewView> second = draw(5, MARCH_1, MARCH_31);
    List<QualityReviewView> third = draw(5, MARCH_1, MARCH_31);
    List<QualityReviewView> fourth = draw(5, MARCH_1, MARCH_31);

    assertThat(first).hasSize(5);
    assertThat(second).hasSize(5);
    assertThat(third).as("only 2 closed cases of March were left").hasSize(2);
    assertThat(fourth).isEmpty();
    List<UUID> drawn = new ArrayList<>();
    List.of(first, second, third).forEach(s -> s.forEach(r -> drawn.add(r.caseId())));
    assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(closedInMarch);
    assertThat(first).extracting(QualityReviewView::sampleId).containsOnly(first.get(0).sampleId());
    assertThat(second.get(0).sampleId()).isNotEqualTo(first.get(0).sampleId());
    assertThat(first)
        .allSatisfy(
            review -> {
              assertThat(review.done()).isFalse();
              assertThat(review.version()).isZero();
              assertThat(review.caseReference()).isEqualTo(team.reference(review.caseId()));
            });
    assertThat(audited("helpline.review.sample-drawn", first.get(0).sampleId())).isEqualTo(1);
    assertThat(as(() -> supervision.reviews())).hasSize(12);
  }

  @Test
  void theDrawIsRandomNotTheFirstCasesInAnyOrder() {
    // Drawing 1 of 12 cases twenty times from fresh copies of the same data: a fixed order would
    // pick the same case every time; a random one picks several (all the same has odds 12^-19).
    Set<Integer> positions = new HashSet<>();
    for (int round = 0; round < 20; round++) {
      TestTeam fresh = TestTeam.create(jdbc, cipher);
      UUID advisor = fresh.person("Ana Advisor", Role.ADVISOR);
      fresh.person("Sofia Supervisor", Role.SUPERVISOR);
      List<UUID> cases = new ArrayList<>();
      for (int day = 1; day <= 12; day++) {
        cases.add(fresh.closedCase(advisor, lisbon(LocalDate.of(2025, 3, day), 12)));
      }
      UUID picked =
          tenancy
              .asUser(
                  fresh.email("Sofia Supervisor"),
                  () -> supervision.drawSample(1, MARCH_1, MARCH_31))
              .get(0)
              .caseId();
      positions.add(cases.indexOf(picked));
    }
    assertThat(positions).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).isBetween(0, 11));
  }

  @Test
  void bothDaysOfThePeriodAreIncludedInTheOrganisationsTimeZone() {
    TestTeam edges = TestTeam.create(jdbc, cipher);
    UUID advisor = edges.person("Ana Advisor", Role.ADVISOR);
    edges.person("Sofia Supervisor", Role.SUPERVISOR);
    LocalDate day = LocalDate.of(2025, 7, 10); // summer: Lisbon is UTC+1
    UUID firstMinute = edges.closedCase(advisor, lisbon(day, 0).plusSeconds(60));
    UUID lastMinute = edges.closedCase(advisor, lisbon(day, 23).plusSeconds(59 * 60));
    edges.closedCase(advisor, lisbon(day.minusDays(1), 23).plusSeconds(59 * 60));
    edges.closedCase(advisor, lisbon(day.plusDays(1), 0).plusSeconds(60));

    List<QualityReviewView> drawn =
        tenancy.asUser(edges.email("Sofia Supervisor"), () -> supervision.drawSample(50, day, day));

    assertThat(drawn)
        .extracting(QualityReviewView::caseId)
        .containsExactlyInAnyOrder(firstMinute, lastMinute);
  }

  @Test
  void aBadSizeOrPeriodIsRefusedWithItsMessageAndNothingIsDrawn() {
    long before = reviewRows();

    assertProblems(
        () -> draw(0, MARCH_1, MARCH_31), "size", "helpline.supervision.sample.error.size");
    assertProblems(
        () -> draw(51, MARCH_1, MARCH_31), "size", "helpline.supervision.sample.error.size");
    assertProblems(
        () -> draw(-3, MARCH_1, MARCH_31), "size", "helpline.supervision.sample.error.size");
    assertProblems(
        () -> draw(5, null, MARCH_31),
        "closedFrom",
        "helpline.supervision.sample.error.fromMissing");
    assertProblems(
        () -> draw(5, MARCH_1, null), "closedTo", "helpline.supervision.sample.error.toMissing");
    assertProblems(
        () -> draw(5, MARCH_31, MARCH_1), "closedTo", "helpline.supervision.sample.error.reversed");
    assertThatThrownBy(() -> draw(0, null, null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly("size", "closedFrom", "closedTo"));
    assertThat(reviewRows()).isEqualTo(before);
  }

  @Test
  void theDrawFormShowsEachProblemBesideItsFieldWithA400() throws Exception {
    long before = reviewRows();

    Document page = page(drawForm("abc", "2025-02-30", ""), 400);
    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#size", "#closedFrom", "#closedTo");
    assertThat(page.selectFirst(".govuk-error-summary").text())
        .contains("Enter the number of cases as a whole number, such as 10")
        .contains("Enter a real date, such as 2026-03-31")
        .contains("Enter the last day of closing");
    assertThat(page.selectFirst("#size-error").text()).contains("whole number");
    assertThat(page.selectFirst("#closedFrom-error").text()).contains("real date");
    assertThat(page.selectFirst("#size").attr("value")).isEqualTo("abc");

    page = page(drawForm("60", "2025-03-31", "2025-03-01"), 400);
    assertThat(page.selectFirst("#size-error").text())
        .contains("Enter a number of cases from 1 to 50");
    assertThat(page.selectFirst("#closedTo-error").text())
        .contains("The last day cannot be before the first day");

    page = page(drawForm("3", "", ""), 400);
    assertThat(page.selectFirst("#closedFrom-error").text())
        .contains("Enter the first day of closing");
    assertThat(page.selectFirst("#closedTo-error").text())
        .contains("Enter the last day of closing");
    assertThat(reviewRows()).isEqualTo(before);

    MvcResult drawn = mvc.perform(drawForm("4", "2025-03-01", "2025-03-31")).andReturn();
    assertThat(drawn.getResponse().getRedirectedUrl())
        .isEqualTo("/app/helpline/supervision/reviews");
    assertThat(drawn.getFlashMap().get("drawn")).isEqualTo(4);
    Document list = page(get("/app/helpline/supervision/reviews"), 200);
    assertThat(list.select("#reviews tbody tr")).hasSize(4);
    assertThat(list.select("#reviews tbody tr[data-done=false]")).hasSize(4);
  }

  @Test
  void theApiDrawsASampleAndRefusesBadInputWithAProblem() throws Exception {
    MvcResult created =
        mvc.perform(
                post("/api/v1/supervision/samples")
                    .with(csrf())
                    .with(tenancy.as(supervisor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"size\":3,\"closedFrom\":\"2025-03-01\",\"closedTo\":\"2025-03-31\"}"))
            .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(201);
    assertThat(created.getResponse().getContentAsString()).contains("\"caseReference\":\"T-");

    MvcResult refused =
        mvc.perform(
                post("/api/v1/supervision/samples")
                    .with(csrf())
                    .with(tenancy.as(supervisor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"size\":0,\"closedFrom\":\"2025-03-31\",\"closedTo\":\"2025-03-01\"}"))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString())
        .contains("urn:pharos:problem:validation-failed")
        .contains("Enter a number of cases from 1 to 50")
        .contains("The last day cannot be before the first day");

    MvcResult noSize =
        mvc.perform(
                post("/api/v1/supervision/samples")
                    .with(csrf())
                    .with(tenancy.as(supervisor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"closedFrom\":\"2025-03-01\",\"closedTo\":\"2025-03-31\"}"))
            .andReturn();
    assertThat(noSize.getResponse().getStatus()).isEqualTo(400);
    assertThat(noSize.getResponse().getContentAsString()).contains("\"field\":\"size\"");
  }

  @Test
  void aReviewNeedsEveryCriterionRatedAndItsCommentIsSealedAndAudited() throws Exception {
    QualityReviewView review = draw(1, MARCH_1, MARCH_31).get(0);
    Map<ReviewCriterion, Rating> partial = new EnumMap<>(ReviewCriterion.class);
    partial.put(ReviewCriterion.NEEDS_ASSESSED, Rating.MET);
    partial.put(ReviewCriterion.CONSENT_RECORDED, Rating.NOT_APPLICABLE);

    assertThatThrownBy(() -> as(() -> supervision.submitReview(review.id(), partial, "Fine", 0)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field)
                    .containsExactly(
                        "ratings.INFORMED_OF_RIGHTS",
                        "ratings.PLAN_MATCHED_NEEDS",
                        "ratings.FOLLOW_UPS_ON_TIME",
                        "ratings.RECORDS_COMPLETE",
                        "ratings.CLOSED_APPROPRIATELY"));
    assertThatThrownBy(
            () ->
                as(
                    () ->
                        supervision.submitReview(
                            review.id(), all(Rating.MET), "x".repeat(4001), 0)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::messageKey)
                    .containsExactly("helpline.supervision.review.error.commentTooLong"));
    assertThat(storedVersion(review.id())).isZero();

    QualityReviewView done =
        as(
            () ->
                supervision.submitReview(
                    review.id(), all(Rating.PARTLY_MET), "Plan was thin on housing", 0));

    assertThat(done.done()).isTrue();
    assertThat(done.version()).isEqualTo(1);
    assertThat(done.ratings()).isEqualTo(all(Rating.PARTLY_MET));
    assertThat(done.comment()).isEqualTo("Plan was thin on housing");
    assertThat(done.reviewerId()).isEqualTo(team.id("Sofia Supervisor"));
    Map<String, Object> row =
        jdbc.queryForMap(
            "select comment_sealed, key_id, ratings from helpline_quality_review where id = ?",
            review.id());
    assertThat((String) row.get("comment_sealed"))
        .doesNotContain("housing")
        .startsWith(cipher.currentKeyId() + ".");
    assertThat(row.get("key_id")).isEqualTo(cipher.currentKeyId());
    assertThat((String) row.get("ratings")).startsWith("NEEDS_ASSESSED=PARTLY_MET\n");
    assertThat(audited("helpline.review.submitted", review.id())).isEqualTo(1);

    assertThat(as(() -> supervision.reviews()))
        .filteredOn(r -> r.id().equals(review.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.comment()).isNull());
    long reads = audited("data.read", review.id());
    assertThat(as(() -> supervision.review(review.id())).comment())
        .isEqualTo("Plan was thin on housing");
    assertThat(audited("data.read", review.id())).isEqualTo(reads + 1);
  }

  @Test
  void aStaleReviewIsRefusedWithTheNewerVersionAndNothingIsOverwritten() {
    QualityReviewView review = draw(1, MARCH_1, MARCH_31).get(0);
    tenancy.asUser(
        team.email("Sam Supervisor"),
        () -> supervision.submitReview(review.id(), all(Rating.MET), "Good work", 0));

    assertThatThrownBy(
            () -> as(() -> supervision.submitReview(review.id(), all(Rating.NOT_MET), "Poor", 0)))
        .isInstanceOfSatisfying(
            ConcurrentChange.class,
            changed -> {
              assertThat(changed.currentVersion()).isEqualTo(1);
              QualityReviewView current = (QualityReviewView) changed.current();
              assertThat(current.comment()).isEqualTo("Good work");
              assertThat(current.ratings()).isEqualTo(all(Rating.MET));
            });

    QualityReviewView stored = as(() -> supervision.review(review.id()));
    assertThat(stored.comment()).isEqualTo("Good work");
    assertThat(stored.reviewerId()).isEqualTo(team.id("Sam Supervisor"));
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void theReviewPageLinksToTheCaseShowsMissingRatingsAndBothVersionsOnAStaleEdit()
      throws Exception {
    QualityReviewView review = draw(1, MARCH_1, MARCH_31).get(0);
    String path = "/app/helpline/supervision/reviews/" + review.id();

    Document page = page(get(path), 200);
    assertThat(page.selectFirst("h1").text()).isEqualTo(review.caseReference());
    assertThat(page.selectFirst("#case-link").attr("href"))
        .isEqualTo("/app/helpline/cases/" + review.caseId());
    assertThat(page.select("#review-form fieldset")).hasSize(ReviewCriterion.values().length);
    assertThat(page.select("#review-form fieldset legend").eachText())
        .contains("Needs assessed", "Closed appropriately");
    assertThat(page.select("#review-form input[type=radio]")).hasSize(7 * 4);

    Document refused =
        page(
            reviewForm(path, "0")
                .param("rating.NEEDS_ASSESSED", "MET")
                .param("rating.INFORMED_OF_RIGHTS", "EXCELLENT")
                .param("comment", "Keep this text"),
            400);
    assertThat(refused.select(".govuk-error-summary__list li")).hasSize(6);
    assertThat(refused.selectFirst(".govuk-error-summary").text())
        .contains("Choose a rating for “Informed of their rights”");
    assertThat(refused.selectFirst(".govuk-error-summary a[href=#rating-INFORMED_OF_RIGHTS]"))
        .isNotNull();
    assertThat(refused.selectFirst("#rating-INFORMED_OF_RIGHTS-error")).isNotNull();
    assertThat(refused.selectFirst("#rating-NEEDS_ASSESSED").hasAttr("checked")).isTrue();
    assertThat(refused.selectFirst("#comment").text()).isEqualTo("Keep this text");
    assertThat(storedVersion(review.id())).isZero();

    MvcResult saved =
        mvc.perform(complete(reviewForm(path, "0"), "MET").param("comment", "Mine")).andReturn();
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path);
    assertThat(page(get(path), 200).selectFirst("#review-status").text()).startsWith("Reviewed on");

    Document stale =
        page(
            complete(reviewForm(path, "0"), "NOT_MET").param("comment", "A colleague's view"), 409);
    assertThat(stale.selectFirst("#conflict").text())
        .contains("A colleague saved this review while you were working on it");
    assertThat(stale.selectFirst("#version-saved").text()).contains("Mine").contains("Met");
    assertThat(stale.selectFirst("#version-yours").text())
        .contains("A colleague's view")
        .contains("Not met");
    assertThat(stale.selectFirst("input[name=version]").attr("value")).isEqualTo("1");
    assertThat(stale.selectFirst("#rating-NEEDS_ASSESSED-NOT_MET").hasAttr("checked")).isTrue();
    assertThat(as(() -> supervision.review(review.id())).comment()).isEqualTo("Mine");

    page(reviewForm(path, "").param("rating.NEEDS_ASSESSED", "MET"), 400);
    assertThat(storedVersion(review.id())).isEqualTo(1);
  }

  @Test
  void theApiReviewsWithAVersionAndAnswersStaleOrIncompleteReviewsWithAProblem() throws Exception {
    QualityReviewView review = draw(1, MARCH_1, MARCH_31).get(0);
    String path = "/api/v1/supervision/reviews/" + review.id();
    String ratings =
        "{\"NEEDS_ASSESSED\":\"MET\",\"INFORMED_OF_RIGHTS\":\"MET\",\"CONSENT_RECORDED\":\"MET\","
            + "\"PLAN_MATCHED_NEEDS\":\"MET\",\"FOLLOW_UPS_ON_TIME\":\"NOT_MET\","
            + "\"RECORDS_COMPLETE\":\"MET\",\"CLOSED_APPROPRIATELY\":\"MET\"}";

    MvcResult incomplete =
        putJson(path, "{\"ratings\":{\"NEEDS_ASSESSED\":\"MET\"},\"version\":0}");
    assertThat(incomplete.getResponse().getStatus()).isEqualTo(400);
    assertThat(incomplete.getResponse().getContentAsString())
        .contains("\"field\":\"ratings.CLOSED_APPROPRIATELY\"")
        .contains("Choose a rating for “Closed appropriately”");

    MvcResult unknown =
        putJson(path, "{\"ratings\":{\"NEEDS_ASSESSED\":\"EXCELLENT\"},\"version\":0}");
    assertThat(unknown.getResponse().getStatus()).isEqualTo(400);

    MvcResult noVersion = putJson(path, "{\"ratings\":" + ratings + "}");
    assertThat(noVersion.getResponse().getStatus()).isEqualTo(400);
    assertThat(noVersion.getResponse().getContentAsString()).contains("\"field\":\"version\"");

    MvcResult ok =
        putJson(path, "{\"ratings\":" + ratings + ",\"comment\":\"Late calls\",\"version\":0}");
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    assertThat(ok.getResponse().getContentAsString())
        .contains("\"done\":true")
        .contains("\"FOLLOW_UPS_ON_TIME\":\"NOT_MET\"")
        .contains("\"version\":1");

    MvcResult stale = putJson(path, "{\"ratings\":" + ratings + ",\"version\":0}");
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    assertThat(stale.getResponse().getContentAsString())
        .contains("urn:pharos:problem:concurrent-change")
        .contains("\"currentVersion\":1")
        .contains("Late calls");

    String list =
        mvc.perform(get("/api/v1/supervision/reviews").with(tenancy.as(supervisor)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains(review.id().toString()).doesNotContain("Late calls");
  }

  @Test
  void aReviewOfAnotherOrganisationIsNotFound() throws Exception {
    QualityReviewView review = draw(1, MARCH_1, MARCH_31).get(0);
    String other = "supervisor.apav@pharos.test";

    assertThatThrownBy(() -> tenancy.asUser(other, () -> supervision.review(review.id())))
        .isInstanceOf(QualityReviewNotFound.class);
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    other, () -> supervision.submitReview(review.id(), all(Rating.MET), null, 0)))
        .isInstanceOf(QualityReviewNotFound.class);
    assertThat(tenancy.asUser(other, () -> supervision.reviews()))
        .extracting(QualityReviewView::id)
        .doesNotContain(review.id());
    tenancy.assertOnlyOwnOrganisationSees(
        "/app/helpline/supervision/reviews/" + review.id(), supervisor, other);
    tenancy.assertOnlyOwnOrganisationSees(
        "/api/v1/supervision/reviews/" + review.id(), supervisor, other);
    MvcResult put =
        mvc.perform(
                put("/api/v1/supervision/reviews/" + review.id())
                    .with(csrf())
                    .with(tenancy.as(other))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"ratings\":{},\"version\":0}"))
            .andReturn();
    assertThat(put.getResponse().getStatus()).isEqualTo(404);
    assertThat(storedVersion(review.id())).isZero();
    // A draw of the other organisation never picks this team's cases.
    List<QualityReviewView> theirs =
        tenancy.asUser(other, () -> supervision.drawSample(50, MARCH_1, MARCH_31));
    assertThat(theirs)
        .extracting(QualityReviewView::caseId)
        .doesNotContainAnyElementsOf(closedInMarch);
  }

  private static Map<ReviewCriterion, Rating> all(Rating rating) {
    Map<ReviewCriterion, Rating> ratings = new EnumMap<>(ReviewCriterion.class);
    for (ReviewCriterion criterion : ReviewCriterion.values()) {
      ratings.put(criterion, rating);
    }
    return ratings;
  }

  private static java.time.Instant lisbon(LocalDate day, int hour) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(LISBON).toInstant();
  }

  private List<QualityReviewView> draw(int size, LocalDate from, LocalDate to) {
    return as(() -> supervision.drawSample(size, from, to));
  }

  private <T> T as(Supplier<T> work) {
    return tenancy.asUser(supervisor, work);
  }

  private static void assertProblems(Runnable call, String field, String key) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(field, key)));
  }

  private MockHttpServletRequestBuilder drawForm(String size, String from, String to) {
    return post("/app/helpline/supervision/reviews")
        .with(csrf())
        .with(tenancy.as(supervisor))
        .param("size", size)
        .param("closedFrom", from)
        .param("closedTo", to);
  }

  private MockHttpServletRequestBuilder reviewForm(String path, String version) {
    return post(path).with(csrf()).with(tenancy.as(supervisor)).param("version", version);
  }

  private static MockHttpServletRequestBuilder complete(
      MockHttpServletRequestBuilder form, String rating) {
    for (ReviewCriterion criterion : ReviewCriterion.values()) {
      form.param("rating." + criterion.name(), rating);
    }
    return form;
  }

  private MvcResult putJson(String path, String body) throws Exception {
    return mvc.perform(
            put(path)
                .with(csrf())
                .with(tenancy.as(supervisor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }

  private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(supervisor))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private long reviewRows() {
    return jdbc.queryForObject(
        "select count(*) from helpline_quality_review where organisation_id = ?",
        Long.class,
        team.organisationId());
  }

  private long storedVersion(UUID reviewId) {
    return jdbc.queryForObject(
        "select version from helpline_quality_review where id = ?", Long.class, reviewId);
  }

  private long audited(String action, UUID id) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = ? and target_id = ?",
        Long.class,
        action,
        id.toString());
  }
}
