package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lookups of active users by role name their organisation, so they answer the same from within
 * any organisation's session, and leave out users who are not active.
 */
@PharosTest
class UsersByRoleTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Users users;
  @Autowired Organisations organisations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void activeUsersOfAnotherOrganisationByRoleAreFoundFromAnySession() {
    TenancyCheck tenancy = new TenancyCheck(mvc, userDetails);
    UUID croatia = organisations.findByShortName("HR-VWSS").orElseThrow().id();

    var seenByApav =
        tenancy.asUser(
            "advisor.apav@pharos.test",
            () -> users.activeIn(croatia, Set.of(Role.ORG_ADMIN, Role.SUPERVISOR)));
    assertThat(seenByApav)
        .extracting(UserView::email)
        .containsExactlyInAnyOrder("quality.hr-vwss@pharos.test", "supervisor.hr-vwss@pharos.test");
    assertThat(seenByApav).allMatch(user -> user.organisationId().equals(croatia));
    assertThat(users.activeIn(croatia, Set.of(Role.EVALUATOR))).isEmpty();

    assertThat(
            tenancy.asUser(
                "secretariat@pharos.test", () -> users.activeWith(Set.of(Role.EVALUATOR))))
        .extracting(UserView::email)
        .contains("evaluator@pharos.test", "evaluator.wr-at@pharos.test")
        .allMatch(email -> !email.contains("apav"));
  }

  @Test
  void aUserWhoIsNotActiveIsLeftOut() {
    UUID austria = organisations.findByShortName("WR-AT").orElseThrow().id();
    String email = "evaluator.wr-at@pharos.test";
    String status =
        jdbc.queryForObject(
            "select status from identity_user where email = ?", String.class, email);
    jdbc.update("update identity_user set status = 'DISABLED' where email = ?", email);
    try {
      assertThat(users.activeIn(austria, Set.of(Role.EVALUATOR))).isEmpty();
      assertThat(users.activeWith(Set.of(Role.EVALUATOR)))
          .extracting(UserView::email)
          .doesNotContain(email);
    } finally {
      jdbc.update("update identity_user set status = ? where email = ?", status, email);
    }
  }
}
