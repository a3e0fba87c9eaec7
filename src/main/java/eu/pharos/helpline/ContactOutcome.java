package eu.pharos.helpline;

/** What a contact ended with. Stored by name: never rename an entry. */
public enum ContactOutcome {
  INFORMATION_GIVEN,
  EMOTIONAL_SUPPORT_GIVEN,
  CASE_OPENED,
  ADDED_TO_CASE,
  REFERRED_INTERNALLY,
  REFERRED_EXTERNALLY,
  CALL_BACK_ARRANGED,
  EMERGENCY_SERVICES_CALLED,
  SILENT_OR_ENDED_EARLY,
  NOT_FOR_THIS_SERVICE,
  OTHER;

  public String messageKey() {
    return "helpline.contact-outcome." + name();
  }
}
