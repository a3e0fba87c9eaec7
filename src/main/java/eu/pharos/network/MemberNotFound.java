package eu.pharos.network;

import eu.pharos.shared.RecordNotFound;

/** A member profile that does not exist, or that the caller may not see or change. */
public class MemberNotFound extends RecordNotFound {

  private MemberNotFound(String message) {
    super(message);
  }

  public static MemberNotFound forId(Object id) {
    return new MemberNotFound("No member profile " + id);
  }
}
