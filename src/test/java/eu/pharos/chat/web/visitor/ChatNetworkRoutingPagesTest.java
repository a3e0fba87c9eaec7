package eu.pharos.chat.web.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberView;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Network routing from the victim's side, without JavaScript: APAV's advisors are made busy for
 * English, Weisser Ring (Germany) serves English to the network with a free advisor, and the victim
 * is asked before anything goes there. Each test puts the statuses and offers back.
 */
@PharosTest
class ChatNetworkRoutingPagesTest {

  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserDetailsService userDetails;

  private UUID apav;
  private UUID weisserRing;
  private UUID irish;
  private UUID jonas;
  private List<Map<String, Object>> statuses;
  private List<Map<String, Object>> offers;

  @BeforeEach
  void setUp() {
    apav = member("APAV").organisationId();
    weisserRing = member("WR-DE").organisationId();
    irish = member("CVH-IE").organisationId();
    statuses =
        jdbc.queryForList(
            "select * from chat_advisor_status where organisation_id in (?, ?, ?)",
            apav,
            weisserRing,
            irish);
    offers = jdbc.queryForList("select * from chat_network_offer");
    jdbc.update(
        "update chat_advisor_status set availability = 'AWAY' where organisation_id = ?", apav);
    jdbc.update("delete from chat_network_offer");
    offer(weisserRing, true, "de,en", "24/7");
    jonas = UUID.randomUUID();
    status(jonas, weisserRing, "AVAILABLE", 1, "de,en");
  }

  @AfterEach
  void putBack() {
    jdbc.update(
        "delete from chat_conversation where organisation_id in (?, ?)", weisserRing, irish);
    jdbc.update(
        "delete from chat_advisor_status where organisation_id in (?, ?, ?)",
        apav,
        weisserRing,
        irish);
    for (Map<String, Object> row : statuses) {
      jdbc.update(
          "insert into chat_advisor_status (user_id, organisation_id, availability, capacity,"
              + " languages, updated_at) values (?, ?, ?, ?, ?, ?)",
          row.get("user_id"),
          row.get("organisation_id"),
          row.get("availability"),
          row.get("capacity"),
          row.get("languages"),
          row.get("updated_at"));
    }
    jdbc.update("delete from chat_network_offer");
    for (Map<String, Object> row : offers) {
      jdbc.update(
          "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
              + " version) values (?, ?, ?, ?, ?, ?)",
          row.get("organisation_id"),
          row.get("serving"),
          row.get("languages"),
          row.get("hours"),
          row.get("updated_at"),
          row.get("version"));
    }
  }

  @Test
  void theVictimIsToldWhoWouldAnswerWhereAndThatTheirOrganisationWillNotSeeIt() throws Exception {
    MockHttpServletResponse response = start(null);

    Document page = page(response, 200);
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    assertThat(page.select("h1").text()).isEqualTo("Another organisation can answer you now");
    String offer = page.select("#network-offer").text();
    assertThat(offer)
        .contains("Weisser Ring (Germany) in Germany can answer you in English now.")
        .contains(
            "If you agree, your conversation goes to them; " + apavName() + " will not see it.");
    assertThat(offer)
        .containsAnyOf(
            "No advisor of " + apavName() + " who speaks English is free now.",
            apavName() + "’s chat is closed now.");
    assertThat(page.select("form#network-agree[method=post]").attr("action"))
        .isEqualTo("/chat/" + apav + "/network");
    assertThat(page.select("form#network-agree button").text())
        .isEqualTo("Agree: chat with Weisser Ring (Germany)");
    assertThat(page.select("form#network-decline button").text())
        .isIn("No, wait for " + apavName(), "No, stay with " + apavName());
    assertThat(page.select("form#network-decline input[name=network]").val()).isEqualTo("declined");
    assertThat(page.select("#chat-emergency")).hasSize(1);
    assertThat(chatCookie(response)).isNull();
    assertThat(conversationsOf(weisserRing)).isZero();
  }

  @Test
  void agreeingStartsTheConversationInTheOtherQueueAndRecordsWhereItCameFrom() throws Exception {
    Document offer = page(start(null), 200);

    MockHttpServletResponse agreed = submit(offer.selectFirst("form#network-agree"), null);

    assertThat(agreed.getStatus()).isEqualTo(302);
    assertThat(agreed.getRedirectedUrl()).isEqualTo("/chat/conversation");
    Cookie key = cookieOf(agreed);
    UUID id = UUID.fromString(key.getValue().substring(0, 36));
    Map<String, Object> row =
        jdbc.queryForMap(
            "select organisation_id, routed_from_organisation_id, routed_agreed_at, kind, state,"
                + " language from chat_conversation where id = ?",
            id);
    assertThat(row.get("organisation_id")).isEqualTo(weisserRing);
    assertThat(row.get("routed_from_organisation_id")).isEqualTo(apav);
    assertThat(row.get("routed_agreed_at")).isNotNull();
    assertThat(row.get("kind")).isEqualTo("LIVE");
    assertThat(row.get("state")).isEqualTo("QUEUED");
    assertThat(row.get("language")).isEqualTo("en");
    Document conversation =
        page(
            mvc.perform(get("/chat/conversation").param("lang", "en").cookie(key))
                .andReturn()
                .getResponse(),
            200);
    assertThat(conversation.text()).contains("Weisser Ring (Germany)");
  }

  @Test
  void refusingKeepsTheConversationWithTheOrganisationChosen() throws Exception {
    Document offer = page(start(null), 200);

    MockHttpServletResponse declined = submit(offer.selectFirst("form#network-decline"), null);

    assertThat(declined.getStatus()).isEqualTo(302);
    UUID id = UUID.fromString(cookieOf(declined).getValue().substring(0, 36));
    Map<String, Object> row =
        jdbc.queryForMap(
            "select organisation_id, routed_from_organisation_id from chat_conversation where id = ?",
            id);
    assertThat(row.get("organisation_id")).isEqualTo(apav);
    assertThat(row.get("routed_from_organisation_id")).isNull();
    assertThat(conversationsOf(weisserRing)).isZero();
  }

  @Test
  void noOfferWithoutOptInOutsideTheNetworkHoursOrWithoutAFreeAdvisorInTheLanguage()
      throws Exception {
    jdbc.update(
        "update chat_network_offer set serving = ? where organisation_id = ?", false, weisserRing);
    assertStartsAtApav(start(null));

    jdbc.update(
        "update chat_network_offer set serving = ?, hours = '' where organisation_id = ?",
        true,
        weisserRing);
    assertStartsAtApav(start(null));

    jdbc.update(
        "update chat_network_offer set hours = '24/7', languages = 'de'"
            + " where organisation_id = ?",
        weisserRing);
    assertStartsAtApav(start(null));

    jdbc.update(
        "update chat_network_offer set languages = 'de,en' where organisation_id = ?", weisserRing);
    jdbc.update("update chat_advisor_status set languages = 'de' where user_id = ?", jonas);
    assertStartsAtApav(start(null));

    jdbc.update(
        "update chat_advisor_status set languages = 'en', availability = 'AWAY'"
            + " where user_id = ?",
        jonas);
    assertStartsAtApav(start(null));

    jdbc.update(
        "update chat_advisor_status set availability = 'AVAILABLE' where user_id = ?", jonas);
    busy(jonas, weisserRing);
    assertStartsAtApav(start(null));
  }

  @Test
  void aFreeAdvisorAtTheOrganisationChosenMeansNoOffer() throws Exception {
    // An advisor of APAV free in English; whether APAV is open depends on the hour, so the offer
    // is expected only when it is closed.
    status(UUID.randomUUID(), apav, "AVAILABLE", 3, "pt,en");
    boolean open = member("APAV").openStateAt(Instant.now()).open();

    MockHttpServletResponse response = start(null);

    if (open) {
      assertStartsAtApav(response);
    } else {
      assertThat(page(response, 200).select("#network-offer").text())
          .contains(apavName() + "’s chat is closed now.");
    }
  }

  @Test
  void anAgreementWithoutAnOfferShownIsRefusedWithAPlainPage() throws Exception {
    for (String token : new String[] {"", "forged", null}) {
      MockHttpServletRequestBuilder agreement =
          post("/chat/" + apav + "/network")
              .with(csrf())
              .with(from(nextAddress()))
              .param("lang", "en")
              .param("language", "en")
              .param("topic", "GENERAL")
              .param("kind", "LIVE")
              .param("notice", "true")
              .param("to", weisserRing.toString());
      if (token != null) {
        agreement.param("offer", token);
      }
      MockHttpServletResponse response = mvc.perform(agreement).andReturn().getResponse();

      Document page = page(response, 400);
      assertThat(page.select("h1").text()).isEqualTo("There is no offer to agree to");
      assertThat(page.select("#network-refused").text()).contains("No conversation was started");
      assertThat(page.select("a[href=/chat/" + apav + "]")).hasSize(1);
      assertThat(chatCookie(response)).isNull();
    }
    // An offer shown for one organisation does not let the victim's agreement go to another.
    Document offer = page(start(null), 200);
    MockHttpServletResponse elsewhere =
        submit(offer.selectFirst("form#network-agree"), Map.of("to", irish.toString()));
    page(elsewhere, 400);
    assertThat(conversationsOf(weisserRing) + conversationsOf(irish)).isZero();
  }

  @Test
  void theDecisionIsTakenAgainOnAgreement() throws Exception {
    Document offer = page(start(null), 200);
    // Jonas took another chat meanwhile; the Irish helpline can answer in English now.
    busy(jonas, weisserRing);
    offer(irish, true, "en", "24/7");
    status(UUID.randomUUID(), irish, "AVAILABLE", 2, "en");

    MockHttpServletResponse changed = submit(offer.selectFirst("form#network-agree"), null);

    Document page = page(changed, 409);
    assertThat(page.select("#network-gone").text())
        .contains("Weisser Ring (Germany) can no longer answer you now.");
    assertThat(page.select("#network-offer").text())
        .contains("Crime Victims Helpline in Ireland can answer you in English now.");
    assertThat(chatCookie(changed)).isNull();
    assertThat(conversationsOf(weisserRing)).isZero();

    MockHttpServletResponse agreed = submit(page.selectFirst("form#network-agree"), null);
    assertThat(agreed.getStatus()).isEqualTo(302);
    assertThat(
            jdbc.queryForObject(
                "select organisation_id from chat_conversation where id = ?",
                UUID.class,
                UUID.fromString(cookieOf(agreed).getValue().substring(0, 36))))
        .isEqualTo(irish);
  }

  @Test
  void whenNobodyElseIsLeftTheVictimCanStillStartWithTheOrganisation() throws Exception {
    Document offer = page(start(null), 200);
    jdbc.update("update chat_advisor_status set availability = 'OFFLINE' where user_id = ?", jonas);

    Document page = page(submit(offer.selectFirst("form#network-agree"), null), 409);

    assertThat(page.select("#network-gone").text())
        .contains("Weisser Ring (Germany) can no longer answer you now.");
    assertThat(page.select("form#network-agree")).isEmpty();
    assertThat(page.select("form#network-decline button").text())
        .isEqualTo("Start with " + apavName());
    MockHttpServletResponse started = submit(page.selectFirst("form#network-decline"), null);
    assertStartsAtApav(started);
  }

  @Test
  void onlyTheAnsweringOrganisationSeesTheRoutedConversationAndWhereItCameFrom() throws Exception {
    Document offer = page(start(null), 200);
    Cookie key = cookieOf(submit(offer.selectFirst("form#network-agree"), null));
    String id = key.getValue().substring(0, 36);
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);

    tenancy.assertOnlyOwnOrganisationSees(
        "/app/chat/" + id,
        "advisor.wr-de@pharos.test",
        "advisor.apav@pharos.test",
        "supervisor.apav@pharos.test");

    Document console =
        Jsoup.parse(
            mvc.perform(
                    get("/app/chat/" + id)
                        .param("lang", "en")
                        .with(tenancy.as("advisor.wr-de@pharos.test")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(console.select("#routed-from").text())
        .contains("Through the network")
        .contains("came through the network from " + apavName() + ", Portugal");
  }

  @Test
  void theSupervisionPageCountsConversationsThatCameThroughTheNetwork() throws Exception {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/app/chat/supervision")
                        .param("lang", "en")
                        .with(tenancy.as("supervisor.apav@pharos.test")))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("#today").text()).contains("Came through the network");
    assertThat(page.select("#routed").text()).isEqualTo("0");
  }

  private void assertStartsAtApav(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    UUID id = UUID.fromString(cookieOf(response).getValue().substring(0, 36));
    assertThat(
            jdbc.queryForObject(
                "select organisation_id from chat_conversation where id = ?", UUID.class, id))
        .isEqualTo(apav);
  }

  private MockHttpServletResponse start(String network) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/chat/" + apav)
            .with(csrf())
            .with(from(nextAddress()))
            .param("lang", "en")
            .param("language", "en")
            .param("topic", "GENERAL")
            .param("kind", "LIVE")
            .param("notice", "true")
            .param("source", "find-help");
    if (network != null) {
      request.param("network", network);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  /** Posts a form of a page as a browser would, with the fields changed. */
  private MockHttpServletResponse submit(Element form, Map<String, String> changes)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post(form.attr("action")).with(csrf()).with(from(nextAddress())).param("lang", "en");
    for (Element input : form.select("input[name]")) {
      if (input.attr("name").equals("_csrf")) {
        continue;
      }
      String value =
          changes != null && changes.containsKey(input.attr("name"))
              ? changes.get(input.attr("name"))
              : input.val();
      request.param(input.attr("name"), value);
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private void offer(UUID organisation, boolean serving, String languages, String hours) {
    jdbc.update(
        "insert into chat_network_offer (organisation_id, serving, languages, hours, updated_at,"
            + " version) values (?, ?, ?, ?, ?, 1)",
        organisation,
        serving,
        languages,
        hours,
        Timestamp.from(Instant.now()));
  }

  private void status(
      UUID user, UUID organisation, String availability, int capacity, String languages) {
    jdbc.update(
        "insert into chat_advisor_status (user_id, organisation_id, availability, capacity,"
            + " languages, updated_at) values (?, ?, ?, ?, ?, ?)",
        user,
        organisation,
        availability,
        capacity,
        languages,
        Timestamp.from(Instant.now()));
  }

  /** A conversation the advisor is answering, which fills a capacity of 1. */
  private void busy(UUID advisor, UUID organisation) {
    jdbc.update(
        "insert into chat_conversation (id, organisation_id, kind, state, language, topic,"
            + " visitor_token_hash, advisor_id, queued_at, accepted_at, version)"
            + " values (?, ?, 'LIVE', 'ACTIVE', 'en', 'GENERAL', ?, ?, ?, ?, 0)",
        UUID.randomUUID(),
        organisation,
        UUID.randomUUID().toString().replace("-", ""),
        advisor,
        Timestamp.from(Instant.now()),
        Timestamp.from(Instant.now()));
  }

  private int conversationsOf(UUID organisation) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from chat_conversation where organisation_id = ? and state = 'QUEUED'",
            Integer.class,
            organisation);
    return count == null ? 0 : count;
  }

  private String apavName() {
    return member("APAV").name();
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> shortName.equals(m.shortName()))
        .findFirst()
        .orElseThrow();
  }

  private static String nextAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "10.78." + (n / 250) + "." + (n % 250 + 1);
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static Document page(MockHttpServletResponse response, int status) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    return Jsoup.parse(response.getContentAsString());
  }

  private static Cookie cookieOf(MockHttpServletResponse response) {
    String header = chatCookie(response);
    assertThat(header).isNotNull();
    String value = header.substring(ChatCookie.NAME.length() + 1, header.indexOf(';'));
    return new Cookie(ChatCookie.NAME, value);
  }

  private static String chatCookie(MockHttpServletResponse response) {
    return response.getHeaders("Set-Cookie").stream()
        .filter(h -> h.startsWith(ChatCookie.NAME + "="))
        .findFirst()
        .orElse(null);
  }
}
