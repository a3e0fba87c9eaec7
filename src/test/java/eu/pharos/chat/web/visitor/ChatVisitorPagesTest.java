package eu.pharos.chat.web.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.chat.VisitorChats;
import eu.pharos.chat.VisitorKey;
import eu.pharos.chat.VisitorView;
import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.test.PharosTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The victim's pages without JavaScript: plain forms, Post/Redirect/Get, the chat cookie. */
@PharosTest
class ChatVisitorPagesTest {

  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
      new java.util.concurrent.atomic.AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired VisitorChats chats;

  private UUID apav;

  @BeforeEach
  void findApav() {
    apav = member("APAV").organisationId();
  }

  @Test
  void startPageShowsTheOrganisationTheWaitAndTheAlternatives() throws Exception {
    Document page =
        page(mvc.perform(get("/chat/" + apav).param("lang", "en")).andReturn().getResponse(), 200);

    assertThat(page.select("h1").text()).contains("APAV");
    assertThat(page.select("#chat-availability").text()).isNotBlank();
    assertThat(page.select("#chat-alternatives a[href=tel:112]")).hasSize(1);
    assertThat(page.select("#chat-alternatives a[href^=tel:116]").text()).contains("116 006");
    assertThat(page.select("#chat-alternatives").text())
        .contains("Written messages are always possible");
    assertThat(page.select("select#language option").eachAttr("value")).contains("pt", "en");
    assertThat(page.select("select#topic option").eachAttr("value")).contains("DOMESTIC_VIOLENCE");
    assertThat(page.select("input[name=kind]").eachAttr("value"))
        .containsExactly("LIVE", "WRITTEN");
    assertThat(page.select("#notice-text").text()).contains("anonymous", "Escape");
    assertThat(page.select("input#notice[type=checkbox]")).hasSize(1);
  }

  @Test
  void organisationByParameterLeadsToItsStartPage() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/chat").param("organisation", apav.toString())).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).startsWith("/chat/" + apav);
  }

  @Test
  void unknownOrganisationIsNotFound() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/chat/" + UUID.randomUUID()).param("lang", "en"))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(Jsoup.parse(response.getContentAsString()).select("h1").text())
        .contains("Chat is not available here");
  }

  @Test
  void anOrganisationThatDoesNotAnswerChatsInPharosOffersNoChat() throws Exception {
    MemberView elsewhere =
        directory.members(MemberFilter.all()).stream()
            .filter(m -> !m.chatInPharos())
            .findFirst()
            .orElseThrow();

    MockHttpServletResponse response =
        mvc.perform(get("/chat/" + elsewhere.organisationId()).param("lang", "en"))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(Jsoup.parse(response.getContentAsString()).select("a[href=/find-help]")).hasSize(1);
  }

  @Test
  void badStartIsRefusedWithMessagesBesideTheFieldsAndTheChoicesKept() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/" + apav)
                    .with(csrf())
                    .param("lang", "en")
                    .param("language", "pt")
                    .param("topic", "")
                    .param("kind", "WRITTEN"))
            .andReturn()
            .getResponse();

    Document page = page(response, 400);
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .containsExactly("#topic", "#notice");
    assertThat(page.select("#topic-error").text())
        .contains("Choose what you would like to talk about");
    assertThat(page.select("#notice-error").text()).contains("Tick the box");
    assertThat(page.select("select#language option[selected]").attr("value")).isEqualTo("pt");
    assertThat(page.select("input[name=kind][checked]").attr("value")).isEqualTo("WRITTEN");
    assertThat(chatCookie(response)).isNull();
  }

  @Test
  void oneConnectionStartsOnlySoManyChats() throws Exception {
    String address = "192.0.2.44";
    MockHttpServletResponse response = null;
    for (int i = 0; i < 12; i++) {
      response =
          mvc.perform(
                  post("/chat/" + apav)
                      .with(csrf())
                      .with(from(address))
                      .param("lang", "en")
                      .param("language", "en")
                      .param("topic", "GENERAL")
                      .param("kind", "WRITTEN")
                      .param("notice", "true"))
              .andReturn()
              .getResponse();
      if (response.getStatus() == 429) {
        break;
      }
    }

    Document page = page(response, 429);
    assertThat(page.select(".govuk-error-summary a[href=#chat-start]").text())
        .contains("Too many conversations were started from this connection");
    assertThat(response.getHeader("Retry-After")).isNotBlank();
    assertThat(page.select("select#topic option[selected]").attr("value")).isEqualTo("GENERAL");
    assertThat(chatCookie(response)).isNull();
  }

  @Test
  void startingLeadsToTheConversationPageWhichIsNeverStored() throws Exception {
    Cookie key = start("LIVE");

    MockHttpServletResponse response =
        mvc.perform(get("/chat/conversation").param("lang", "en").cookie(key))
            .andReturn()
            .getResponse();

    Document page = page(response, 200);
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    assertThat(page.select("#chat-queue[aria-live=polite]").text()).contains("in the queue");
    assertThat(page.select("#chat-log[role=log][aria-live=polite] > ol#chat-messages")).hasSize(1);
    assertThat(page.select("label[for=body]").text()).isEqualTo("Your message");
    assertThat(page.select("textarea#body").attr("name")).isEqualTo("body");
    assertThat(page.select("[data-module=govuk-character-count]").attr("data-maxlength"))
        .isEqualTo("4000");
    assertThat(
            page.select("[data-module=govuk-character-count]")
                .attr("data-i18n.characters-under-limit.other"))
        .isEqualTo("You have %{count} characters remaining");
    assertThat(page.select("noscript").html()).contains("http-equiv=\"refresh\"", "content=\"10\"");
    assertThat(page.select("script[type=module][src$=/js/chat.js]")).hasSize(1);
    assertThat(page.select("#chat-end").text()).isEqualTo("End chat");
  }

  @Test
  void theCookieHoldsTheKeyForTheChatOnlyAndNoScript() throws Exception {
    MockHttpServletResponse response = startResponse("LIVE");

    String setCookie = chatCookie(response);
    assertThat(setCookie)
        .startsWith(ChatCookie.NAME + "=")
        .contains("Path=/chat", "HttpOnly", "SameSite=Strict");
    assertThat(response.getRedirectedUrl())
        .doesNotContain(
            ChatCookie.parse(
                    setCookie.substring(ChatCookie.NAME.length() + 1, setCookie.indexOf(';')))
                .orElseThrow()
                .token());
  }

  @Test
  void aMessageSentByTheFormIsShownOnceAfterTheRedirect() throws Exception {
    Cookie key = start("LIVE");
    String clientId = UUID.randomUUID().toString();

    for (int i = 0; i < 2; i++) {
      MockHttpServletResponse sent =
          mvc.perform(
                  post("/chat/conversation/messages")
                      .with(csrf())
                      .cookie(key)
                      .param("clientId", clientId)
                      .param("body", "Preciso de ajuda <b>agora</b>"))
              .andReturn()
              .getResponse();
      assertThat(sent.getStatus()).isEqualTo(302);
      assertThat(sent.getRedirectedUrl()).startsWith("/chat/conversation");
    }

    Document page = conversation(key);
    assertThat(page.select("#chat-log li.pharos-chat-message--mine")).hasSize(1);
    assertThat(page.select("#chat-log .pharos-chat-message__body").text())
        .isEqualTo("Preciso de ajuda <b>agora</b>");
    assertThat(page.select("#chat-log b")).isEmpty();
    assertThat(page.select("#chat-log .pharos-chat-delivery").text()).isIn("Sent", "Seen");
  }

  @Test
  void anEmptyOrOverlongMessageIsRefusedBesideTheBox() throws Exception {
    Cookie key = start("LIVE");
    String tooLong = "a".repeat(4001);

    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/conversation/messages")
                    .with(csrf())
                    .param("lang", "en")
                    .cookie(key)
                    .param("clientId", UUID.randomUUID().toString())
                    .param("body", tooLong))
            .andReturn()
            .getResponse();

    Document page = page(response, 400);
    assertThat(page.select("#body-error").text()).contains("4,000 characters");
    assertThat(page.select("textarea#body").text()).isEqualTo(tooLong);
    assertThat(page.select("#chat-log li")).isEmpty();
  }

  @Test
  void endingTheChatOffersTheRatingAndAReturnCode() throws Exception {
    Cookie key = start("LIVE");

    MockHttpServletResponse ended =
        mvc.perform(post("/chat/conversation/end").with(csrf()).cookie(key))
            .andReturn()
            .getResponse();
    assertThat(ended.getStatus()).isEqualTo(302);

    Document page = conversation(key);
    assertThat(page.select("#chat-form")).isEmpty();
    assertThat(page.select("#chat-queue").text()).contains("This conversation has ended");
    assertThat(page.select("#chat-rating input[type=radio][name=stars]").eachAttr("value"))
        .containsExactly("1", "2", "3", "4", "5");
    assertThat(page.select("#chat-rating textarea#comment")).hasSize(1);
    assertThat(page.select("form[action=/chat/conversation/return-code] button").text())
        .isEqualTo("Get a code to come back later");
  }

  @Test
  void aRatingWithoutStarsIsRefusedAndOneWithStarsIsThanked() throws Exception {
    Cookie key = start("LIVE");
    mvc.perform(post("/chat/conversation/end").with(csrf()).cookie(key));

    MockHttpServletResponse refused =
        mvc.perform(
                post("/chat/conversation/rating")
                    .with(csrf())
                    .param("lang", "en")
                    .cookie(key)
                    .param("comment", "Obrigado"))
            .andReturn()
            .getResponse();
    Document again = page(refused, 400);
    assertThat(again.select("#stars-error").text()).contains("Choose from 1 to 5 stars");
    assertThat(again.select("textarea#comment").text()).isEqualTo("Obrigado");

    MockHttpServletResponse rated =
        mvc.perform(
                post("/chat/conversation/rating")
                    .with(csrf())
                    .cookie(key)
                    .param("stars", "4")
                    .param("comment", "Obrigado"))
            .andReturn()
            .getResponse();
    assertThat(rated.getStatus()).isEqualTo(302);
    Document thanked =
        page(
            mvc.perform(
                    get(rated.getRedirectedUrl().replaceAll("#.*", ""))
                        .param("lang", "en")
                        .cookie(key))
                .andReturn()
                .getResponse(),
            200);
    assertThat(thanked.select("#chat-ended").text()).contains("Thank you for your rating");
    assertThat(thanked.select("#chat-rating")).isEmpty();
  }

  @Test
  void theReturnCodeIsShownOnceInGroupsAndNeverStored() throws Exception {
    Cookie key = start("WRITTEN");
    send(key, "Escrevo para pedir apoio.");

    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/conversation/return-code").with(csrf()).param("lang", "en").cookie(key))
            .andReturn()
            .getResponse();

    Document page = page(response, 200);
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    assertThat(page.select("#return-code .pharos-return-code__group").size()).isGreaterThan(1);
    assertThat(page.text()).contains("shown only once", "Pharos cannot find it again");
    assertThat(conversation(key).select(".pharos-return-code")).isEmpty();
  }

  @Test
  void theReturnCodeOpensTheConversationAgainAsWrittenMessaging() throws Exception {
    Cookie key = start("LIVE");
    send(key, "Fui assaltada ontem.");
    String code = returnCode(key);
    mvc.perform(post("/chat/leave").with(csrf()).cookie(key));

    MockHttpServletResponse resumed =
        mvc.perform(post("/chat/return").with(csrf()).param("code", "  " + code + " "))
            .andReturn()
            .getResponse();

    assertThat(resumed.getStatus()).isEqualTo(302);
    assertThat(resumed.getRedirectedUrl()).isEqualTo("/chat/conversation");
    Cookie again = cookieOf(resumed);
    assertThat(again.getValue()).isNotEqualTo(key.getValue());
    Document page = conversation(again);
    assertThat(page.select("h1").text()).isEqualTo("Your written conversation");
    assertThat(page.select("#chat-log .pharos-chat-message__body").text())
        .contains("Fui assaltada ontem.");
    assertThat(page.select("#chat-form textarea#body")).hasSize(1);
    send(again, "Ainda preciso de ajuda.");
    assertThat(conversation(again).select("#chat-log li.pharos-chat-message--mine")).hasSize(2);
  }

  @Test
  void aWrongCodeIsToldPlainly() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/return")
                    .with(csrf())
                    .with(from("198.51.100.7"))
                    .param("lang", "en")
                    .param("code", "nothing opens with these words"))
            .andReturn()
            .getResponse();

    Document page = page(response, 400);
    assertThat(page.select("#code-error").text())
        .contains("This code does not open a conversation");
    assertThat(page.select("input#code").attr("value")).isEmpty();
    assertThat(chatCookie(response)).isNull();
  }

  @Test
  void tooManyTriesAskToWaitSomeMinutes() throws Exception {
    MockHttpServletResponse response = null;
    for (int i = 0; i < 50; i++) {
      response =
          mvc.perform(
                  post("/chat/return")
                      .with(csrf())
                      .with(from("198.51.100.99"))
                      .param("lang", "en")
                      .param("code", "wrong words " + i))
              .andReturn()
              .getResponse();
      if (response.getStatus() == 429) {
        break;
      }
    }

    Document page = page(response, 429);
    assertThat(page.select("#code-error").text()).containsPattern("Try again in \\d+ minutes?");
    assertThat(response.getHeader("Retry-After")).isNotBlank();
  }

  @Test
  void deletingAsksFirstThenForgetsTheConversationAndItsCode() throws Exception {
    Cookie key = start("WRITTEN");
    send(key, "Apaguem isto.");
    String code = returnCode(key);

    Document confirm =
        page(
            mvc.perform(get("/chat/conversation/delete").param("lang", "en").cookie(key))
                .andReturn()
                .getResponse(),
            200);
    assertThat(confirm.select("h1").text()).contains("Are you sure");
    assertThat(confirm.select("form[action=/chat/conversation/delete][method=post] button"))
        .hasSize(1);

    MockHttpServletResponse deleted =
        mvc.perform(post("/chat/conversation/delete").with(csrf()).param("lang", "en").cookie(key))
            .andReturn()
            .getResponse();
    assertThat(page(deleted, 200).select("h1").text()).contains("The conversation is deleted");
    assertThat(chatCookie(deleted)).contains("Max-Age=0");

    assertThat(
            mvc.perform(get("/chat/conversation").cookie(key))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    MockHttpServletResponse resumed =
        mvc.perform(
                post("/chat/return").with(csrf()).with(from("198.51.100.8")).param("code", code))
            .andReturn()
            .getResponse();
    assertThat(resumed.getStatus()).isEqualTo(400);
  }

  @Test
  void leavingForgetsTheChatInThisBrowserButDoesNotEndIt() throws Exception {
    Cookie key = start("LIVE");

    MockHttpServletResponse left =
        mvc.perform(post("/chat/leave").with(csrf()).cookie(key)).andReturn().getResponse();

    assertThat(left.getStatus()).isEqualTo(204);
    assertThat(chatCookie(left))
        .startsWith(ChatCookie.NAME + "=;")
        .contains("Max-Age=0", "Path=/chat");
    VisitorView view = chats.view(ChatCookie.parse(key.getValue()).orElseThrow(), 0);
    assertThat(view.state().open()).isTrue();
  }

  @Test
  void withoutTheCookieThereIsNoConversationToShow() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/chat/conversation").param("lang", "en")).andReturn().getResponse();

    Document page = page(response, 404);
    assertThat(page.select("h1").text()).contains("There is no conversation open in this browser");
    assertThat(page.select("a[href=/chat/return]")).hasSize(1);
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
  }

  @Test
  void aForgedKeyOpensNothing() throws Exception {
    Cookie key = start("LIVE");
    VisitorKey real = ChatCookie.parse(key.getValue()).orElseThrow();
    Cookie forged = new Cookie(ChatCookie.NAME, real.conversationId() + ".not-the-token");

    assertThat(
            mvc.perform(get("/chat/conversation").cookie(forged))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void findHelpLinksToTheChatOfOrganisationsThatAnswerInPharos() throws Exception {
    MemberView member =
        directory.members(MemberFilter.all()).stream()
            .filter(MemberView::chatInPharos)
            .findFirst()
            .orElseThrow();
    String key =
        member.shortName() != null ? member.shortName() : member.organisationId().toString();

    Document page =
        page(
            mvc.perform(get("/organisations/" + key).param("lang", "en")).andReturn().getResponse(),
            200);

    assertThat(page.select("a.pharos-chat-now").attr("href"))
        .startsWith("/chat/" + member.organisationId())
        .contains("source=member-page");
    assertThat(page.select("a.pharos-chat-now").text()).isEqualTo("Chat with an advisor");
  }

  // --- helpers -----------------------------------------------------------------------------------

  private MockHttpServletResponse startResponse(String kind) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/chat/" + apav)
                    .with(csrf())
                    .with(from(nextAddress()))
                    .param("language", "pt")
                    .param("topic", "VIOLENCE")
                    .param("kind", kind)
                    .param("notice", "true")
                    .param("source", "find-help"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/chat/conversation");
    return response;
  }

  /** Each chat from an address of its own: starts are limited per address. */
  private static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  private Cookie start(String kind) throws Exception {
    return cookieOf(startResponse(kind));
  }

  private static Cookie cookieOf(MockHttpServletResponse response) {
    String header = chatCookie(response);
    assertThat(header).isNotNull();
    String value = header.substring(ChatCookie.NAME.length() + 1, header.indexOf(';'));
    return new Cookie(ChatCookie.NAME, value);
  }

  private void send(Cookie key, String body) throws Exception {
    MockHttpServletResponse sent =
        mvc.perform(
                post("/chat/conversation/messages")
                    .with(csrf())
                    .cookie(key)
                    .param("clientId", UUID.randomUUID().toString())
                    .param("body", body))
            .andReturn()
            .getResponse();
    assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
  }

  private String returnCode(Cookie key) throws Exception {
    Document page =
        page(
            mvc.perform(post("/chat/conversation/return-code").with(csrf()).cookie(key))
                .andReturn()
                .getResponse(),
            200);
    return String.join(" ", page.select("#return-code .pharos-return-code__group").eachText());
  }

  private Document conversation(Cookie key) throws Exception {
    return page(
        mvc.perform(get("/chat/conversation").param("lang", "en").cookie(key))
            .andReturn()
            .getResponse(),
        200);
  }

  private static Document page(MockHttpServletResponse response, int status) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> shortName.equals(m.shortName()))
        .findFirst()
        .orElseThrow();
  }

  /** The chat cookie this answer sets, if it sets one (the language cookie may come too). */
  private static String chatCookie(MockHttpServletResponse response) {
    return response.getHeaders("Set-Cookie").stream()
        .filter(h -> h.startsWith(ChatCookie.NAME + "="))
        .findFirst()
        .orElse(null);
  }
}
