package eu.pharos.chat.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatSender;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.ConversationView;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.settings.ChatConsoleSettings;
import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.network.CrimeType;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The advisor's console and a conversation's page, through the real facades on the demo network: a
 * victim starts a chat in APAV's queue, an advisor takes it, answers, notes, and ends and files it
 * as a helpline contact. Each test works with its own demo advisor and its own conversations.
 */
@PharosTest
class ChatConsolePagesTest {

  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ChatConsole console;
  @Autowired VisitorChats visitors;
  @Autowired Contacts contacts;
  @Autowired ChatConsoleSettings settings;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(SUPERVISOR, TenantContext::current);
  }

  @Test
  void theConsoleIsForAdvisorsAndSupervisorsOnly() throws Exception {
    Document page = page(get("/app/chat"), "advisor.apav@pharos.test", 200);
    assertThat(page.selectFirst("#status-form")).isNotNull();
    assertThat(page.selectFirst("#chat-panels")).isNotNull();
    page(get("/app/chat"), SUPERVISOR, 200);
    page(get("/app/chat"), "orgadmin.apav@pharos.test", 403);
    page(get("/app/chat"), "member.fv@pharos.test", 403);
  }

  @Test
  void aCapacityOutsideOneToSixIsRefusedBesideItsField() throws Exception {
    String diogo = "diogo.apav@pharos.test";
    Document refused =
        page(
            post("/app/chat/status")
                .with(csrf())
                .param("availability", "AVAILABLE")
                .param("capacity", "9")
                .param("languages", "pt"),
            diogo,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#capacity");
    assertThat(refused.selectFirst("#capacity").val()).isEqualTo("9");
    assertThat(refused.selectFirst("#capacity-error").text()).contains("6");

    Document notANumber =
        page(
            post("/app/chat/status")
                .with(csrf())
                .param("availability", "AVAILABLE")
                .param("capacity", "two")
                .param("languages", "pt"),
            diogo,
            400);
    assertThat(notANumber.selectFirst("#capacity-error")).isNotNull();

    page(
        post("/app/chat/status")
            .with(csrf())
            .param("availability", "BUSY")
            .param("capacity", "4")
            .param("languages", "pt", "en"),
        diogo,
        302);
    assertThat(tenancy.asUser(diogo, () -> console.myStatus()).capacity()).isEqualTo(4);
    assertThat(tenancy.asUser(diogo, () -> console.myStatus()).availability())
        .isEqualTo(AdvisorAvailability.BUSY);
  }

  @Test
  void takingTheNextChatOpensItsPageAndTheConversationIsTheAdvisors() throws Exception {
    String diogo = "diogo.apav@pharos.test";
    tenancy.asUser(diogo, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("en")));
    start("en", ChatTopic.THEFT_OR_FRAUD, "My wallet was stolen.");
    Document queue = page(get("/app/chat"), diogo, 200);
    assertThat(queue.select("#queue tbody tr")).isNotEmpty();
    assertThat(queue.selectFirst("#queue").text()).doesNotContain("My wallet was stolen.");

    MockHttpServletResponse taken = response(post("/app/chat/next").with(csrf()), diogo);
    assertThat(taken.getStatus()).isEqualTo(302);
    String location = taken.getRedirectedUrl();
    assertThat(location).matches("/app/chat/[0-9a-f-]{36}");
    UUID id = UUID.fromString(location.substring("/app/chat/".length()));
    ConversationView conversation = tenancy.asUser(diogo, () -> console.open(id, 0));
    assertThat(conversation.advisorId())
        .isEqualTo(tenancy.asUser(diogo, () -> console.myStatus()).advisorId());
    assertThat(conversation.language()).isEqualTo("en");
    assertThat(page(get("/app/chat"), diogo, 200).select("#mine [data-conversation=" + id + "]"))
        .hasSize(1);
  }

  @Test
  void anAdvisorAnswersAndNotesAndTheNoteNeverReachesTheVictim() throws Exception {
    String carla = "carla.apav@pharos.test";
    tenancy.asUser(
        carla, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat chat = start("en", ChatTopic.STALKING_OR_HARASSMENT, "He follows me home.");
    UUID id = chat.key().conversationId();
    assertThat(
            response(post("/app/chat/queue/" + id + "/take").with(csrf()), carla)
                .getRedirectedUrl())
        .isEqualTo("/app/chat/" + id);

    Document page = page(get("/app/chat/" + id), carla, 200);
    assertThat(page.selectFirst("#messages").attr("role")).isEqualTo("log");
    assertThat(page.selectFirst("#messages").text()).contains("He follows me home.");
    assertThat(page.selectFirst("#note-hint")).isNotNull();

    page(
        post("/app/chat/" + id + "/messages")
            .with(csrf())
            .param("clientId", "answer-1")
            .param("body", "I am sorry. Are you safe now?"),
        carla,
        302);
    page(
        post("/app/chat/" + id + "/notes")
            .with(csrf())
            .param("clientId", "note-1")
            .param("body", "Ask about a safety plan."),
        carla,
        302);
    Document refused =
        page(
            post("/app/chat/" + id + "/messages")
                .with(csrf())
                .param("clientId", "answer-2")
                .param("body", "  "),
            carla,
            400);
    assertThat(refused.selectFirst("#answer-error")).isNotNull();

    Document after = page(get("/app/chat/" + id), carla, 200);
    assertThat(after.selectFirst("#messages").text())
        .contains("Are you safe now?")
        .contains("Ask about a safety plan.");
    assertThat(after.select(".pharos-chat-message--note")).hasSize(1);
    assertThat(visitors.view(chat.key(), 0).messages())
        .extracting(m -> m.sender())
        .doesNotContain(ChatSender.NOTE);

    Document watched = page(get("/app/chat/" + id), SUPERVISOR, 200);
    assertThat(watched.selectFirst("#watching")).isNotNull();
    assertThat(watched.selectFirst("#answer-form")).isNull();
    assertThat(watched.selectFirst("#note-form")).isNotNull();
    page(get("/app/chat/" + id), OUTSIDER, 404);
  }

  @Test
  void endingFilesAContactWithTheCrimeTypeOfTheTopic() throws Exception {
    String carla = "carla.apav@pharos.test";
    tenancy.asUser(
        carla, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat chat =
        start("pt", ChatTopic.STALKING_OR_HARASSMENT, "Recebo mensagens todos os dias.");
    UUID id = chat.key().conversationId();
    tenancy.asUser(carla, () -> console.accept(id));
    tenancy.asUser(carla, () -> console.send(id, "a-1", "Conte-me mais, por favor."));

    Document form = page(get("/app/chat/" + id + "/end"), carla, 200);
    assertThat(form.selectFirst("#crimeType option[selected]").val())
        .isEqualTo(CrimeType.STALKING_HARASSMENT.name());

    Document refused =
        page(
            post("/app/chat/" + id + "/end")
                .with(csrf())
                .param("outcome", "")
                .param("crimeType", "STALKING_HARASSMENT")
                .param("note", "Kept note")
                .param("caseChoice", "ATTACH")
                .param("caseReference", "C-1999-999999"),
            carla,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#outcome", "#caseReference");
    assertThat(refused.selectFirst("#note").text()).isEqualTo("Kept note");

    MockHttpServletResponse ended =
        response(
            post("/app/chat/" + id + "/end")
                .with(csrf())
                .param("outcome", "INFORMATION_GIVEN")
                .param("crimeType", "STALKING_HARASSMENT")
                .param("note", "Information on reporting stalking.")
                .param("caseChoice", "NONE"),
            carla);
    assertThat(ended.getStatus()).isEqualTo(302);
    assertThat(ended.getRedirectedUrl()).isEqualTo("/app/chat");
    ConversationView closed = tenancy.asUser(carla, () -> console.open(id, 0));
    assertThat(closed.contactId()).isNotNull();
    ContactView contact = tenancy.asUser(carla, () -> contacts.get(closed.contactId()));
    assertThat(contact.channel()).isEqualTo(ContactChannel.CHAT);
    assertThat(contact.crimeType()).isEqualTo(CrimeType.STALKING_HARASSMENT);
    assertThat(contact.transcript()).contains("Conte-me mais, por favor.");

    Document consolePage =
        page(get("/app/chat").flashAttr("filedContactId", closed.contactId()), carla, 200);
    assertThat(consolePage.selectFirst("#filed-contact").attr("href"))
        .isEqualTo("/app/helpline/contacts/" + closed.contactId());
  }

  @Test
  void aConversationOfRaisedPriorityShowsTheOrganisationsEmergencyProtocol() throws Exception {
    StartedChat chat =
        start("pt", ChatTopic.DOMESTIC_VIOLENCE, "Ele diz que vai matar-me, estou em perigo.");
    UUID id = chat.key().conversationId();
    ConversationView raised = tenancy.asUser(SUPERVISOR, () -> console.open(id, 0));
    assertThat(raised.priority()).isPositive();
    String protocol = tenancy.asUser(SUPERVISOR, () -> settings.current()).emergencyProtocol();

    Document queue = page(get("/app/chat"), SUPERVISOR, 200);
    assertThat(queue.selectFirst("#queue tr[data-conversation=" + id + "] .govuk-tag--red"))
        .isNotNull();
    Document page = page(get("/app/chat/" + id), SUPERVISOR, 200);
    assertThat(page.selectFirst("#safeguarding").attr("role")).isEqualTo("alert");
    if (protocol.isEmpty()) {
      assertThat(page.selectFirst("#protocol")).isNull();
    } else {
      assertThat(page.selectFirst("#protocol").wholeText()).isEqualTo(protocol);
    }
    // Nothing of raised priority stays in the shared demo queue for other tests.
    visitors.leave(chat.key());
  }

  @Test
  void anAdvisorTransfersToAnAvailableColleagueAndASupervisorCoachesWithANote() throws Exception {
    String carla = "carla.apav@pharos.test";
    String diogo = "diogo.apav@pharos.test";
    tenancy.asUser(
        carla, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    tenancy.asUser(
        diogo, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    UUID diogoId = tenancy.asUser(diogo, () -> console.myStatus()).advisorId();
    StartedChat chat = start("en", ChatTopic.CRIME_ABROAD, "I was robbed on holiday.");
    UUID id = chat.key().conversationId();
    tenancy.asUser(carla, () -> console.accept(id));

    Document page = page(get("/app/chat/" + id), carla, 200);
    assertThat(page.select("#to option").eachAttr("value")).contains(diogoId.toString());
    page(post("/app/chat/" + id + "/transfer").with(csrf()).param("to", ""), carla, 400);
    page(
        post("/app/chat/" + id + "/transfer").with(csrf()).param("to", diogoId.toString()),
        carla,
        302);
    assertThat(tenancy.asUser(diogo, () -> console.open(id, 0)).advisorId()).isEqualTo(diogoId);

    page(
        post("/app/chat/" + id + "/notes")
            .with(csrf())
            .param("clientId", "coach-1")
            .param("body", "Mention the cross-border referral."),
        SUPERVISOR,
        302);
    assertThat(page(get("/app/chat/" + id), diogo, 200).select(".pharos-chat-message--note").text())
        .contains("Mention the cross-border referral.");
    page(
        post("/app/chat/" + id + "/messages")
            .with(csrf())
            .param("clientId", "s-1")
            .param("body", "Hello from the supervisor"),
        SUPERVISOR,
        400);
    assertThat(visitors.view(chat.key(), 0).messages())
        .extracting(m -> m.body())
        .doesNotContain("Mention the cross-border referral.", "Hello from the supervisor");
  }

  @Test
  void endingCanOpenANewCaseForTheContact() throws Exception {
    String carla = "carla.apav@pharos.test";
    tenancy.asUser(
        carla, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
    StartedChat chat = start("pt", ChatTopic.VIOLENCE, "Fui agredida na rua.");
    UUID id = chat.key().conversationId();
    tenancy.asUser(carla, () -> console.accept(id));
    page(
        post("/app/chat/" + id + "/end")
            .with(csrf())
            .param("outcome", "CASE_OPENED")
            .param("crimeType", "ASSAULT")
            .param("caseChoice", "OPEN"),
        carla,
        302);
    UUID contactId = tenancy.asUser(carla, () -> console.open(id, 0)).contactId();
    ContactView contact = tenancy.asUser(carla, () -> contacts.get(contactId));
    assertThat(contact.caseId()).isNotNull();
    assertThat(contact.caseReference()).startsWith("C-");
    assertThat(
            page(get("/app/chat/" + id + "/end"), carla, 200)
                .select(".govuk-error-summary")
                .isEmpty())
        .isTrue();
    Document again =
        page(
            post("/app/chat/" + id + "/end")
                .with(csrf())
                .param("outcome", "CASE_OPENED")
                .param("caseChoice", "NONE"),
            carla,
            400);
    assertThat(again.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#end-form");
  }

  @Test
  void theLivePanelsAreTheConsolesQueueAndConversationsAlone() throws Exception {
    MockHttpServletResponse panels = response(get("/app/chat/panels"), SUPERVISOR);
    assertThat(panels.getStatus()).isEqualTo(200);
    Document fragment = Jsoup.parse(panels.getContentAsString());
    assertThat(fragment.selectFirst("#chat-panels")).isNotNull();
    assertThat(fragment.selectFirst("#status-form")).isNull();
    assertThat(response(get("/app/chat/panels"), "orgadmin.apav@pharos.test").getStatus())
        .isEqualTo(403);
  }

  private StartedChat start(String language, ChatTopic topic, String firstMessage) {
    StartedChat chat =
        visitors.start(new NewChat(apav, language, topic, ChatKind.LIVE, true, "member-page"));
    visitors.send(chat.key(), "v-" + UUID.randomUUID(), firstMessage);
    return chat;
  }

  private MockHttpServletResponse response(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = response(request, user);
    assertThat(response.getStatus()).as(request.toString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
