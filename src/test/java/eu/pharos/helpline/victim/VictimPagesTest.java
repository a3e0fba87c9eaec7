package eu.pharos.helpline.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.time.LocalDate;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Victims' pages: search, register, details and consents, correction with stale-edit merging. */
@PharosTest
class VictimPagesTest {

  static final String ADVISOR = VictimsFlowTest.ADVISOR;
  static final String SUPERVISOR = VictimsFlowTest.SUPERVISOR;
  static final String OUTSIDER = VictimsFlowTest.OUTSIDER;

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Victims victims;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void anAdvisorRegistersAVictimAndFindsThemWithASearchThatStaysOutOfTheAddress() throws Exception {
    String name = "Inês Rocha " + VictimsFlowTest.unique();
    MvcResult created =
        mvc.perform(
                form("/app/helpline/victims/new", ADVISOR)
                    .param("fullName", name)
                    .param("phone", "+351 22 " + VictimsFlowTest.digits())
                    .param("email", "ines@example.pt")
                    .param("dateOfBirth", "1990-02-03")
                    .param("preferredLanguage", "pt")
                    .param("residenceCountry", "PT"))
            .andReturn();
    assertThat(created.getResponse().getStatus()).isEqualTo(302);
    String location = created.getResponse().getRedirectedUrl();
    assertThat(location).matches("/app/helpline/victims/[0-9a-f-]{36}");

    Document details = page(get(location), SUPERVISOR, 200);
    assertThat(details.selectFirst("h1").text()).isEqualTo(name);
    assertThat(details.text())
        .contains("ines@example.pt")
        .contains("3 Feb 1990")
        .contains("Portugal");
    tenancy.assertOnlyOwnOrganisationSees(location, ADVISOR, OUTSIDER);
    tenancy.assertOnlyOwnOrganisationSees(location + "/edit", ADVISOR, OUTSIDER);

    Document searchPage = page(get("/app/helpline/victims"), ADVISOR, 200);
    assertThat(searchPage.selectFirst("form[role=search]").attr("method")).isEqualTo("post");
    assertThat(searchPage.select("nav a[href=/app/helpline/victims]")).isNotEmpty();

    Document found =
        page(
            form("/app/helpline/victims", ADVISOR).param("query", name.toUpperCase()),
            ADVISOR,
            200);
    assertThat(found.select("#matches + ul a").eachAttr("href")).containsExactly(location);
    Document none =
        page(form("/app/helpline/victims", ADVISOR).param("query", "Inês"), ADVISOR, 200);
    assertThat(none.select("#matches + ul a")).isEmpty();
    assertThat(none.selectFirst("#matches").text()).isEqualTo("Victims found: 0");
    Document empty = page(form("/app/helpline/victims", ADVISOR).param("query", " "), ADVISOR, 400);
    assertThat(empty.selectFirst("#query-error").text()).contains("Enter a full name or a phone");
  }

  @Test
  void badDetailsAreShownBesideTheirFieldsWithTheEntriesKept() throws Exception {
    long before = jdbc.queryForObject("select count(*) from helpline_victim", Long.class);

    Document page =
        page(
            form("/app/helpline/victims/new", ADVISOR)
                .param("fullName", "Paulo Dias")
                .param("phone", "call me")
                .param("email", "paulo@")
                .param("dateOfBirth", LocalDate.now().plusDays(5).toString())
                .param("residenceCountry", "QQ"),
            ADVISOR,
            400);

    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactlyInAnyOrder("#phone", "#email", "#dateOfBirth", "#residenceCountry");
    assertThat(page.selectFirst("#dateOfBirth-error").text())
        .contains("The date of birth cannot be in the future.");
    assertThat(page.selectFirst("#phone-error").text()).contains("Enter a phone number");
    assertThat(page.selectFirst("#fullName").attr("value")).isEqualTo("Paulo Dias");
    assertThat(page.selectFirst("#phone").attr("value")).isEqualTo("call me");

    Document notADate =
        page(
            form("/app/helpline/victims/new", ADVISOR).param("dateOfBirth", "1990-02-30"),
            ADVISOR,
            400);
    assertThat(notADate.selectFirst("#dateOfBirth-error").text()).contains("Enter a date like");
    assertThat(jdbc.queryForObject("select count(*) from helpline_victim", Long.class))
        .isEqualTo(before);
  }

  @Test
  void aStaleCorrectionShowsTheStoredVersionBesideTheUsersAndStoresNothing() throws Exception {
    VictimView victim =
        tenancy.asUser(
            ADVISOR,
            () ->
                victims.register(
                    new VictimDetails("Carla Mendes", null, null, null, null, null, null)));
    Document edit = page(get("/app/helpline/victims/" + victim.id() + "/edit"), ADVISOR, 200);
    assertThat(edit.selectFirst("input[name=version]").attr("value")).isEqualTo("0");
    tenancy.asUser(
        SUPERVISOR,
        () ->
            victims.rectify(
                victim.id(),
                new VictimDetails("Carla Mendes Lopes", null, null, null, null, null, "PT"),
                0));

    Document stale =
        page(
            form("/app/helpline/victims/" + victim.id() + "/edit", ADVISOR)
                .param("version", "0")
                .param("fullName", "Carla M. Mendes")
                .param("email", "carla@example.pt"),
            ADVISOR,
            409);

    assertThat(stale.selectFirst("#stale-edit").text()).contains("Someone changed these details");
    assertThat(stale.selectFirst("#stored-version").text())
        .contains("Carla Mendes Lopes")
        .contains("Portugal");
    assertThat(stale.selectFirst("#fullName").attr("value")).isEqualTo("Carla M. Mendes");
    assertThat(stale.selectFirst("#email").attr("value")).isEqualTo("carla@example.pt");
    assertThat(stale.selectFirst("input[name=version]").attr("value")).isEqualTo("1");
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(victim.id())).details().fullName())
        .isEqualTo("Carla Mendes Lopes");

    MvcResult saved =
        mvc.perform(
                form("/app/helpline/victims/" + victim.id() + "/edit", ADVISOR)
                    .param("version", "1")
                    .param("fullName", "Carla M. Mendes"))
            .andReturn();
    assertThat(saved.getResponse().getRedirectedUrl())
        .isEqualTo("/app/helpline/victims/" + victim.id());
    assertThat(tenancy.asUser(ADVISOR, () -> victims.get(victim.id())).details().fullName())
        .isEqualTo("Carla M. Mendes");
  }

  @Test
  void consentsAreRecordedAndWithdrawnOnTheVictimsPage() throws Exception {
    UUID id = tenancy.asUser(ADVISOR, () -> victims.register(VictimDetails.unnamed())).id();
    String path = "/app/helpline/victims/" + id;

    Document refused =
        page(
            form(path + "/consents", ADVISOR)
                .param("kind", "SHARE_WITH_ORGANISATION")
                .param("method", "WRITTEN")
                .param("givenOn", LocalDate.now().plusDays(2).toString()),
            ADVISOR,
            400);
    assertThat(refused.select("#record-consent .govuk-error-summary__list a").eachAttr("href"))
        .containsExactlyInAnyOrder("#sharedWithOrganisationId", "#givenOn");
    assertThat(refused.selectFirst("#givenOn-error").text())
        .contains("A consent cannot be given in the future.");

    MvcResult recorded =
        mvc.perform(
                form(path + "/consents", ADVISOR)
                    .param("kind", "CONTACT_BACK")
                    .param("method", "VERBAL_PHONE")
                    .param("givenOn", LocalDate.now().minusDays(1).toString())
                    .param("givenAtTime", "10:15")
                    .param("purpose", "Call back about the hearing"))
            .andReturn();
    assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo(path + "#consents");
    ConsentView consent = tenancy.asUser(ADVISOR, () -> victims.consents(id)).get(0);

    Document details = page(get(path), ADVISOR, 200);
    assertThat(details.selectFirst("#consent-" + consent.id()).text())
        .contains("Being contacted again")
        .contains("Call back about the hearing")
        .contains("10:15")
        .contains("Active");

    MvcResult withdrawn =
        mvc.perform(
                form(path + "/consents/" + consent.id() + "/withdrawal", ADVISOR)
                    .param("method", "WRITTEN"))
            .andReturn();
    assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo(path + "#consents");
    assertThat(page(get(path), ADVISOR, 200).selectFirst("#consent-" + consent.id()).text())
        .contains("Withdrawn")
        .contains("In writing");

    Document twice =
        page(
            form(path + "/consents/" + consent.id() + "/withdrawal", ADVISOR)
                .param("method", "WRITTEN"),
            ADVISOR,
            400);
    assertThat(twice.selectFirst(".govuk-error-summary").text())
        .contains("This consent was already withdrawn.");
    assertThat(
            mvc.perform(
                    form(path + "/consents/" + UUID.randomUUID() + "/withdrawal", ADVISOR)
                        .param("method", "WRITTEN"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(
                    form(path + "/consents", OUTSIDER)
                        .param("kind", "CONTACT_BACK")
                        .param("method", "WRITTEN")
                        .param("givenOn", LocalDate.now().toString()))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("another organisation cannot record a consent")
        .isEqualTo(404);
  }

  @Test
  void pagesAreForCaseWorkersOnly() throws Exception {
    assertThat(
            mvc.perform(get("/app/helpline/victims").with(tenancy.as("orgadmin.apav@pharos.test")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/app/helpline/victims/new").with(tenancy.as(SUPERVISOR)))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  private MockHttpServletRequestBuilder form(String path, String user) {
    return post(path).with(csrf()).with(tenancy.as(user));
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int status)
      throws Exception {
    MvcResult result = mvc.perform(request.with(tenancy.as(user))).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(status);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
