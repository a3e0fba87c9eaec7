package eu.pharos.audit.internal;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

  @Bean
  NavigationItem auditNavigationItem() {
    return new NavigationItem(
        "nav.audit", "/app/admin/audit", 950, Set.of("NETWORK_ADMIN", "ORG_ADMIN"));
  }
}
