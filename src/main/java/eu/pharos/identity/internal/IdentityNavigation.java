package eu.pharos.identity.internal;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

  @Bean
  NavigationItem usersNavigationItem() {
    return new NavigationItem(
        "nav.users", "/app/admin/users", 900, Set.of("ORG_ADMIN", "NETWORK_ADMIN"));
  }

  @Bean
  NavigationItem accountNavigationItem() {
    return new NavigationItem("nav.account", "/app/account", 1000, Set.of());
  }
}
