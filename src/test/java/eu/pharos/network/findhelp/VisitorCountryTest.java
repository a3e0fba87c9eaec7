package eu.pharos.network.findhelp;

import static org.assertj.core.api.Assertions.assertThat;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.HarmonisedLineStatus;
import eu.pharos.network.InstrumentView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The country suggested on the form: from a proxy's header when configured, else the browser. */
class VisitorCountryTest {

  private static final Countries KNOWN =
      new Countries() {
        @Override
        public List<CountryView> all() {
          return List.of(country("PT"), country("BE"));
        }

        @Override
        public Optional<CountryView> find(String code) {
          return all().stream()
              .filter(c -> c.code().equalsIgnoreCase(code.toUpperCase(Locale.ROOT)))
              .findFirst();
        }

        @Override
        public List<InstrumentView> instruments() {
          return List.of();
        }
      };

  @Test
  void theRegionOfTheBrowsersLanguagesSuggestsTheCountry() {
    VisitorCountry suggestion = new VisitorCountry(KNOWN, "");

    assertThat(suggestion.suggest(request("pt-PT,pt;q=0.9", null))).contains("PT");
    assertThat(suggestion.suggest(request("en-US,nl-BE;q=0.8", null))).contains("BE");
    assertThat(suggestion.suggest(request("pt", null))).isEmpty();
    assertThat(suggestion.suggest(request(null, null))).isEmpty();
  }

  @Test
  void theProxysHeaderIsReadOnlyWhenConfiguredAndOnlyForAKnownCountry() {
    VisitorCountry off = new VisitorCountry(KNOWN, "");
    VisitorCountry on = new VisitorCountry(KNOWN, "X-Country");

    assertThat(off.suggest(request("en", "BE"))).isEmpty();
    assertThat(on.suggest(request("pt-PT", "BE"))).contains("BE");
    assertThat(on.suggest(request("pt-PT", "ZZ"))).contains("PT");
    assertThat(on.suggest(request("pt-PT", "<script>"))).contains("PT");
    assertThat(on.header()).contains("X-Country");
    assertThat(off.header()).isEmpty();
  }

  private static MockHttpServletRequest request(String acceptLanguage, String country) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/find-help");
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
      // MockHttpServletRequest reads the locales from the header when it is added.
    }
    if (country != null) {
      request.addHeader("X-Country", country);
    }
    return request;
  }

  private static CountryView country(String code) {
    return new CountryView(
        code,
        true,
        "112",
        true,
        HarmonisedLineStatus.UNKNOWN,
        null,
        ZoneId.of("Europe/Lisbon"),
        List.of(),
        List.of(),
        "test",
        LocalDate.of(2026, 1, 1));
  }
}
