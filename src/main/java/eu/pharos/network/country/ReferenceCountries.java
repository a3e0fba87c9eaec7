package eu.pharos.network.country;

import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.InstrumentView;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The reference files shipped under {@code network/reference/}, read once at start-up. */
@Service
class ReferenceCountries implements Countries {

  static final String COUNTRIES = "network/reference/countries.csv";
  static final String INSTRUMENTS = "network/reference/instruments.csv";

  private final List<CountryView> countries;
  private final Map<String, CountryView> byCode;
  private final List<InstrumentView> instruments;

  ReferenceCountries() {
    List<ReferenceData.Instrument> loaded =
        read(INSTRUMENTS, reader -> ReferenceData.instruments(INSTRUMENTS, reader));
    this.instruments = loaded.stream().map(ReferenceData.Instrument::view).toList();
    this.countries = read(COUNTRIES, reader -> ReferenceData.countries(COUNTRIES, reader, loaded));
    this.byCode =
        countries.stream().collect(Collectors.toMap(CountryView::code, Function.identity()));
  }

  @Override
  public List<CountryView> all() {
    return countries;
  }

  @Override
  public Optional<CountryView> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  @Override
  public List<InstrumentView> instruments() {
    return instruments;
  }

  private static <T> T read(String path, Function<Reader, T> parser) {
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      return parser.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference file " + path, e);
    }
  }
}
