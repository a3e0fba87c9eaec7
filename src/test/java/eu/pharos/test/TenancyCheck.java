package eu.pharos.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Proves that data stays within its organisation. Every module that owns tenant-scoped records uses
 * it: a user of the owning organisation sees the record, a user of any other organisation gets "not
 * found" for the same id, through the pages, the API and the facade alike.
 *
 * <pre>
 * var tenancy = new TenancyCheck(mvc, userDetailsService);
 * tenancy.assertOnlyOwnOrganisationSees("/api/v1/cases/" + id, "advisor.apav@pharos.test",
 *     "advisor.wr-de@pharos.test");
 * tenancy.asUser("advisor.wr-de@pharos.test", () -> cases.find(id)) // -> Optional.empty()
 * </pre>
 */
public final class TenancyCheck {

  private final MockMvc mvc;
  private final UserDetailsService users;

  public TenancyCheck(MockMvc mvc, UserDetailsService users) {
    this.mvc = mvc;
    this.users = users;
  }

  /** Signs a MockMvc request in as a fully authenticated demo user. */
  public RequestPostProcessor as(String email) {
    return user(users.loadUserByUsername(email));
  }

  /**
   * The owner gets 200 for {@code path}; each outsider gets 404, which says nothing about whether
   * the record exists.
   */
  public void assertOnlyOwnOrganisationSees(String path, String ownerEmail, String... outsiders)
      throws Exception {
    int ownerStatus =
        mvc.perform(get(path).with(as(ownerEmail))).andReturn().getResponse().getStatus();
    assertThat(ownerStatus).as("status for the owner %s of %s", ownerEmail, path).isEqualTo(200);
    for (String outsider : outsiders) {
      int status = mvc.perform(get(path).with(as(outsider))).andReturn().getResponse().getStatus();
      assertThat(status).as("status for outsider %s of %s", outsider, path).isEqualTo(404);
    }
  }

  /** Runs facade code as a signed-in demo user (the tenant follows from the user). */
  public <T> T asUser(String email, Supplier<T> work) {
    UserDetails principal = users.loadUserByUsername(email);
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
