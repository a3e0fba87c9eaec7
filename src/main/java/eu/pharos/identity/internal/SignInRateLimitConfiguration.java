package eu.pharos.identity.internal;

import eu.pharos.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SignInRateLimitConfiguration {

  @Bean
  FilterRegistrationBean<SignInRateLimit> signInRateLimit(
      RateLimiter limiter,
      @Value("${pharos.security.login.attempts-per-minute}") int attemptsPerMinute,
      @Qualifier("thymeleafViewResolver") ViewResolver views,
      LocaleResolver locales,
      JsonMapper json,
      @Value("${pharos.quick-exit.url}") String quickExitUrl) {
    FilterRegistrationBean<SignInRateLimit> registration =
        new FilterRegistrationBean<>(
            new SignInRateLimit(limiter, attemptsPerMinute, views, locales, json, quickExitUrl));
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
    registration.addUrlPatterns("/login", "/login/*", "/password/*", "/invitation/*");
    return registration;
  }
}
