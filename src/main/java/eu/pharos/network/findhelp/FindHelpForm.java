package eu.pharos.network.findhelp;

/**
 * The search form as the visitor filled it in, unchecked: every field is text, so that nothing a
 * visitor sends can fail the binding; {@link FindHelpController} checks each one and says what is
 * wrong.
 */
record FindHelpForm(
    String country, String language, String crime, String service, String timeZone) {

  static FindHelpForm empty() {
    return new FindHelpForm("", "", "", "", "");
  }
}
