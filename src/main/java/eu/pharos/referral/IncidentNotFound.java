package eu.pharos.referral;

import eu.pharos.shared.RecordNotFound;

/** An unknown incident. */
public class IncidentNotFound extends RecordNotFound {

  public IncidentNotFound(Object idOrSlug) {
    super("no incident " + idOrSlug);
  }
}
