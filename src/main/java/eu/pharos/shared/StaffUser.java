package eu.pharos.shared;

import java.util.UUID;

/**
 * The signed-in staff member as every module sees it. The identity module's principal implements
 * it, so that modules learn who acts and for which organisation without depending on identity.
 */
public interface StaffUser {

  UUID userId();

  UUID organisationId();

  String email();

  String displayName();
}
