package eu.pharos.helpline.privacy;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

  @Bean
  NavigationItem retentionNavigationItem() {
    return new NavigationItem(
        "nav.helpline.retention", "/app/helpline/retention", 340, Set.of("ORG_ADMIN"));
  }
}
