package eu.pharos.helpline.victim.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VictimNavigation {

  @Bean
  NavigationItem helplineVictimsNavigationItem() {
    return new NavigationItem(
        "nav.helpline.victims", VictimsController.BASE, 310, Set.of("ADVISOR", "SUPERVISOR"));
  }
}
