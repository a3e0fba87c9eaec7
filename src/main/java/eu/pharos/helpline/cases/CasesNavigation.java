package eu.pharos.helpline.cases;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

  @Bean
  NavigationItem casesNavigationItem() {
    return new NavigationItem(
        "nav.helpline.cases", "/app/helpline/cases", 300, Set.of("ADVISOR", "SUPERVISOR"));
  }
}
