package eu.pharos.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The shell every page shows: navigation for the user's roles with the current entry, languages,
 * and on public pages the quick exit.
 */
@PharosTest
class ShellModelTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Value("${pharos.quick-exit.url}")
  String quickExitUrl;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, users);
  }

  @Test
  void aPageShowsTheNavigationOfTheUsersRolesWithItsCurrentEntry() throws Exception {
    Document page = page("/app/chat/supervision", "supervisor.apav@pharos.test");

    assertThat(page.select("#navigation a").eachAttr("href"))
        .contains("/app", "/app/chat", "/app/chat/supervision")
        .doesNotContain("/app/admin/outbox");
    assertThat(
            page.select("#navigation .govuk-service-navigation__item--active a").eachAttr("href"))
        .containsExactly("/app/chat/supervision");
    assertThat(page.select("#navigation a[aria-current=page]").eachAttr("href"))
        .containsExactly("/app/chat/supervision");
    assertThat(page.select(".pharos-language-switcher li")).hasSize(5);
    assertThat(page.select("#quick-exit")).as("no quick exit in the staff area").isEmpty();
  }

  @Test
  void aPublicPageHasTheQuickExitAndNoNavigation() throws Exception {
    MvcResult result = mvc.perform(get("/find-help")).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(result.getResponse().getContentAsString());

    assertThat(page.select("#quick-exit").attr("href")).isEqualTo(quickExitUrl);
    assertThat(page.select("#navigation")).isEmpty();
    assertThat(page.select(".pharos-language-switcher li")).hasSize(5);
  }

  private Document page(String path, String email) throws Exception {
    MvcResult result = mvc.perform(get(path).with(tenancy.as(email))).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
