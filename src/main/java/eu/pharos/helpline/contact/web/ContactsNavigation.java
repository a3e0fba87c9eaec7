package eu.pharos.helpline.contact.web;

import eu.pharos.shared.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactsNavigation {

  @Bean
  NavigationItem helplineRecordCallNavigationItem() {
    return new NavigationItem(
        "helpline.contacts.nav.call",
        ContactsController.CALLS,
        290,
        Set.of("ADVISOR", "SUPERVISOR"));
  }

  @Bean
  NavigationItem helplineContactsNavigationItem() {
    return new NavigationItem(
        "helpline.contacts.nav.contacts",
        ContactsController.CONTACTS,
        295,
        Set.of("ADVISOR", "SUPERVISOR"));
  }
}
