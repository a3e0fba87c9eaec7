package eu.pharos.network;

/**
 * The maintained list of services a member offers. New entries are added here, with their names in
 * every language of {@code i18n/network.properties}; stored by name, so never rename one.
 */
public enum SupportService {
  INFORMATION_EMOTIONAL_SUPPORT,
  HELPLINE,
  ONLINE_CHAT,
  WRITTEN_ONLINE_COUNSELLING,
  FACE_TO_FACE,
  LEGAL_INFORMATION,
  COURT_ACCOMPANIMENT,
  PSYCHOLOGICAL_SUPPORT,
  PRACTICAL_SUPPORT,
  COMPENSATION_CLAIMS,
  TERRORISM_VICTIMS,
  CHILD_VICTIMS,
  RESTORATIVE_JUSTICE,
  CROSS_BORDER_SUPPORT;

  public String messageKey() {
    return "network.service." + name();
  }
}
