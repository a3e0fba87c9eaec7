package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.chat.responses.CannedResponse;
import eu.pharos.chat.responses.CannedResponseNotFound;
import eu.pharos.chat.responses.CannedResponses;
import eu.pharos.helpline.supervision.TestTeam;
import eu.pharos.identity.Role;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Canned responses: kept by supervisors and admins, per language, with refusal of a stale edit. */
@PharosTest
class CannedResponsesPagesTest {

  static final String ADMIN = "orgadmin.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String ADVISOR = "advisor.apav@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired CannedResponses responses;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aSupervisorAddsChangesAndDeletesAResponse() throws Exception {
    String location =
        mvc.perform(
                post("/app/chat/responses")
                    .with(tenancy.as(SUPERVISOR))
                    .with(csrf())
                    .param("language", "en")
                    .param("title", "Test greeting " + UUID.randomUUID())
                    .param("body", "Hello, you are talking to an advisor."))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).isEqualTo("/app/chat/responses?language=en");
    CannedResponse added =
        tenancy.asUser(SUPERVISOR, () -> responses.list("en")).stream()
            .filter(r -> r.title().startsWith("Test greeting"))
            .findFirst()
            .orElseThrow();

    Document list = page(get("/app/chat/responses?language=en"), SUPERVISOR, 200);
    assertThat(list.select("#responses [data-response=" + added.id() + "]")).hasSize(1);

    page(
        post("/app/chat/responses/" + added.id())
            .with(csrf())
            .param("language", "en")
            .param("title", added.title())
            .param("body", "Hello again.")
            .param("version", Long.toString(added.version())),
        SUPERVISOR,
        302);
    assertThat(tenancy.asUser(SUPERVISOR, () -> responses.get(added.id())).body())
        .isEqualTo("Hello again.");

    page(post("/app/chat/responses/" + added.id() + "/delete").with(csrf()), ADMIN, 302);
    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> responses.get(added.id())))
        .isInstanceOf(CannedResponseNotFound.class);
  }

  @Test
  void aStaleEditIsRefusedAndShowsTheNewerText() throws Exception {
    CannedResponse added =
        tenancy.asUser(
            ADMIN, () -> responses.add("pt", "Despedida " + UUID.randomUUID(), "Adeus."));
    tenancy.asUser(
        ADMIN,
        () -> responses.change(added.id(), "pt", added.title(), "Até breve.", added.version()));

    Document conflict =
        page(
            post("/app/chat/responses/" + added.id())
                .with(csrf())
                .param("language", "pt")
                .param("title", added.title())
                .param("body", "Mine.")
                .param("version", Long.toString(added.version())),
            SUPERVISOR,
            409);
    assertThat(conflict.selectFirst("#conflict").text()).contains("Até breve.");
    assertThat(conflict.selectFirst("#body").text()).isEqualTo("Mine.");
    assertThat(conflict.selectFirst("input[name=version]").val())
        .isEqualTo(Long.toString(added.version() + 1));
    assertThat(tenancy.asUser(ADMIN, () -> responses.get(added.id())).body())
        .isEqualTo("Até breve.");
  }

  @Test
  void aResponseWithoutTitleOrInAnotherLanguageIsRefusedBesideItsFields() throws Exception {
    Document refused =
        page(
            post("/app/chat/responses")
                .with(csrf())
                .param("language", "de")
                .param("title", " ")
                .param("body", "Kept text"),
            ADMIN,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#language", "#title");
    assertThat(refused.selectFirst("#body").text()).isEqualTo("Kept text");
  }

  @Test
  void advisorsMayNotKeepResponsesAndOtherOrganisationsDoNotSeeThem() throws Exception {
    page(get("/app/chat/responses"), ADVISOR, 403);
    CannedResponse added =
        tenancy.asUser(ADMIN, () -> responses.add("en", "Only APAV " + UUID.randomUUID(), "Hi."));
    TestTeam other = TestTeam.create(jdbc, cipher);
    other.person("Olga Outsider", Role.ORG_ADMIN, Role.SUPERVISOR);
    tenancy.assertOnlyOwnOrganisationSees(
        "/app/chat/responses/" + added.id(), SUPERVISOR, other.email("Olga Outsider"));
    assertThat(tenancy.asUser(ADVISOR, () -> responses.list("en")))
        .extracting(CannedResponse::id)
        .contains(added.id());
  }

  private Document page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user,
      int expected)
      throws Exception {
    var response = mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
