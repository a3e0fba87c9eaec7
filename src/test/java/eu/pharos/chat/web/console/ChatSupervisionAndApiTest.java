package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The supervisor's chat page and the chat API, on APAV's demo queue. */
@PharosTest
class ChatSupervisionAndApiTest {

  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String ADVISOR = "bruno.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final String VALIDATION = "urn:pharos:problem:validation-failed";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ChatConsole console;
  @Autowired VisitorChats visitors;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(SUPERVISOR, TenantContext::current);
  }

  @Test
  void theSupervisorSeesTheQueueTheAdvisorsAndCanJoinAConversation() throws Exception {
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat chat = start("en", ChatTopic.HATE_CRIME);
    UUID id = chat.key().conversationId();
    tenancy.asUser(ADVISOR, () -> console.accept(id));

    Document page = page("/app/chat/supervision", SUPERVISOR, 200);
    int queued = tenancy.asUser(SUPERVISOR, () -> console.queue()).size();
    assertThat(page.selectFirst("#waiting-count").text()).isEqualTo(Integer.toString(queued));
    Integer active =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ?"
                + " and advisor_id is not null and state in ('ACTIVE', 'AWAITING_REPLY', 'ANSWERED')",
            Integer.class,
            apav);
    assertThat(page.selectFirst("#active-count").text()).isEqualTo(Integer.toString(active));
    assertThat(page.select("#active tr[data-conversation=" + id + "] a").attr("href"))
        .isEqualTo("/app/chat/" + id);
    UUID bruno = tenancy.asUser(ADVISOR, () -> console.myStatus()).advisorId();
    assertThat(page.selectFirst("#advisors tr[data-advisor=" + bruno + "]").text())
        .contains("Bruno");
    assertThat(page.select("#waits tbody tr")).hasSize(5);
    assertThat(page.select(".govuk-service-navigation__item--active").eachText())
        .as("only the entry of this page is current, not Chat above it")
        .containsExactly("Chat supervision");
    assertThat(
            page("/app/chat", SUPERVISOR, 200)
                .select(".govuk-service-navigation__item--active")
                .eachText())
        .containsExactly("Chat");

    page("/app/chat/supervision", ADVISOR, 403);
    page("/app/chat/supervision", "orgadmin.apav@pharos.test", 403);
  }

  @Test
  void theApiListsTheQueueWithoutTextAndReadsAConversationOfTheOrganisationOnly() throws Exception {
    StartedChat chat = start("pt", ChatTopic.ONLINE_CRIME);
    UUID id = chat.key().conversationId();
    String queue =
        mvc.perform(get("/api/v1/chat/queue").with(tenancy.as(ADVISOR)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(queue).contains(id.toString()).doesNotContain("Uma mensagem de teste");

    tenancy.assertOnlyOwnOrganisationSees("/api/v1/chat/conversations/" + id, ADVISOR, OUTSIDER);
    mvc.perform(get("/api/v1/chat/conversations/" + id).with(tenancy.as(ADVISOR)))
        .andExpect(jsonPath("$.messages[0].body").value("Uma mensagem de teste"));
    mvc.perform(get("/api/v1/chat/queue").with(tenancy.as("orgadmin.apav@pharos.test")))
        .andExpect(status().isForbidden());
    visitors.leave(chat.key());
  }

  @Test
  void theApiAnswersOnceForAResendAndRefusesAMessageWithoutClientId() throws Exception {
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat chat = start("pt", ChatTopic.GENERAL);
    UUID id = chat.key().conversationId();
    tenancy.asUser(ADVISOR, () -> console.accept(id));
    String path = "/api/v1/chat/conversations/" + id + "/messages";

    mvc.perform(
            post(path)
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\": \"Olá\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(VALIDATION))
        .andExpect(jsonPath("$.errors[0].field").value("clientId"));

    String body = "{\"clientId\": \"api-1\", \"body\": \"Olá, estou aqui.\"}";
    mvc.perform(
            post(path)
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(false));
    mvc.perform(
            post(path)
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.duplicate").value(true));
    mvc.perform(
            post(path)
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\": \"api-2\", \"body\": \"Nota\", \"note\": true}"))
        .andExpect(status().isOk());
    assertThat(visitors.view(chat.key(), 0).messages())
        .extracting(m -> m.body())
        .contains("Olá, estou aqui.")
        .doesNotContain("Nota");
    mvc.perform(
            post("/api/v1/chat/conversations/" + id + "/messages")
                .with(tenancy.as(OUTSIDER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\": \"x\", \"body\": \"x\"}"))
        .andExpect(status().isNotFound());
  }

  private StartedChat start(String language, ChatTopic topic) {
    StartedChat chat =
        visitors.start(new NewChat(apav, language, topic, ChatKind.LIVE, true, "member-page"));
    visitors.send(chat.key(), "v-1", "Uma mensagem de teste");
    return chat;
  }

  private Document page(String path, String user, int expected) throws Exception {
    var response = mvc.perform(get(path).with(tenancy.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
