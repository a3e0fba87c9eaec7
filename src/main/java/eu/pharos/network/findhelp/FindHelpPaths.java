package eu.pharos.network.findhelp;

/** The public paths of Find help. */
final class FindHelpPaths {

  static final String FORM = "/find-help";
  static final String COUNTRY = "/find-help/{code}";
  static final String ORGANISATION = "/organisations/{key}";

  private FindHelpPaths() {}
}
