package eu.pharos.platform.web;

import eu.pharos.platform.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language comes from {@code ?lang=}, then the language cookie, then the browser's
 * Accept-Language, limited to the shell's languages. An unknown {@code lang} keeps the current
 * language and tells the page, which says so.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final String UNSUPPORTED_LANGUAGE = "unsupportedLanguage";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("PHAROS_LANG");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
    return resolver;
  }

  static Locale fromBrowser(HttpServletRequest request) {
    for (Locale wanted : Collections.list(request.getLocales())) {
      var supported = Languages.supported(wanted.toLanguageTag());
      if (supported.isPresent()) {
        return supported.get();
      }
    }
    return Languages.DEFAULT;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new LanguageParameterInterceptor());
  }

  static final class LanguageParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      String lang = request.getParameter("lang");
      if (lang == null) {
        return true;
      }
      var supported = Languages.supported(lang);
      if (supported.isPresent()) {
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null) {
          resolver.setLocale(request, response, supported.get());
        }
      } else {
        request.setAttribute(UNSUPPORTED_LANGUAGE, Boolean.TRUE);
      }
      return true;
    }
  }
}
