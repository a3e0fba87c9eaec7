package eu.pharos.network.engagement;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngagementNavigation {

  @Bean
  NavigationItem engagementsNavigationItem() {
    return new NavigationItem(
        "nav.engagements", "/app/network/engagements", 420, Set.of("SECRETARIAT", "NETWORK_ADMIN"));
  }
}
