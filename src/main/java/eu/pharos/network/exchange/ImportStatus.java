package eu.pharos.network.exchange;

/** Where an import of the directory stands. */
public enum ImportStatus {
  QUEUED,
  READING,
  APPLYING,
  /** Every row was valid and stored. */
  DONE,
  /** Some rows were invalid: nothing was stored; the report says why. */
  REJECTED,
  /** Stopped by an error of Pharos's own or an interruption: nothing was stored. */
  FAILED;

  public boolean finished() {
    return this == DONE || this == REJECTED || this == FAILED;
  }

  public String messageKey() {
    return "network.exchange.status." + name();
  }
}
