package eu.pharos.identity;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.test.PharosTest;
import eu.pharos.test.TenancyCheck;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PharosTest
class UserTenancyTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired Users users;

  TenancyCheck tenancy;

  @BeforeEach
  void setUp() {
    tenancy = new TenancyCheck(mvc, userDetails);
  }

  @Test
  void aUserOfAnotherOrganisationIsNotFoundWhateverTheId() {
    UUID apavAdvisor =
        tenancy.asUser(
            "orgadmin.apav@pharos.test",
            () ->
                users.inMyOrganisation().stream()
                    .filter(u -> u.email().equals("advisor.apav@pharos.test"))
                    .findFirst()
                    .orElseThrow()
                    .id());

    assertThat(tenancy.asUser("orgadmin.apav@pharos.test", () -> users.find(apavAdvisor)))
        .isPresent();
    assertThat(tenancy.asUser("advisor.wr-de@pharos.test", () -> users.find(apavAdvisor)))
        .isEmpty();
    assertThat(TenantContext.runAs(TenantContext.NOBODY, () -> users.find(apavAdvisor))).isEmpty();
  }

  @Test
  void listingUsersShowsOnlyTheOwnOrganisation() {
    var seenByWeisserRing =
        tenancy.asUser("advisor.wr-de@pharos.test", () -> users.inMyOrganisation());

    assertThat(seenByWeisserRing)
        .extracting(UserView::email)
        .containsExactly("advisor.wr-de@pharos.test");
  }
}
