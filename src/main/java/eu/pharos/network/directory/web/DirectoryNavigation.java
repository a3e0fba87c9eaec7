package eu.pharos.network.directory.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

  @Bean
  NavigationItem networkMembersNavigationItem() {
    return new NavigationItem(
        "network.nav.members", "/app/network/members", 300, Set.of("SECRETARIAT", "NETWORK_ADMIN"));
  }

  @Bean
  NavigationItem networkProfileNavigationItem() {
    return new NavigationItem(
        "network.nav.profile", "/app/network/profile", 310, Set.of("ORG_ADMIN"));
  }
}
