package eu.pharos.identity;

import java.util.Objects;

public record NewOrganisation(
    String name, String shortName, OrganisationKind kind, String countryCode) {

  public NewOrganisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryCode, "countryCode");
  }
}
