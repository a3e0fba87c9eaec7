package eu.pharos.knowledge.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(value = "knowledgeNavigation", proxyBeanMethods = false)
class KnowledgeNavigation {

  @Bean
  NavigationItem centresNavigationItem() {
    return new NavigationItem("nav.centres", "/app/centres", 360, Set.of());
  }
}
