package eu.pharos.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import eu.pharos.identity.Organisations;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The centres' pages and API with the real security: visitors see the public face, the secretariat
 * opens a centre (a refused form keeps its input and names each problem), members join on each
 * centre's policy, moderators decide.
 */
@PharosTest
class CentrePagesTest {

  static final String SECRETARIAT = "secretariat@pharos.test";
  static final String APAV_ADMIN = "orgadmin.apav@pharos.test";
  static final String FV = "member.fv@pharos.test";
  static final String SAW = "advisor.saw@pharos.test";
  static final String WR_DE = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    cleanUp();
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("delete from knowledge_centre where slug like 'test-%'");
    jdbc.update(
        "delete from knowledge_membership where user_id = (select id from identity_user where"
            + " email = ?) and centre_id = (select id from knowledge_centre where slug ="
            + " 'european-helplines')",
        FV);
  }

  @Test
  void visitorsSeeTheCentresAndTheirPublicFaceButNotTheStaffArea() throws Exception {
    Document list = Jsoup.parse(anonymous(get("/centres"), 200).getContentAsString());
    assertThat(list.select("#centres [data-centre]").eachAttr("data-centre"))
        .contains("european-helplines", "distant-support", "eu-legislation-monitoring");

    Document home =
        Jsoup.parse(anonymous(get("/centres/european-helplines"), 200).getContentAsString());
    assertThat(home.select("h1").text()).contains("116 006");
    assertThat(home.select("#standing").text()).contains("sign in");
    assertThat(home.select("#members-link")).isEmpty();
    assertThat(home.select("#news li")).isNotEmpty();
    assertThat(home.select("#news").text()).doesNotContain(" by ");

    assertThat(anonymous(get("/app/centres/european-helplines"), 302).getRedirectedUrl())
        .contains("/login");
    anonymous(get("/centres/no-such-centre"), 404);
  }

  @Test
  void theSecretariatOpensACentreAndARefusedFormNamesEachProblemAndKeepsTheInput()
      throws Exception {
    Document form = page(get("/app/centres/new"), SECRETARIAT, 200);
    assertThat(form.select("#centre-form")).hasSize(1);
    page(get("/app/centres/new"), APAV_ADMIN, 403);

    Document refused =
        page(
            post("/app/centres")
                .param("name", "")
                .param("topic", "Victims of terrorism")
                .param("purpose", "")
                .param("languages", "english")
                .param("joinPolicy", "OPEN"),
            SECRETARIAT,
            400);
    assertThat(refused.select(".govuk-error-summary a").eachText())
        .containsExactly(
            "Enter the centre's name.",
            "Say what the centre is for.",
            "Give languages as two-letter codes (ISO 639-1), such as en, fr, de, at most ten.",
            "Choose the lead organisation.");
    assertThat(refused.select("#topic").val()).isEqualTo("Victims of terrorism");
    assertThat(refused.select("#languages").val()).isEqualTo("english");

    UUID apav = organisations.findByShortName("APAV").orElseThrow().id();
    MockHttpServletResponse opened =
        perform(
            post("/app/centres")
                .param("name", "Test centre on terrorism")
                .param("topic", "Victims of terrorism")
                .param("purpose", "Sharing how members support victims of terrorism.")
                .param("languages", "en, fr")
                .param("leadOrganisationId", apav.toString())
                .param("joinPolicy", "OPEN"),
            SECRETARIAT);
    assertThat(opened.getRedirectedUrl()).isEqualTo("/app/centres/test-centre-on-terrorism");
    Document home = page(get("/app/centres/test-centre-on-terrorism"), APAV_ADMIN, 200);
    assertThat(home.select("#standing").text()).contains("You are a member");
    assertThat(home.select("#facts").text()).contains("English, French");
  }

  @Test
  void aMemberAsksToJoinAndAModeratorAcceptsOnTheMembersPage() throws Exception {
    Document members = page(get("/app/centres/european-helplines/members"), FV, 200);
    assertThat(members.select("#join").text()).isEqualTo("Ask to join");
    assertThat(members.select("#invite-form")).isEmpty();

    MockHttpServletResponse asked =
        perform(
            post("/app/centres/european-helplines/members/join").param("note", "We run 08VICTIMES"),
            FV);
    assertThat(asked.getRedirectedUrl()).isEqualTo("/app/centres/european-helplines/members");

    Document moderator = page(get("/app/centres/european-helplines/members"), APAV_ADMIN, 200);
    assertThat(moderator.select("#pending").text()).contains("We run 08VICTIMES");
    String id = moderator.select("#pending [data-membership]").attr("data-membership");
    perform(
        post("/app/centres/european-helplines/members/" + id + "/decide").param("accept", "true"),
        APAV_ADMIN);

    Document after = page(get("/app/centres/european-helplines"), FV, 200);
    assertThat(after.select("#standing").text()).contains("You are a member");
  }

  @Test
  void joiningACentreByInvitationIsRefusedWithAMessageAndOnlyModeratorsChangeIt() throws Exception {
    Document refused = page(post("/app/centres/eu-legislation-monitoring/members/join"), SAW, 400);
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("by invitation only: ask one of its moderators");

    page(get("/app/centres/european-helplines/settings"), WR_DE, 403);
    page(post("/app/centres/european-helplines/members/invite").param("email", FV), WR_DE, 403);
    Document unknown =
        page(
            post("/app/centres/european-helplines/members/invite")
                .param("email", "nobody@example.org"),
            APAV_ADMIN,
            400);
    assertThat(unknown.select("#email-error").text())
        .contains("Nobody in the network signs in with that e-mail address.");
    assertThat(unknown.select("#email").val()).isEqualTo("nobody@example.org");
  }

  @Test
  void theApiListsCentresAndAnswersProblemsForBadInput() throws Exception {
    MockHttpServletResponse list = perform(get("/api/v1/centres"), WR_DE);
    assertThat(list.getStatus()).isEqualTo(200);
    assertThat(list.getContentAsString()).contains("european-helplines", "\"standing\":\"MEMBER\"");

    MockHttpServletResponse missing = perform(get("/api/v1/centres/no-such-centre"), WR_DE);
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(missing.getContentType()).contains("application/problem+json");

    MockHttpServletResponse bad =
        perform(
            post("/api/v1/centres")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"\",\"topic\":\"t\",\"purpose\":\"p\",\"languages\":[\"en\"]}"),
            SECRETARIAT);
    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(bad.getContentAsString()).contains("name", "leadOrganisationId", "joinPolicy");

    MockHttpServletResponse stale =
        perform(
            put("/api/v1/centres/european-helplines")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"European Helplines\",\"topic\":\"t\",\"purpose\":\"p\","
                        + "\"languages\":[\"en\"],\"leadOrganisationId\":\""
                        + organisations.findByShortName("APAV").orElseThrow().id()
                        + "\",\"joinPolicy\":\"ON_REQUEST\",\"version\":999}"),
            SECRETARIAT);
    assertThat(stale.getStatus()).isEqualTo(409);

    MockHttpServletResponse forbidden =
        perform(
            post("/api/v1/centres")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\"}"),
            WR_DE);
    assertThat(forbidden.getStatus()).isEqualTo(403);
  }

  private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request, int expected)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return response;
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(csrf()).with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = perform(request, user);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
