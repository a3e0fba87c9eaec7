package eu.pharos.network.directory;

import eu.pharos.network.Countries;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Countries a member may be in: those Pharos's reference data knows, so each has its pages. */
@Component
class KnownCountries implements Predicate<String> {

  private final Countries countries;

  KnownCountries(Countries countries) {
    this.countries = countries;
  }

  @Override
  public boolean test(String code) {
    return countries.find(code).isPresent();
  }
}
