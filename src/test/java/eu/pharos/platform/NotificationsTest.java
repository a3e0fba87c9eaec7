package eu.pharos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.shared.StaffUser;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
class NotificationsTest {

  static final String USER = "evaluator@pharos.test";
  static final String OTHER = "secretariat@pharos.test";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;

  TenancyCheck tenancy;
  UUID user;
  UUID other;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
    user = ((StaffUser) userDetails.loadUserByUsername(USER)).userId();
    other = ((StaffUser) userDetails.loadUserByUsername(OTHER)).userId();
    jdbc.update("delete from platform_notification where user_id in (?, ?)", user, other);
  }

  @Test
  void aNotificationIsCountedUntilItIsRead() {
    notifications.notify(user, "dashboard.welcome", List.of("first"), "/app");
    notifications.notify(user, "dashboard.welcome", List.of("second"), null);

    assertThat(notifications.unreadCount(user)).isEqualTo(2);
    List<NotificationView> mine = tenancy.asUser(USER, () -> notifications.mine());
    assertThat(mine).extracting(n -> n.args().get(0)).containsExactly("second", "first");
    assertThat(mine).allMatch(NotificationView::unread);

    tenancy.asUser(
        USER,
        () -> {
          notifications.markRead(mine.get(1).id());
          return null;
        });
    assertThat(notifications.unreadCount(user)).isEqualTo(1);
    assertThat(tenancy.asUser(USER, () -> notifications.mine()))
        .filteredOn(n -> n.id().equals(mine.get(1).id()))
        .singleElement()
        .matches(n -> !n.unread() && n.readAt() != null);
  }

  @Test
  void nobodyReadsOrMarksAnotherUsersNotifications() {
    notifications.notify(user, "dashboard.welcome", List.of("private"), null);
    UUID id = tenancy.asUser(USER, () -> notifications.mine()).get(0).id();

    assertThat(tenancy.asUser(OTHER, () -> notifications.mine())).isEmpty();
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    OTHER,
                    () -> {
                      notifications.markRead(id);
                      return null;
                    }))
        .isInstanceOf(NotificationNotFound.class);
    assertThat(tenancy.asUser(OTHER, () -> notifications.markAllRead())).isZero();
    assertThat(notifications.unreadCount(user)).isEqualTo(1);
  }

  @Test
  void linksLeadOnlyWithinPharos() {
    for (String link :
        List.of("https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil")) {
      assertThatThrownBy(() -> notifications.notify(user, "dashboard.welcome", List.of(), link))
          .as(link)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(notifications.unreadCount(user)).isZero();
  }

  @Test
  void thePageListsNotificationsNewestFirstWithTheirText() throws Exception {
    notifications.notify(user, "dashboard.welcome", List.of("older"), "/app/account");
    notifications.notify(user, "dashboard.welcome", List.of("newer"), null);

    String page =
        mvc.perform(get("/app/notifications").with(tenancy.as(USER)))
            .andExpect(status().isOk())
            .andExpect(model().attribute("unreadNotifications", 2L))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(page).contains("Welcome, newer").contains("Welcome, older");
    assertThat(page.indexOf("Welcome, newer")).isLessThan(page.indexOf("Welcome, older"));
    assertThat(page).contains("href=\"/app/account\"");
    assertThat(page).containsPattern("pharos-notification-badge\"[^>]*>2<");
  }

  @Test
  void markingOneAndAllReadWorksWithPlainForms() throws Exception {
    notifications.notify(user, "dashboard.welcome", List.of("one"), null);
    notifications.notify(user, "dashboard.welcome", List.of("two"), null);
    UUID newest = tenancy.asUser(USER, () -> notifications.mine()).get(0).id();

    mvc.perform(post("/app/notifications/" + newest + "/read").with(tenancy.as(USER)).with(csrf()))
        .andExpect(redirectedUrl("/app/notifications"));
    assertThat(notifications.unreadCount(user)).isEqualTo(1);

    mvc.perform(post("/app/notifications/read-all").with(tenancy.as(USER)).with(csrf()))
        .andExpect(redirectedUrl("/app/notifications"));
    assertThat(notifications.unreadCount(user)).isZero();
    mvc.perform(get("/app/notifications").with(tenancy.as(USER)))
        .andExpect(content().string(not(containsString("pharos-notification-badge"))))
        .andExpect(content().string(not(containsString("Mark all as read"))));
  }

  @Test
  void markingAnotherUsersNotificationOnThePageIsNotFound() throws Exception {
    notifications.notify(other, "dashboard.welcome", List.of("theirs"), null);
    UUID theirs = tenancy.asUser(OTHER, () -> notifications.mine()).get(0).id();

    mvc.perform(post("/app/notifications/" + theirs + "/read").with(tenancy.as(USER)).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(notifications.unreadCount(other)).isEqualTo(1);
  }

  @Test
  void everyStaffPageShowsTheUnreadCount() throws Exception {
    notifications.notify(user, "dashboard.welcome", List.of("badge"), null);

    mvc.perform(get("/app").with(tenancy.as(USER)))
        .andExpect(status().isOk())
        .andExpect(model().attribute("unreadNotifications", 1L));
    mvc.perform(get("/")).andExpect(model().attributeDoesNotExist("unreadNotifications"));
  }
}
