package eu.pharos.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.InviteUser;
import eu.pharos.identity.Role;
import eu.pharos.identity.UserAdministration;
import eu.pharos.identity.UserChangeRefused;
import eu.pharos.identity.UserNotFound;
import eu.pharos.platform.Outbox;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PharosTest
class UserAdministrationTest {

  static final String ORG_ADMIN = "orgadmin.apav@pharos.test";
  static final String NETWORK_ADMIN = "admin@pharos.test";
  static final String NEW_PASSWORD = "a brand new password 2026";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired UserDetailsService userDetails;
  @Autowired UserAdministration administration;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;

  TestAccounts accounts;
  TenancyCheck tenancy;
  SignInFlow client;

  @BeforeEach
  void setUp() {
    accounts = new TestAccounts(context);
    tenancy = new TenancyCheck(mvc, userDetails);
    client = new SignInFlow(mvc);
  }

  @Test
  void anInvitedColleagueChoosesAPasswordAndMustSetUpTheSecondFactorAtSignIn() throws Exception {
    String email = "new.advisor." + UUID.randomUUID().toString().substring(0, 6) + "@apav.test";
    mvc.perform(get("/app/admin/users/invite").with(tenancy.as(ORG_ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("value=\"ADVISOR\"")))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("value=\"NETWORK_ADMIN\""))))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("value=\"SECRETARIAT\""))));

    invite(ORG_ADMIN, "Nuno Novo", email, "ADVISOR").andExpect(redirectedUrl("/app/admin/users"));

    assertThat(statusOf(email)).isEqualTo("INVITED");
    assertThat(organisationOf(email)).isEqualTo(organisationOf(ORG_ADMIN));
    String link = PasswordResetTest.token(mailTo(email));
    mvc.perform(get("/invitation/" + link))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Welcome to Pharos, Nuno Novo")));
    accept(link, "short", "short")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("at least 12 characters")));
    assertThat(statusOf(email)).isEqualTo("INVITED");

    accept(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?welcome"));

    assertThat(statusOf(email)).isEqualTo("ACTIVE");
    accept(link, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isGone());
    new SignInFlow(mvc)
        .password(email, NEW_PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor/enrol"));
  }

  @Test
  void eachBadInvitationGetsAMessageOnItsFieldAndCreatesNothing() throws Exception {
    long before = userCount();

    invite(ORG_ADMIN, "", "", null)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter their name")))
        .andExpect(content().string(Matchers.containsString("Enter their e-mail address")))
        .andExpect(content().string(Matchers.containsString("Choose at least one role")));
    invite(ORG_ADMIN, "Someone", "not-an-address", "ADVISOR")
        .andExpect(content().string(Matchers.containsString("in the right format")));
    invite(ORG_ADMIN, "Someone", "someone@apav.test", "GOD")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose roles from the list")));
    invite(ORG_ADMIN, "Someone", "someone@apav.test", "NETWORK_ADMIN")
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("You cannot grant or remove this role")));
    invite(ORG_ADMIN, "Jonas Again", "ADVISOR.WR-DE@pharos.test", "ADVISOR")
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("already an account with this e-mail")));

    assertThat(userCount()).isEqualTo(before);
  }

  @Test
  void anOrganisationAdministratorCannotGrantNetworkRolesThroughTheFacadeEither() {
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    ORG_ADMIN,
                    () ->
                        administration.invite(
                            new InviteUser(
                                "Sneaky", "sneaky@apav.test", EnumSet.of(Role.SECRETARIAT)))))
        .isInstanceOf(UserChangeRefused.class);
    assertThat(tenancy.asUser(NETWORK_ADMIN, () -> administration.grantableRoles()))
        .contains(Role.NETWORK_ADMIN, Role.SECRETARIAT);
    assertThatThrownBy(
            () -> tenancy.asUser("advisor.apav@pharos.test", () -> administration.grantableRoles()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRoleChangeIsAuditedWithTheRolesBeforeAndAfter() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), null);

    mvc.perform(
            post("/app/admin/users/" + advisor.id() + "/roles")
                .with(tenancy.as(ORG_ADMIN))
                .with(csrf())
                .param("roles", "ADVISOR", "SUPERVISOR"))
        .andExpect(redirectedUrl("/app/admin/users/" + advisor.id()));

    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where action = 'identity.role.changed'"
                    + " and target_id = ?",
                String.class,
                advisor.id().toString()))
        .isEqualTo("before=ADVISOR after=ADVISOR,SUPERVISOR");
    assertThat(rolesOf(advisor.id())).containsExactlyInAnyOrder("ADVISOR", "SUPERVISOR");

    mvc.perform(
            post("/app/admin/users/" + advisor.id() + "/roles")
                .with(tenancy.as(ORG_ADMIN))
                .with(csrf())
                .param("roles", "NETWORK_ADMIN"))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("You cannot grant or remove this role")));
    mvc.perform(
            post("/app/admin/users/" + advisor.id() + "/roles")
                .with(tenancy.as(ORG_ADMIN))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Choose at least one role")));
    assertThat(rolesOf(advisor.id())).containsExactlyInAnyOrder("ADVISOR", "SUPERVISOR");
  }

  @Test
  void aDisabledColleagueCannotSignInUntilEnabledAgain() throws Exception {
    var member = accounts.active("APAV", EnumSet.of(Role.MEMBER), null);

    adminPost(member.id(), "disable").andExpect(redirectedUrl("/app/admin/users/" + member.id()));

    assertThat(accounts.auditCount("identity.user.disabled", member.id())).isEqualTo(1);
    client.password(member.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/login?error"));

    adminPost(member.id(), "enable").andExpect(redirectedUrl("/app/admin/users/" + member.id()));
    new SignInFlow(mvc)
        .password(member.email(), TestAccounts.PASSWORD)
        .andExpect(redirectedUrl("/app"));
  }

  @Test
  void nobodyChangesTheirOwnAccountHere() throws Exception {
    UUID me =
        jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, ORG_ADMIN);

    adminPost(me, "disable")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("cannot change your own account")));

    assertThat(statusOf(ORG_ADMIN)).isEqualTo("ACTIVE");
  }

  @Test
  void aResentInvitationReplacesTheEarlierLink() throws Exception {
    String email = "resent." + UUID.randomUUID().toString().substring(0, 6) + "@apav.test";
    invite(ORG_ADMIN, "Rita Resent", email, "MEMBER");
    String first = PasswordResetTest.token(mailTo(email));
    UUID id =
        jdbc.queryForObject("select id from identity_user where email = ?", UUID.class, email);

    adminPost(id, "resend-invitation").andExpect(redirectedUrl("/app/admin/users/" + id));

    String second =
        outbox.latest(200).stream()
            .filter(m -> m.to().equals(email))
            .map(m -> PasswordResetTest.token(m.body()))
            .filter(token -> !token.equals(first))
            .findFirst()
            .orElseThrow();
    mvc.perform(get("/invitation/" + first)).andExpect(status().isGone());
    accept(second, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/login?welcome"));
    adminPost(id, "resend-invitation")
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("already accepted")));
  }

  @Test
  void anAdministratorResetsAColleaguesSecondFactorWhoThenEnrolsAgain() throws Exception {
    var advisor =
        accounts.active("APAV", EnumSet.of(Role.ADVISOR), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

    adminPost(advisor.id(), "reset-second-factor")
        .andExpect(redirectedUrl("/app/admin/users/" + advisor.id()));

    assertThat(accounts.storedSecret(advisor.id())).isNull();
    assertThat(accounts.auditCount("identity.second-factor.reset", advisor.id())).isEqualTo(1);
    client
        .password(advisor.email(), TestAccounts.PASSWORD)
        .andExpect(redirectedUrl("/login/second-factor/enrol"));
  }

  @Test
  void usersOfAnotherOrganisationAreNotFoundWhateverTheAction() throws Exception {
    var advisor = accounts.active("APAV", EnumSet.of(Role.ADVISOR), null);

    tenancy.assertOnlyOwnOrganisationSees(
        "/app/admin/users/" + advisor.id(), ORG_ADMIN, NETWORK_ADMIN);
    mvc.perform(
            post("/app/admin/users/" + advisor.id() + "/roles")
                .with(tenancy.as(NETWORK_ADMIN))
                .with(csrf())
                .param("roles", "NETWORK_ADMIN"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/app/admin/users/" + advisor.id() + "/disable")
                .with(tenancy.as(NETWORK_ADMIN))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThatThrownBy(
            () ->
                tenancy.asUser(
                    NETWORK_ADMIN,
                    () -> administration.changeRoles(advisor.id(), Set.of(Role.MEMBER))))
        .isInstanceOf(UserNotFound.class);

    assertThat(rolesOf(advisor.id())).containsExactly("ADVISOR");
    assertThat(statusOf(advisor.email())).isEqualTo("ACTIVE");
    mvc.perform(get("/app/admin/users/" + UUID.randomUUID()).with(tenancy.as(ORG_ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/app/admin/users/not-a-uuid").with(tenancy.as(ORG_ADMIN)))
        .andExpect(status().is4xxClientError());
  }

  @Test
  void staffWithoutAnAdministratorRoleCannotOpenTheUserPages() throws Exception {
    mvc.perform(get("/app/admin/users").with(tenancy.as("advisor.apav@pharos.test")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/app/admin/users/invite")
                .with(tenancy.as("advisor.apav@pharos.test"))
                .with(csrf())
                .param("displayName", "X")
                .param("email", "x@apav.test")
                .param("roles", "ADVISOR"))
        .andExpect(status().isForbidden());
  }

  private ResultActions invite(String admin, String name, String email, String role)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post("/app/admin/users/invite")
            .with(tenancy.as(admin))
            .with(csrf())
            .param("displayName", name)
            .param("email", email);
    if (role != null) {
      request.param("roles", role);
    }
    return mvc.perform(request);
  }

  private ResultActions adminPost(UUID userId, String action) throws Exception {
    return mvc.perform(
        post("/app/admin/users/" + userId + "/" + action).with(tenancy.as(ORG_ADMIN)).with(csrf()));
  }

  private ResultActions accept(String token, String password, String confirmation)
      throws Exception {
    return mvc.perform(
        post("/invitation/" + token)
            .with(csrf())
            .with(client.fromClient())
            .param("password", password)
            .param("confirmation", confirmation));
  }

  private String mailTo(String email) {
    return outbox.latest(200).stream()
        .filter(m -> m.to().equals(email))
        .findFirst()
        .orElseThrow()
        .body();
  }

  private String statusOf(String email) {
    return jdbc.queryForObject(
        "select status from identity_user where email = ?", String.class, email);
  }

  private UUID organisationOf(String email) {
    return jdbc.queryForObject(
        "select organisation_id from identity_user where email = ?", UUID.class, email);
  }

  private java.util.List<String> rolesOf(UUID userId) {
    return jdbc.queryForList(
        "select role from identity_user_role where user_id = ?", String.class, userId);
  }

  private long userCount() {
    return jdbc.queryForObject("select count(*) from identity_user", Long.class);
  }
}
