package eu.pharos.chat.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.chat.AdvisorAvailability;
import eu.pharos.chat.BlockDuration;
import eu.pharos.chat.BlockReason;
import eu.pharos.chat.ChatBlock;
import eu.pharos.chat.ChatBlocks;
import eu.pharos.chat.ChatClosing;
import eu.pharos.chat.ChatConsole;
import eu.pharos.chat.ChatKind;
import eu.pharos.chat.ChatMessageView;
import eu.pharos.chat.ChatRefused;
import eu.pharos.chat.ChatState;
import eu.pharos.chat.ChatTopic;
import eu.pharos.chat.NewChat;
import eu.pharos.chat.StartedChat;
import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Blocking an abusive visitor of APAV's chat: the conversation ends, the visitor's next start and
 * message are refused calmly (by the browser's key and by the address), another organisation is not
 * affected, blocks expire and can be lifted, and all of it is audited. Each test starts its chats
 * from addresses of its own, so that no other test meets a block.
 */
@PharosTest
class ChatBlocksTest {

  static final String ADVISOR = "diogo.apav@pharos.test";
  static final String COLLEAGUE = "carla.apav@pharos.test";
  static final String SUPERVISOR = "supervisor.apav@pharos.test";
  static final String OUTSIDER = "advisor.wr-de@pharos.test";
  static final String VALIDATION = "urn:pharos:problem:validation-failed";
  static final String CALM = "This service cannot take your chat now";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired ChatConsole console;
  @Autowired ChatBlocks blocks;
  @Autowired VisitorChats visitors;
  @Autowired VisitorBarrier barrier;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID apav;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    apav = tenancy.asUser(SUPERVISOR, TenantContext::current);
    tenancy.asUser(
        ADVISOR, () -> console.setStatus(AdvisorAvailability.AVAILABLE, 6, List.of("pt", "en")));
  }

  @Test
  void blockingEndsTheConversationAndRefusesTheVisitorByKeyAndByAddress() throws Exception {
    String address = nextAddress();
    Cookie key = startOnPage(address);
    UUID id = conversationOf(key);
    tenancy.asUser(ADVISOR, () -> console.accept(id));
    sendOnPage(key, address, "Hello", 302);

    MockHttpServletResponse blocked =
        response(
            post("/app/chat/" + id + "/block")
                .with(csrf())
                .param("reason", "ABUSIVE_LANGUAGE")
                .param("note", "Insulted the advisor repeatedly")
                .param("duration", "HOURS_24"),
            ADVISOR);
    assertThat(blocked.getStatus()).isEqualTo(302);
    assertThat(blocked.getRedirectedUrl()).isEqualTo("/app/chat/" + id);

    assertThat(tenancy.asUser(ADVISOR, () -> console.open(id, 0)).state())
        .isEqualTo(ChatState.ENDED);
    List<ChatMessageView> seen = visitors.view(visitorKey(key), 0).messages();
    assertThat(seen.get(seen.size() - 1).body())
        .contains("The service has ended this conversation", "112", "116 006")
        .doesNotContainIgnoringCase("block");

    // The conversation page still shows the ended conversation; writing in it is refused calmly.
    Document refusedMessage = sendOnPage(key, address, "Still there?", 403);
    assertCalm(refusedMessage);
    MockHttpServletResponse live =
        mvc.perform(
                post("/chat/live/messages")
                    .with(csrf())
                    .with(from(address))
                    .cookie(key)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"type\": \"send\", \"conversation\": \""
                            + id
                            + "\", \"clientId\": \"l-1\", \"body\": \"Hi\"}"))
            .andReturn()
            .getResponse();
    assertThat(live.getStatus()).isEqualTo(403);
    assertThat(live.getContentAsString()).contains("\"code\":\"refused\"").doesNotContain("block");

    // A new start: with the same browser from another address, and from the same address without
    // it.
    assertCalm(startRefused(Optional.of(key), nextAddress()));
    assertCalm(startRefused(Optional.empty(), address));
    MockHttpServletResponse page =
        mvc.perform(get("/chat/" + apav).param("lang", "en").with(from(address)))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(403);
    // Coming back with a return code is refused too, from any address.
    String code = visitors.takeReturnCode(visitorKey(key)).passphrase();
    assertThatThrownBy(() -> visitors.resume(code, nextAddress())).isInstanceOf(ChatRefused.class);
    // Someone else, elsewhere, starts as usual.
    assertThat(startResponse(Optional.empty(), nextAddress()).getStatus()).isEqualTo(302);

    ChatBlock block = tenancy.asUser(ADVISOR, () -> blocks.activeFor(id)).orElseThrow();
    assertThat(block.until()).isAfter(Instant.now().plusSeconds(23 * 3600));
    Map<String, Object> row =
        jdbc.queryForMap("select * from chat_visitor_block where id = ?", block.id());
    assertThat((String) row.get("note_sealed"))
        .isNotBlank()
        .doesNotContain("Insulted")
        .startsWith(row.get("key_id") + ".");
    assertThat((String) row.get("address_index")).isNotBlank().doesNotContain(address);
    assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(address));
    assertThat(
            jdbc.queryForList(
                "select address_index from chat_visitor_trace where conversation_id = ?",
                String.class,
                id))
        .as("the ended conversation's address is forgotten; only the block keeps its hash")
        .isEmpty();

    Map<String, Object> audit =
        jdbc.queryForMap(
            "select * from audit_event where action = 'chat.visitor-blocked' and target_id = ?",
            block.id().toString());
    assertThat((String) audit.get("detail"))
        .contains(id.toString(), "ABUSIVE_LANGUAGE", "HOURS_24")
        .doesNotContain("Insulted", address);
    assertThat(audit.get("organisation_id")).isEqualTo(apav);

    // It can still be filed, and a filed conversation offers the referral.
    assertThat(page(get("/app/chat/" + id), ADVISOR, 200).selectFirst("#file-link").attr("href"))
        .isEqualTo("/app/chat/" + id + "/end");
    UUID contactId =
        tenancy.asUser(
            ADVISOR,
            () ->
                console.end(
                    id, new ChatClosing(ContactOutcome.INFORMATION_GIVEN, null, "", null, false)));
    Document filed = page(get("/app/chat/" + id), ADVISOR, 200);
    assertThat(filed.selectFirst("#refer-link").attr("href"))
        .isEqualTo("/app/referrals/new?contact=" + contactId);
    assertThat(filed.selectFirst("#refer-hint")).isNull();
    assertThat(filed.selectFirst("#file-link")).isNull();
  }

  @Test
  void anotherOrganisationIsNotAffectedAndCannotBlockOrLift() throws Exception {
    String address = nextAddress();
    Cookie key = startOnPage(address);
    UUID id = conversationOf(key);
    tenancy.asUser(ADVISOR, () -> console.accept(id));
    ChatBlock block =
        tenancy.asUser(
            ADVISOR, () -> blocks.block(id, BlockReason.SPAM, null, BlockDuration.DAYS_7));

    UUID wrDe = tenancy.asUser(OUTSIDER, TenantContext::current);
    assertThatCode(() -> barrier.admitStart(wrDe, Optional.of(visitorKey(key)), address))
        .doesNotThrowAnyException();
    StartedChat elsewhere =
        visitors.start(
            new NewChat(wrDe, "de", ChatTopic.GENERAL, ChatKind.LIVE, true, "member-page"));
    barrier.remember(elsewhere.key(), wrDe, address);
    assertThatCode(() -> visitors.send(elsewhere.key(), "w-1", "Hallo")).doesNotThrowAnyException();
    assertThatThrownBy(() -> barrier.admitStart(apav, Optional.empty(), address))
        .isInstanceOf(ChatRefused.class);

    response(get("/app/chat/" + id + "/block"), OUTSIDER, 404);
    response(
        post("/app/chat/" + id + "/block")
            .with(csrf())
            .param("reason", "THREATS")
            .param("duration", "DAYS_30"),
        OUTSIDER,
        404);
    mvc.perform(
            post("/api/v1/chat/conversations/" + id + "/block")
                .with(tenancy.as(OUTSIDER))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"THREATS\", \"duration\": \"DAYS_30\"}"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isNotFound());

    // Even a supervisor of another organisation does not find the block.
    UUID outsiderId = userId(OUTSIDER);
    jdbc.update(
        "insert into identity_user_role (user_id, role) values (?, 'SUPERVISOR')", outsiderId);
    try {
      response(post("/app/chat/blocks/" + block.id() + "/lift").with(csrf()), OUTSIDER, 404);
      mvc.perform(
              post("/api/v1/chat/blocks/" + block.id() + "/lift")
                  .with(tenancy.as(OUTSIDER))
                  .with(csrf()))
          .andExpect(
              org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                  .isNotFound());
      assertThat(
              page(get("/app/chat/blocks"), OUTSIDER, 200)
                  .select("[data-block=" + block.id() + "]"))
          .isEmpty();
    } finally {
      jdbc.update(
          "delete from identity_user_role where user_id = ? and role = 'SUPERVISOR'", outsiderId);
    }
    assertThat(tenancy.asUser(SUPERVISOR, () -> blocks.active()))
        .extracting(ChatBlock::id)
        .contains(block.id());
    tenancy.asUser(SUPERVISOR, () -> blocks.lift(block.id()));
  }

  @Test
  void aBlockEndsByItselfAndASupervisorCanLiftItEarlier() throws Exception {
    String address = nextAddress();
    Cookie key = startOnPage(address);
    UUID id = conversationOf(key);
    tenancy.asUser(ADVISOR, () -> console.accept(id));
    ChatBlock expiring =
        tenancy.asUser(
            ADVISOR, () -> blocks.block(id, BlockReason.THREATS, "", BlockDuration.HOURS_24));
    assertCalm(startRefused(Optional.of(key), address));

    jdbc.update(
        "update chat_visitor_block set blocked_until = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(60)),
        expiring.id());
    Cookie again = cookieOf(startResponse(Optional.of(key), address));
    UUID second = conversationOf(again);
    assertThat(tenancy.asUser(ADVISOR, () -> blocks.activeFor(id))).isEmpty();
    assertThat(tenancy.asUser(SUPERVISOR, () -> blocks.ended()))
        .extracting(ChatBlock::id)
        .contains(expiring.id());

    // A supervisor blocks the second one (not theirs) and lifts it from the blocks page.
    ChatBlock lifted =
        tenancy.asUser(
            SUPERVISOR,
            () ->
                blocks.block(second, BlockReason.OTHER, "Test of lifting", BlockDuration.DAYS_30));
    assertCalm(startRefused(Optional.empty(), address));
    Document list = page(get("/app/chat/blocks"), SUPERVISOR, 200);
    assertThat(list.select("#active-blocks tr[data-block=" + lifted.id() + "]").text())
        .contains("Other misuse", "Test of lifting", "Sofia");
    assertThat(list.select("#active-blocks tr[data-block=" + expiring.id() + "]")).isEmpty();
    assertThat(list.select("#ended-blocks tr[data-block=" + expiring.id() + "]").text())
        .contains("Threats", "Expired");

    MockHttpServletResponse lift =
        response(post("/app/chat/blocks/" + lifted.id() + "/lift").with(csrf()), SUPERVISOR);
    assertThat(lift.getStatus()).isEqualTo(302);
    assertThat(lift.getRedirectedUrl()).isEqualTo("/app/chat/blocks");
    assertThat(startResponse(Optional.empty(), address).getStatus()).isEqualTo(302);

    Document after = page(get("/app/chat/blocks"), SUPERVISOR, 200);
    assertThat(after.select("#active-blocks tr[data-block=" + lifted.id() + "]")).isEmpty();
    assertThat(after.select("#ended-blocks tr[data-block=" + lifted.id() + "]").text())
        .contains("Lifted by");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from audit_event where action = 'chat.block-lifted'"
                    + " and target_id = ?",
                Integer.class,
                lifted.id().toString()))
        .isEqualTo(1);
    assertThatThrownBy(() -> tenancy.asUser(SUPERVISOR, () -> blocks.lift(lifted.id())))
        .isInstanceOf(InvalidInput.class);

    page(get("/app/chat/blocks"), ADVISOR, 403);
    response(post("/app/chat/blocks/" + lifted.id() + "/lift").with(csrf()), ADVISOR, 403);
    assertThat(
            page(get("/app/chat/supervision"), SUPERVISOR, 200)
                .selectFirst("#blocks-link")
                .attr("href"))
        .isEqualTo("/app/chat/blocks");
  }

  @Test
  void badInputGetsItsFieldMessageAndAColleagueCannotBlock() throws Exception {
    String address = nextAddress();
    Cookie key = startOnPage(address);
    UUID id = conversationOf(key);
    tenancy.asUser(ADVISOR, () -> console.accept(id));

    Document conversation = page(get("/app/chat/" + id), ADVISOR, 200);
    assertThat(conversation.selectFirst("#block-link").attr("href"))
        .isEqualTo("/app/chat/" + id + "/block");
    assertThat(conversation.selectFirst("#refer-hint").text())
        .contains("end and file the chat first");
    assertThat(conversation.selectFirst("#refer-link")).isNull();

    Document form = page(get("/app/chat/" + id + "/block"), ADVISOR, 200);
    assertThat(form.select("input[name=reason]").eachAttr("value"))
        .containsExactly("ABUSIVE_LANGUAGE", "THREATS", "SEXUAL_HARASSMENT", "SPAM", "OTHER");
    assertThat(form.select("input[name=duration]").eachAttr("value"))
        .containsExactly("HOURS_24", "DAYS_7", "DAYS_30");
    assertThat(form.select("label[for=reason]")).hasSize(1);
    assertThat(form.select("textarea#note")).hasSize(1);

    Document refused =
        page(
            post("/app/chat/" + id + "/block")
                .with(csrf())
                .param("note", "Kept note")
                .param("duration", "FOREVER"),
            ADVISOR,
            400);
    assertThat(refused.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#reason", "#duration");
    assertThat(refused.selectFirst("#reason-error").text()).contains("Choose the reason");
    assertThat(refused.selectFirst("#duration-error").text())
        .contains("24 hours, 7 days or 30 days");
    assertThat(refused.selectFirst("#note").text()).isEqualTo("Kept note");

    Document tooLong =
        page(
            post("/app/chat/" + id + "/block")
                .with(csrf())
                .param("reason", "SPAM")
                .param("note", "x".repeat(1001))
                .param("duration", "DAYS_7"),
            ADVISOR,
            400);
    assertThat(tooLong.selectFirst("#note-error").text()).contains("1,000");
    assertThat(tooLong.select("input[name=reason][checked]").attr("value")).isEqualTo("SPAM");

    mvc.perform(
            post("/api/v1/chat/conversations/" + id + "/block")
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"duration\": \"WEEK\"}"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isBadRequest())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.type")
                .value(VALIDATION))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("reason", "duration")));

    Document notTheirs =
        page(
            post("/app/chat/" + id + "/block")
                .with(csrf())
                .param("reason", "SPAM")
                .param("duration", "DAYS_7"),
            COLLEAGUE,
            400);
    assertThat(notTheirs.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#block-form");
    assertThat(tenancy.asUser(ADVISOR, () -> console.open(id, 0)).state())
        .isEqualTo(ChatState.ACTIVE);

    // Through the API the advisor blocks; a second block of the same visitor is refused.
    mvc.perform(
            post("/api/v1/chat/conversations/" + id + "/block")
                .with(tenancy.as(ADVISOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"SPAM\", \"duration\": \"DAYS_7\"}"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.duration")
                .value("DAYS_7"));
    Document already = page(get("/app/chat/" + id + "/block"), ADVISOR, 200);
    assertThat(already.selectFirst("#already-blocked")).isNotNull();
    assertThat(already.selectFirst("#block-form")).isNull();
    ChatBlock block = tenancy.asUser(ADVISOR, () -> blocks.activeFor(id)).orElseThrow();
    mvc.perform(get("/api/v1/chat/blocks").with(tenancy.as(SUPERVISOR)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                    "$[?(@.id == '" + block.id() + "')].reason")
                .value(org.hamcrest.Matchers.contains("SPAM")));
    mvc.perform(get("/api/v1/chat/blocks").with(tenancy.as(ADVISOR)))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isForbidden());
    tenancy.asUser(SUPERVISOR, () -> blocks.lift(block.id()));
  }

  private static void assertCalm(Document page) {
    assertThat(page.select("h1").text()).contains(CALM);
    assertThat(page.select("#chat-alternatives a[href=tel:112]")).hasSize(1);
    assertThat(page.select("#chat-alternatives a[href^=tel:116]").text()).contains("116 006");
    assertThat(page.text()).doesNotContainIgnoringCase("block");
  }

  private Document startRefused(Optional<Cookie> key, String address) throws Exception {
    MockHttpServletResponse response = startResponse(key, address);
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chatCookie(response)).isNull();
    return Jsoup.parse(response.getContentAsString());
  }

  private Cookie startOnPage(String address) throws Exception {
    MockHttpServletResponse response = startResponse(Optional.empty(), address);
    assertThat(response.getStatus()).isEqualTo(302);
    return cookieOf(response);
  }

  private MockHttpServletResponse startResponse(Optional<Cookie> key, String address)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post("/chat/" + apav)
            .with(csrf())
            .with(from(address))
            .param("lang", "en")
            .param("language", "en")
            .param("topic", "GENERAL")
            .param("kind", "LIVE")
            .param("notice", "true");
    key.ifPresent(request::cookie);
    return mvc.perform(request).andReturn().getResponse();
  }

  private Document sendOnPage(Cookie key, String address, String body, int expected)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/conversation/messages")
                    .with(csrf())
                    .with(from(address))
                    .cookie(key)
                    .param("lang", "en")
                    .param("clientId", UUID.randomUUID().toString())
                    .param("body", body))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }

  private static Cookie cookieOf(MockHttpServletResponse response) {
    String header = chatCookie(response);
    assertThat(header).isNotNull();
    String value = header.substring("pharos-chat=".length(), header.indexOf(';'));
    return new Cookie("pharos-chat", value);
  }

  private static String chatCookie(MockHttpServletResponse response) {
    return response.getHeaders("Set-Cookie").stream()
        .filter(h -> h.startsWith("pharos-chat="))
        .findFirst()
        .orElse(null);
  }

  private static VisitorKey visitorKey(Cookie cookie) {
    String value = cookie.getValue();
    int dot = value.indexOf('.');
    return new VisitorKey(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1));
  }

  private static UUID conversationOf(Cookie cookie) {
    return visitorKey(cookie).conversationId();
  }

  private UUID userId(String email) {
    return jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);
  }

  private static String nextAddress() {
    return "198.51.100." + (10 + ADDRESSES.incrementAndGet());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private MockHttpServletResponse response(MockHttpServletRequestBuilder request, String user)
      throws Exception {
    return mvc.perform(request.with(tenancy.as(user))).andReturn().getResponse();
  }

  private void response(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    assertThat(response(request, user).getStatus()).as(request.toString()).isEqualTo(expected);
  }

  private Document page(MockHttpServletRequestBuilder request, String user, int expected)
      throws Exception {
    MockHttpServletResponse response = response(request, user);
    assertThat(response.getStatus()).as(request.toString()).isEqualTo(expected);
    return Jsoup.parse(response.getContentAsString());
  }
}
