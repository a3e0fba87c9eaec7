package eu.pharos.referral.incident.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

  /** Every staff member of a member organisation or of the secretariat sees incidents. */
  @Bean
  NavigationItem incidentsNavigationItem() {
    return new NavigationItem("nav.incidents", "/app/incidents", 350, Set.of());
  }
}
