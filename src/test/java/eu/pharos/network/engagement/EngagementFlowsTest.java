package eu.pharos.network.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.identity.Organisations;
import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.EngagementView;
import eu.pharos.network.Engagements;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.InvalidEngagement;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The secretariat's capacity-building log through its pages and its facade. */
@PharosTest
class EngagementFlowsTest {

  static final String SECRETARIAT = "secretariat@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Engagements engagements;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void theSecretariatRecordsAnEngagementAndFollowsItUp() throws Exception {
    String apav = organisationId("APAV");
    MvcResult created =
        mvc.perform(
                form("/app/network/engagements/new")
                    .param("kind", "STUDY_VISIT")
                    .param("countryCode", "pt")
                    .param("title", "Study visit to the Lisbon helpline")
                    .param("hostOrganisationId", apav)
                    .param(
                        "participantOrganisationIds", organisationId("WR-DE"), organisationId("FV"))
                    .param("otherParticipants", "Ministry of Justice")
                    .param("startsOn", "2026-03-02")
                    .param("endsOn", "2026-03-03")
                    .param("notes", "Internal note on the visit")
                    .param("outcomes", "Shared scripts for night shifts"))
            .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(302);
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/app/network/engagements/");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

    EngagementView engagement = tenancy.asUser(SECRETARIAT, () -> engagements.get(id));
    assertThat(engagement.countryCode()).isEqualTo("PT");
    assertThat(engagement.host()).startsWith("APAV");
    assertThat(engagement.participants())
        .containsExactly("France Victimes", "Weisser Ring (Germany)");
    assertThat(engagement.endsOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(audited("network.engagement.created", id)).isEqualTo(1);

    Document page = page(get(location), 200);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Study visit to the Lisbon helpline");
    assertThat(page.text()).contains("Internal note on the visit").contains("Ministry of Justice");

    MvcResult added =
        mvc.perform(
                form(location + "/actions")
                    .param("description", "Send the night-shift scripts")
                    .param("ownerName", "Ana")
                    .param("ownerOrganisationId", apav)
                    .param("dueOn", "2020-01-31"))
            .andReturn();
    assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(location + "#actions");
    page = page(get(location), 200);
    assertThat(page.selectFirst("#actions-table tbody tr").attr("data-overdue")).isEqualTo("true");
    assertThat(page.selectFirst("#actions-table").text())
        .contains("Send the night-shift scripts")
        .contains("Ana (APAV")
        .contains("Overdue");
    assertThat(page(get("/app/network/engagements"), 200).selectFirst("#overdue").text())
        .contains("Send the night-shift scripts");

    UUID actionId = tenancy.asUser(SECRETARIAT, () -> engagements.get(id)).actions().get(0).id();
    mvc.perform(form(location + "/actions/" + actionId + "/status").param("status", "DONE"));
    EngagementView done = tenancy.asUser(SECRETARIAT, () -> engagements.get(id));
    assertThat(done.actions().get(0).status()).isEqualTo(FollowUpStatus.DONE);
    assertThat(done.actions().get(0).overdue()).isFalse();
    assertThat(audited("network.engagement.action-done", id)).isEqualTo(1);

    Document profile = page(get("/countries/PT"), 200);
    assertThat(profile.selectFirst("#timeline").text())
        .contains("Study visit to the Lisbon helpline");
    assertThat(profile.text())
        .doesNotContain("Internal note on the visit")
        .doesNotContain("Shared scripts")
        .doesNotContain("Ministry of Justice")
        .doesNotContain("night-shift");
  }

  @Test
  void anEndBeforeTheStartIsRefusedOnTheFormAndNothingIsStored() throws Exception {
    long before = count();
    Document page =
        page(valid().param("startsOn", "2026-03-05").param("endsOn", "2026-03-01"), 200);

    assertThat(page.selectFirst(".govuk-error-summary").text())
        .contains("The last day cannot be before the first day");
    assertThat(page.selectFirst("#endsOn-error").text()).contains("The last day cannot be");
    assertThat(page.selectFirst("#title").attr("value")).isEqualTo("A workshop");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anUnknownCountryAMissingTitleAndABadDateEachGetTheirMessage() throws Exception {
    long before = count();
    Document page =
        page(
            form("/app/network/engagements/new")
                .param("kind", "WORKSHOP")
                .param("countryCode", "XX")
                .param("title", "  ")
                .param("startsOn", "2026-02-30"),
            200);

    assertThat(page.select(".govuk-error-summary__list li").eachText())
        .containsExactlyInAnyOrder("Enter a real date, such as 2017-10-19");
    page =
        page(
            form("/app/network/engagements/new")
                .param("kind", "WORKSHOP")
                .param("countryCode", "XX")
                .param("title", "")
                .param("startsOn", "2026-02-20"),
            200);
    assertThat(page.select(".govuk-error-summary__list li").eachText())
        .containsExactlyInAnyOrder("Choose a country from the list", "Enter a title");
    page = page(form("/app/network/engagements/new").param("kind", "PICNIC"), 200);
    assertThat(page.select(".govuk-error-summary__list li").eachText())
        .contains("Choose the kind of engagement");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aFollowUpActionWithoutDescriptionOwnerOrDueDateIsRefused() throws Exception {
    EngagementView engagement = recordOne();
    Document page = page(form("/app/network/engagements/" + engagement.id() + "/actions"), 200);

    assertThat(page.select(".govuk-error-summary__list li").eachText())
        .containsExactlyInAnyOrder(
            "Describe the action",
            "Enter who owns the action, or choose their organisation",
            "Enter the due date");
    assertThat(tenancy.asUser(SECRETARIAT, () -> engagements.get(engagement.id())).actions())
        .isEmpty();
  }

  @Test
  void theFacadeRefusesBadDetailsWithEveryProblem() {
    EngagementDetails bad =
        new EngagementDetails(
            null,
            "ZZ",
            " ",
            UUID.randomUUID(),
            null,
            Set.of(),
            null,
            LocalDate.of(2026, 5, 2),
            LocalDate.of(2026, 5, 1),
            null,
            null);
    assertThatThrownBy(() -> tenancy.asUser(SECRETARIAT, () -> engagements.record(bad)))
        .isInstanceOfSatisfying(
            InvalidEngagement.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(InvalidEngagement.Problem::messageKey)
                    .containsExactlyInAnyOrder(
                        "engagements.error.kindRequired",
                        "engagements.error.countryUnknown",
                        "engagements.error.titleRequired",
                        "engagements.error.organisationUnknown",
                        "engagements.error.endBeforeStart"));
  }

  @Test
  void editingKeepsTheOldDetailsWhenTheNewOnesAreRefused() throws Exception {
    EngagementView engagement = recordOne();
    Document page =
        page(
            form("/app/network/engagements/" + engagement.id() + "/edit")
                .param("kind", "WORKSHOP")
                .param("countryCode", "BE")
                .param("title", "")
                .param("startsOn", "2026-04-01"),
            200);
    assertThat(page.text()).contains("Enter a title");
    assertThat(tenancy.asUser(SECRETARIAT, () -> engagements.get(engagement.id())).title())
        .isEqualTo("A workshop");

    mvc.perform(
        form("/app/network/engagements/" + engagement.id() + "/edit")
            .param("kind", "MEETING")
            .param("countryCode", "BE")
            .param("title", "A meeting")
            .param("startsOn", "2026-04-01"));
    EngagementView changed = tenancy.asUser(SECRETARIAT, () -> engagements.get(engagement.id()));
    assertThat(changed.title()).isEqualTo("A meeting");
    assertThat(changed.kind()).isEqualTo(EngagementKind.MEETING);
    assertThat(audited("network.engagement.changed", engagement.id())).isEqualTo(1);
  }

  @Test
  void theListFiltersByCountryAndKind() throws Exception {
    Document page = page(get("/app/network/engagements?country=HR&kind=PILOT_EVALUATION"), 200);
    assertThat(page.select("#engagements tbody tr")).hasSize(1);
    assertThat(page.selectFirst("#engagements").text())
        .contains("Pilot evaluation against the nine victim support standards");
    page = page(get("/app/network/engagements?country=HR&kind=WORKSHOP"), 200);
    assertThat(page.select("#engagements")).isEmpty();
    page = page(get("/app/network/engagements?country=nowhere&kind=nothing"), 200);
    assertThat(page.select("#engagements tbody tr").size()).isGreaterThan(5);
  }

  @Test
  void onlyTheSecretariatAndNetworkAdministratorsSeeTheLog() throws Exception {
    assertThat(
            mvc.perform(get("/app/network/engagements").with(tenancy.as("admin@pharos.test")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(
            mvc.perform(
                    get("/app/network/engagements").with(tenancy.as("orgadmin.apav@pharos.test")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(get("/app/network/engagements")).andReturn().getResponse().getStatus())
        .isEqualTo(302);
    assertThatThrownBy(
            () -> tenancy.asUser("advisor.apav@pharos.test", () -> engagements.list(null, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anUnknownEngagementOrAMalformedIdIsNotAServerError() throws Exception {
    assertThat(
            mvc.perform(
                    get("/app/network/engagements/" + UUID.randomUUID())
                        .with(tenancy.as(SECRETARIAT)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/app/network/engagements/not-an-id").with(tenancy.as(SECRETARIAT)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isBetween(400, 404);
  }

  private EngagementView recordOne() {
    return tenancy.asUser(
        SECRETARIAT,
        () ->
            engagements.record(
                new EngagementDetails(
                    EngagementKind.WORKSHOP,
                    "BE",
                    "A workshop",
                    null,
                    "Brussels",
                    Set.of(),
                    null,
                    LocalDate.of(2026, 4, 1),
                    null,
                    null,
                    null)));
  }

  private MockHttpServletRequestBuilder valid() {
    return form("/app/network/engagements/new")
        .param("kind", "WORKSHOP")
        .param("countryCode", "BE")
        .param("title", "A workshop");
  }

  private MockHttpServletRequestBuilder form(String path) {
    return post(path).with(csrf()).with(tenancy.as(SECRETARIAT));
  }

  private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(SECRETARIAT))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  private String organisationId(String shortName) {
    return organisations.findByShortName(shortName).orElseThrow().id().toString();
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from network_engagement", Long.class);
  }

  private int audited(String action, UUID id) {
    return jdbc.queryForObject(
        "select count(*) from audit_event where action = ? and target_id = ?",
        Integer.class,
        action,
        id.toString());
  }
}
