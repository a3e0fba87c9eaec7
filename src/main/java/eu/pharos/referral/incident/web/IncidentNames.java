package eu.pharos.referral.incident.web;

import eu.pharos.platform.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Country and language names in the page's language, from the JDK's locale data. */
public final class IncidentNames {

  private final Locale locale;

  IncidentNames(Locale locale) {
    this.locale = locale;
  }

  public String country(String code) {
    return Languages.countryName(code, locale);
  }

  public String language(String code) {
    return Languages.languageName(code, locale);
  }

  /** A moment, in UTC: the organisations involved are in several time zones. */
  public String at(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", locale)
            .format(instant.atZone(ZoneOffset.UTC));
  }

  public String day(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }
}
