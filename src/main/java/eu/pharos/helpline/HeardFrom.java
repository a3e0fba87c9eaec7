package eu.pharos.helpline;

/** How the person heard of the service. Stored by name: never rename an entry. */
public enum HeardFrom {
  POLICE,
  PROSECUTOR_OR_COURT,
  HEALTH_SERVICE,
  SOCIAL_SERVICES,
  OTHER_SUPPORT_ORGANISATION,
  WEBSITE,
  SEARCH_ENGINE,
  SOCIAL_MEDIA,
  PRESS_RADIO_TV,
  LEAFLET_OR_POSTER,
  FAMILY_OR_FRIEND,
  PREVIOUS_CONTACT,
  OTHER,
  UNKNOWN;

  public String messageKey() {
    return "helpline.heard-from." + name();
  }
}
