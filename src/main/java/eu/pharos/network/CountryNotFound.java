package eu.pharos.network;

import eu.pharos.shared.RecordNotFound;

/** No country with that ISO code in Pharos's reference data. */
public class CountryNotFound extends RecordNotFound {

  private CountryNotFound(String message) {
    super(message);
  }

  public static CountryNotFound forCode(String code) {
    return new CountryNotFound("No country " + code);
  }
}
