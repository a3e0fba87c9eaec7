package eu.pharos.network.exchange;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExchangeNavigation {

  @Bean
  NavigationItem directoryExchangeNavigationItem() {
    return new NavigationItem(
        "network.exchange.nav",
        "/app/network/exchange",
        330,
        Set.of("SECRETARIAT", "NETWORK_ADMIN"));
  }
}
