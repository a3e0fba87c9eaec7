package eu.pharos.referral.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(value = "referralNavigation", proxyBeanMethods = false)
class ReferralNavigation {

  @Bean
  NavigationItem referralsNavigationItem() {
    return new NavigationItem(
        "nav.referrals", "/app/referrals", 290, Set.of("ADVISOR", "SUPERVISOR", "ORG_ADMIN"));
  }
}
