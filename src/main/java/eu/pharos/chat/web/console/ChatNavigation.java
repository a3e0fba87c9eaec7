package eu.pharos.chat.web.console;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChatNavigation {

  @Bean
  NavigationItem chatConsoleNavigationItem() {
    return new NavigationItem(
        "nav.chat.console", "/app/chat", 280, Set.of("ADVISOR", "SUPERVISOR"));
  }

  @Bean
  NavigationItem chatSupervisionNavigationItem() {
    return new NavigationItem(
        "nav.chat.supervision", "/app/chat/supervision", 282, Set.of("SUPERVISOR"));
  }

  @Bean
  NavigationItem chatResponsesNavigationItem() {
    return new NavigationItem(
        "nav.chat.responses", "/app/chat/responses", 284, Set.of("ORG_ADMIN", "SUPERVISOR"));
  }

  @Bean
  NavigationItem chatSettingsNavigationItem() {
    return new NavigationItem("nav.chat.settings", "/app/chat/settings", 286, Set.of("ORG_ADMIN"));
  }
}
