package eu.pharos.platform.internal;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

  @Bean
  NavigationItem dashboardNavigationItem() {
    return new NavigationItem("nav.dashboard", "/app", 0, Set.of());
  }

  @Bean
  NavigationItem outboxNavigationItem() {
    return new NavigationItem("nav.outbox", "/app/admin/outbox", 960, Set.of("NETWORK_ADMIN"));
  }
}
