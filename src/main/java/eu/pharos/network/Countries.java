package eu.pharos.network;

import java.util.List;
import java.util.Optional;

/** Pharos's reference data on European countries and the EU instruments that bind them. */
public interface Countries {

  /** Every country Pharos knows, by ISO code. */
  List<CountryView> all();

  /** A country by ISO 3166-1 alpha-2 code, in any case; empty for an unknown code. */
  Optional<CountryView> find(String code);

  /** Every EU instrument Pharos knows, oldest first. */
  List<InstrumentView> instruments();
}
