package eu.pharos.network.exchange;

import java.util.List;

/** The columns of the directory's CSV file, in the order Pharos writes them. */
final class CsvColumns {

  static final String SHORT_NAME = "short_name";
  static final String NAME = "name";
  static final String COUNTRY = "country";
  static final String MEMBERSHIP_TYPE = "membership_type";
  static final String STATUS = "status";
  static final String WEBSITE = "website";
  static final String EMAIL = "email";
  static final String PHONE = "phone";
  static final String SUMMARY = "summary";
  static final String TIME_ZONE = "time_zone";
  static final String LANGUAGES = "languages";
  static final String SERVICES = "services";
  static final String CRIME_TYPES = "crime_types";
  static final String REGIONS = "regions";
  static final String OPENING_HOURS = "opening_hours";
  static final String HOLIDAYS = "holidays";
  static final String CHAT_IN_PHAROS = "chat_in_pharos";
  static final String CONTACT_VERIFIED = "contact_verified";

  static final List<String> ALL =
      List.of(
          SHORT_NAME,
          NAME,
          COUNTRY,
          MEMBERSHIP_TYPE,
          STATUS,
          WEBSITE,
          EMAIL,
          PHONE,
          SUMMARY,
          TIME_ZONE,
          LANGUAGES,
          SERVICES,
          CRIME_TYPES,
          REGIONS,
          OPENING_HOURS,
          HOLIDAYS,
          CHAT_IN_PHAROS,
          CONTACT_VERIFIED);

  private CsvColumns() {}
}
