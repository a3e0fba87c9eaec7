package eu.pharos.network.findhelp;

import eu.pharos.network.Countries;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The country to suggest on the search form, guessed without asking the visitor and without looking
 * up their address: first from a header a reverse proxy in front of Pharos may set with the
 * visitor's country ({@code pharos.find-help.country-header}, for example {@code CF-IPCountry}; off
 * by default), then from the region of the browser's languages ({@code pt-PT} suggests Portugal).
 * Only a country Pharos knows is ever suggested; the visitor can always pick another.
 */
@Component
class VisitorCountry {

  private final Countries countries;
  private final String header;

  VisitorCountry(Countries countries, @Value("${pharos.find-help.country-header:}") String header) {
    this.countries = countries;
    this.header = header == null || header.isBlank() ? null : header.strip();
  }

  Optional<String> header() {
    return Optional.ofNullable(header);
  }

  Optional<String> suggest(HttpServletRequest request) {
    if (header != null) {
      Optional<String> fromProxy = known(request.getHeader(header));
      if (fromProxy.isPresent()) {
        return fromProxy;
      }
    }
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      Optional<String> fromLanguage = known(locale.getCountry());
      if (fromLanguage.isPresent()) {
        return fromLanguage;
      }
    }
    return Optional.empty();
  }

  private Optional<String> known(String code) {
    if (code == null || code.length() != 2) {
      return Optional.empty();
    }
    return countries.find(code).map(c -> c.code());
  }
}
