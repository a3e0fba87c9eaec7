package eu.pharos.identity;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a user of Pharos, as if they had signed in: their roles and their organisation's
 * scope apply. For the demo network, which is seeded through the same facades, and the same checks,
 * as people use; never for a request.
 */
@Component
public class ActAs {

  private final UserDetailsService users;

  ActAs(UserDetailsService users) {
    this.users = users;
  }

  public <T> T user(String email, Supplier<T> work) {
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
