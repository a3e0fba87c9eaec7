package eu.pharos.identity.web;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.pharos.identity.UserView;
import eu.pharos.identity.Users;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
class IdentityApiTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Users users;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void meDescribesTheCaller() throws Exception {
    mvc.perform(get("/api/v1/me").with(tenancy.as("advisor.apav@pharos.test")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.name").value("Alex Advisor (APAV)"))
        .andExpect(jsonPath("$.email").value("advisor.apav@pharos.test"))
        .andExpect(jsonPath("$.organisation.shortName").value("APAV"))
        .andExpect(
            jsonPath("$.organisation.name")
                .value("APAV – Portuguese Association for Victim Support"))
        .andExpect(jsonPath("$.roles").value(containsInAnyOrder("ADVISOR")));
  }

  @Test
  void usersListsOnlyTheCallersOrganisation() throws Exception {
    mvc.perform(get("/api/v1/users").with(tenancy.as("orgadmin.apav@pharos.test")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].email")
                .value(
                    hasItems(
                        "orgadmin.apav@pharos.test",
                        "supervisor.apav@pharos.test",
                        "advisor.apav@pharos.test")))
        .andExpect(
            jsonPath("$[*].email")
                .value(
                    not(
                        anyOf(
                            hasItem("advisor.wr-de@pharos.test"),
                            hasItem("admin@pharos.test"),
                            hasItem("member.fv@pharos.test")))));
  }

  @Test
  void aUserOfAnotherOrganisationIsNotFound() throws Exception {
    UUID advisor = userId("orgadmin.apav@pharos.test", "advisor.apav@pharos.test");

    tenancy.assertOnlyOwnOrganisationSees(
        "/api/v1/users/" + advisor, "orgadmin.apav@pharos.test", "admin@pharos.test");
    mvc.perform(get("/api/v1/users/" + advisor).with(tenancy.as("orgadmin.apav@pharos.test")))
        .andExpect(jsonPath("$.email").value("advisor.apav@pharos.test"))
        .andExpect(jsonPath("$.status").value("ACTIVE"))
        .andExpect(jsonPath("$.roles").value(containsInAnyOrder("ADVISOR")));
  }

  private UUID userId(String viewer, String email) {
    return tenancy.asUser(
        viewer,
        () ->
            users.inMyOrganisation().stream()
                .filter(u -> u.email().equals(email))
                .map(UserView::id)
                .findFirst()
                .orElseThrow());
  }
}
