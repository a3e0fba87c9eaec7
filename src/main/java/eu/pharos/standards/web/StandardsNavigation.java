package eu.pharos.standards.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(value = "standardsNavigation", proxyBeanMethods = false)
class StandardsNavigation {

  @Bean
  NavigationItem standardsNavigationItem() {
    return new NavigationItem(
        "nav.standards",
        "/app/standards",
        320,
        Set.of("SECRETARIAT", "NETWORK_ADMIN", "EVALUATOR", "ORG_ADMIN", "SUPERVISOR", "MEMBER"));
  }
}
