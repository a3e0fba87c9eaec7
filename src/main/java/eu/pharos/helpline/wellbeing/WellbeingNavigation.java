package eu.pharos.helpline.wellbeing;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WellbeingNavigation {

  @Bean
  NavigationItem wellbeingNavigationItem() {
    return new NavigationItem(
        "nav.helpline.wellbeing", "/app/helpline/wellbeing", 330, Set.of("ADVISOR", "SUPERVISOR"));
  }
}
