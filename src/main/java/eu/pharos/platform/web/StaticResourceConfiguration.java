package eu.pharos.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pharos links static files by plain paths ({@code /css/pharos.css}, version-less WebJar paths that
 * the resource handler resolves when they are requested). The resource chain, switched on by the
 * WebJars locator, would also rewrite every link of every page through {@link
 * ResourceUrlEncodingFilter}, searching the classpath for each one; measured with the benchmark
 * harness that cost more than half of the home page's throughput, for no gain.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
    // Present but disabled, so that Thymeleaf's auto-configuration registers none of its own.
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
