package eu.pharos.helpline.supervision;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

  @Bean
  NavigationItem supervisionNavigationItem() {
    return new NavigationItem(
        "nav.helpline.supervision",
        "/app/helpline/supervision",
        320,
        Set.of("SUPERVISOR", "ORG_ADMIN"));
  }
}
