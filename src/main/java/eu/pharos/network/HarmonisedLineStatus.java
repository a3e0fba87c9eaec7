package eu.pharos.network;

/** Whether a country's 116 006 helpline for victims of crime runs. */
public enum HarmonisedLineStatus {
  OPERATING,
  NOT_OPERATING,
  /** No reliable source either way. */
  UNKNOWN;

  public String messageKey() {
    return "network.harmonised-line." + name();
  }
}
