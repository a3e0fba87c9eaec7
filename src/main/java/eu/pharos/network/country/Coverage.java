package eu.pharos.network.country;

import eu.pharos.network.CountryView;
import eu.pharos.network.HarmonisedLineStatus;

/**
 * What a victim finds in a country, best first: members of the network, else the 116 006 line, else
 * a generic national victim support service, else nothing Pharos knows of. The map colours and
 * patterns each country by it, and the table beside the map says it in words.
 */
public enum Coverage {
  MEMBERS,
  HELPLINE,
  GENERIC_SERVICE,
  NONE;

  public static Coverage of(CountryView country, long members) {
    if (members > 0) {
      return MEMBERS;
    }
    if (country.harmonisedLine() == HarmonisedLineStatus.OPERATING) {
      return HELPLINE;
    }
    if (Boolean.TRUE.equals(country.genericVictimSupport())) {
      return GENERIC_SERVICE;
    }
    return NONE;
  }

  public String messageKey() {
    return "countries.coverage." + name();
  }

  /** The fill of the country on the map: a colour or one of the map's patterns. */
  public String fill() {
    return switch (this) {
      case MEMBERS -> "url(#coverage-members)";
      case HELPLINE -> "url(#coverage-helpline)";
      case GENERIC_SERVICE -> "url(#coverage-generic)";
      case NONE -> "#f3f2f1";
    };
  }

  /** CSS class of the element, as the tests and the legend know it. */
  public String cssClass() {
    return "pharos-map__country--" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
