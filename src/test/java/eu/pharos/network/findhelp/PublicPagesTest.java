package eu.pharos.network.findhelp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.network.Directory;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberProfileImport;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Public pages are rendered once and served from memory with caching headers, set no cookie, keep
 * the security headers, and change when the directory changes or when what they say about "open
 * now" stops being true.
 */
@PharosTest
@Import(FindHelpClock.Config.class)
class PublicPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Directory directory;
  @Autowired MemberAdministration administration;
  @Autowired UserDetailsService users;
  @Autowired FindHelpClock clock;
  @Autowired PublicPageCache cache;
  @Autowired eu.pharos.network.Engagements engagements;

  @AfterEach
  void reset() {
    clock.reset();
    cache.clear();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/find-help",
        "/find-help?lang=fr",
        "/find-help/PT?lang=pt",
        "/find-help/PT?lang=fr",
        "/find-help/GR",
        "/organisations/APAV?lang=fr",
        "/organisations/APAV",
        "/countries",
        "/countries/PT?lang=fr"
      })
  void publicPagesSetNoCookieCreateNoSessionAndCarryCachingAndSecurityHeaders(String path)
      throws Exception {
    String homeCsp =
        mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");

    cache.clear();
    for (int i = 0; i < 2; i++) { // rendered, then from memory
      MvcResult result =
          mvc.perform(get(path).header("Accept-Language", "de-AT"))
              .andExpect(status().isOk())
              .andExpect(header().doesNotExist("Set-Cookie"))
              .andReturn();
      MockHttpServletResponse response = result.getResponse();
      assertThat(result.getRequest().getSession(false)).isNull();
      assertThat(response.getCookies()).isEmpty();
      assertThat(response.getHeader("Cache-Control")).matches("public, max-age=\\d+");
      assertThat(maxAge(response)).isBetween(1L, 60L);
      assertThat(response.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
      assertThat(response.getHeader("Vary")).contains("Accept-Language");
      assertThat(response.getHeaders("Pragma")).isEmpty();
      assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(homeCsp).isNotBlank();
      assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.getContentType()).startsWith("text/html");
      assertThat(cache.size()).isEqualTo(1);
    }
  }

  @Test
  void theLanguageOfTheAddressIsNotRememberedAndTheBrowsersWhenThereIsNone() throws Exception {
    MockHttpServletResponse french =
        mvc.perform(get("/find-help/PT").param("lang", "fr")).andReturn().getResponse();
    assertThat(Jsoup.parse(french.getContentAsString()).select("html").attr("lang"))
        .isEqualTo("fr");
    assertThat(french.getHeader("Vary")).isEqualTo("Accept-Language");
    assertThat(french.getCookie(PublicPageFilter.LANGUAGE_COOKIE)).isNull();

    MockHttpServletResponse german =
        mvc.perform(get("/find-help/PT").header("Accept-Language", "de")).andReturn().getResponse();
    assertThat(Jsoup.parse(german.getContentAsString()).select("html").attr("lang"))
        .isEqualTo("de");
    assertThat(german.getHeader("Vary")).isEqualTo("Accept-Language, Cookie");
    MockHttpServletResponse dutchCookie =
        mvc.perform(
                get("/find-help/PT")
                    .header("Accept-Language", "de")
                    .cookie(new Cookie(PublicPageFilter.LANGUAGE_COOKIE, "nl")))
            .andReturn()
            .getResponse();
    assertThat(Jsoup.parse(dutchCookie.getContentAsString()).select("html").attr("lang"))
        .isEqualTo("nl");
  }

  @Test
  void theSameETagGets304WithoutABody() throws Exception {
    MockHttpServletResponse first =
        mvc.perform(get("/find-help/PT?lang=pt")).andReturn().getResponse();
    String etag = first.getHeader("ETag");

    MockHttpServletResponse again =
        mvc.perform(get("/find-help/PT?lang=pt").header("If-None-Match", etag))
            .andExpect(status().isNotModified())
            .andExpect(header().string("ETag", etag))
            .andExpect(header().exists("Cache-Control"))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn()
            .getResponse();
    assertThat(again.getContentAsByteArray()).isEmpty();

    mvc.perform(get("/find-help/PT?lang=pt").header("If-None-Match", "\"something-else\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", etag));
    mvc.perform(head("/find-help/PT?lang=pt"))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", etag));
    // Another language is another page.
    String french =
        mvc.perform(get("/find-help/PT?lang=fr")).andReturn().getResponse().getHeader("ETag");
    assertThat(french).isNotEqualTo(etag);
  }

  @Test
  void aPageIsKeptOnlyUntilWhatItSaysAboutOpeningHoursStopsBeingTrue() throws Exception {
    String open = opening("/find-help/PT?lang=en");
    assertThat(open).isEqualTo("Open now (until 19:00)");
    // Closes at 19:00 in Lisbon (UTC in winter): 8 h 30 min from now, so browsers get the cap.
    assertThat(maxAge(mvc.perform(get("/find-help/PT?lang=en")).andReturn().getResponse()))
        .isEqualTo(60);

    clock.set(Instant.parse("2026-12-02T18:59:30Z"));
    MockHttpServletResponse justBefore =
        mvc.perform(get("/find-help/PT?lang=en")).andReturn().getResponse();
    assertThat(maxAge(justBefore)).isEqualTo(30);
    assertThat(opening("/find-help/PT?lang=en")).isEqualTo("Open now (until 19:00)");

    clock.set(Instant.parse("2026-12-02T19:00:00Z"));
    assertThat(opening("/find-help/PT?lang=en")).isEqualTo("Opens tomorrow at 09:00");
  }

  @Test
  void aChangeToTheDirectoryShowsAtOnceAndTheChatButtonFollowsTheProfile() throws Exception {
    String before =
        mvc.perform(get("/organisations/SAW?lang=en")).andReturn().getResponse().getHeader("ETag");
    assertThat(
            Jsoup.parse(
                    mvc.perform(get("/find-help/BE?lang=en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select(".pharos-chat-now"))
        .isEmpty();
    MemberView saw = member("SAW");

    TenancyCheck as = new TenancyCheck(mvc, users);
    try {
      as.asUser(
          "secretariat@pharos.test", () -> administration.importProfiles(List.of(copy(saw, true))));

      MockHttpServletResponse after =
          mvc.perform(get("/organisations/SAW?lang=en")).andReturn().getResponse();
      assertThat(after.getHeader("ETag")).isNotEqualTo(before);
      assertThat(Jsoup.parse(after.getContentAsString()).select(".pharos-chat-now").attr("href"))
          .isEqualTo("/chat/" + saw.organisationId() + "?source=member-page");
      assertThat(
              Jsoup.parse(
                      mvc.perform(get("/find-help/BE?lang=en"))
                          .andReturn()
                          .getResponse()
                          .getContentAsString())
                  .select(".pharos-chat-now")
                  .attr("href"))
          .isEqualTo("/chat/" + saw.organisationId() + "?source=find-help");
    } finally {
      as.asUser(
          "secretariat@pharos.test",
          () -> administration.importProfiles(List.of(copy(saw, false))));
    }
    assertThat(
            mvc.perform(get("/organisations/SAW?lang=en"))
                .andReturn()
                .getResponse()
                .getHeader("ETag"))
        .isEqualTo(before);
  }

  @Test
  void aNewEngagementShowsOnTheCountrysPageAtOnce() throws Exception {
    String title = "Study visit on helplines " + java.util.UUID.randomUUID();
    assertThat(
            mvc.perform(get("/countries/LV?lang=en"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .doesNotContain(title);
    assertThat(cache.size()).isPositive();

    new TenancyCheck(mvc, users)
        .asUser(
            "secretariat@pharos.test",
            () ->
                engagements.record(
                    new eu.pharos.network.EngagementDetails(
                        eu.pharos.network.EngagementKind.STUDY_VISIT,
                        "LV",
                        title,
                        null,
                        "Ministry of Justice",
                        null,
                        null,
                        java.time.LocalDate.of(2026, 10, 5),
                        null,
                        "internal notes stay inside",
                        null)));

    String page =
        mvc.perform(get("/countries/LV?lang=en")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(title).doesNotContain("internal notes stay inside");
  }

  @Test
  void aSignedInStaffMemberGoesTheOrdinaryWayAndIsNeverServedOrStoredFromMemory() throws Exception {
    cache.clear();
    MvcResult signedIn =
        mvc.perform(
                get("/find-help/PT?lang=en")
                    .with(new TenancyCheck(mvc, users).as("secretariat@pharos.test")))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(signedIn.getResponse().getHeader("ETag")).isNull();
    assertThat(cache.size()).isZero();
  }

  private String opening(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
        .select(".pharos-offer .pharos-opening")
        .first()
        .text();
  }

  private static long maxAge(MockHttpServletResponse response) {
    return Long.parseLong(response.getHeader("Cache-Control").replaceAll(".*max-age=", ""));
  }

  private MemberView member(String shortName) {
    return directory.members(MemberFilter.all()).stream()
        .filter(m -> shortName.equals(m.shortName()))
        .findFirst()
        .orElseThrow();
  }

  /** The member's profile as an import, with the chat switched on or off. */
  private static MemberProfileImport copy(MemberView m, boolean chat) {
    return new MemberProfileImport(
        m.organisationId(),
        m.name(),
        m.shortName(),
        m.countryCode(),
        m.membershipType(),
        MemberStatus.APPROVED,
        new MemberDetails(
            m.website(),
            m.email(),
            m.phone(),
            m.summary(),
            m.timeZone().getId(),
            m.languages(),
            m.services(),
            m.crimeTypes(),
            m.regions()),
        new OpeningHoursUpdate(m.hours().isAlwaysOpen(), m.hours().periods(), m.holidays()),
        List.of(),
        List.of(),
        chat);
  }
}
