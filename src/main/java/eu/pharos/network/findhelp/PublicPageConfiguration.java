package eu.pharos.network.findhelp;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link PublicPageFilter} just before the security filter chain (order -100), so that a page
 * already rendered is sent without running security, Spring MVC or Thymeleaf again.
 *
 * <ul>
 *   <li>{@code pharos.public-pages.max-age}: the longest {@code max-age} given to browsers and
 *       proxies (they cannot be told when the directory changes, so it stays short; default 60 s);
 *   <li>{@code pharos.public-pages.default-lifetime}: how long a page that says nothing about its
 *       own lifetime is kept (the country pages; default 5 min);
 *   <li>{@code pharos.public-pages.max-pages}: how many rendered pages are kept (default 2000).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PublicPageConfiguration {

  static final int ORDER = -101;

  @Bean
  FilterRegistrationBean<PublicPageFilter> publicPageFilter(
      PublicPageCache cache,
      VisitorCountry visitorCountry,
      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
      @Value("${pharos.public-pages.max-age:60s}") Duration maxAge,
      @Value("${pharos.public-pages.default-lifetime:5m}") Duration defaultLifetime) {
    FilterRegistrationBean<PublicPageFilter> registration =
        new FilterRegistrationBean<>(
            new PublicPageFilter(cache, visitorCountry, sessionCookie, maxAge, defaultLifetime));
    registration.setOrder(ORDER);
    registration.addUrlPatterns(
        "/find-help", "/find-help/*", "/organisations/*", "/countries", "/countries/*");
    return registration;
  }
}
