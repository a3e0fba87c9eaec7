package eu.pharos.helpline;

import java.util.List;
import java.util.UUID;

/**
 * Victims (service users) of the caller's organisation and their consents. A victim of another
 * organisation is "not found", whatever its id. Every read of a victim's details is audited.
 */
public interface Victims {

  /**
   * Registers a victim; their identifying details are sealed at rest.
   *
   * @throws eu.pharos.shared.InvalidInput for a birth date in the future, an unknown country or
   *     language, a malformed e-mail or phone
   */
  VictimView register(VictimDetails details);

  /**
   * Reads a victim, and audits the read.
   *
   * @throws VictimNotFound for an unknown id or a victim of another organisation
   */
  VictimView get(UUID id);

  /**
   * The reference and name of each victim, in the order of the ids; audited as one read. Unknown
   * ids are left out.
   */
  List<VictimSummary> summaries(List<UUID> ids);

  /**
   * Victims whose full name or phone number equals the query once normalised (case, accents,
   * spacing and phone punctuation do not matter), found through keyed hashes: never a partial
   * match, and never a scan of plain text. Audited without the query.
   */
  List<VictimSummary> find(String nameOrPhone);

  /**
   * Corrects a victim's details (right to rectification).
   *
   * @throws eu.pharos.shared.ConcurrentChange when the victim changed since {@code expectedVersion}
   * @throws eu.pharos.shared.InvalidInput as for {@link #register}, or for an erased victim
   */
  VictimView rectify(UUID id, VictimDetails details, long expectedVersion);

  /**
   * @throws eu.pharos.shared.InvalidInput for a consent given in the future, a share without whom,
   *     or a withdrawn or erased victim
   */
  ConsentView recordConsent(UUID victimId, NewConsent consent);

  /**
   * @throws eu.pharos.shared.InvalidInput when the consent is already withdrawn
   */
  ConsentView withdrawConsent(UUID victimId, UUID consentId, ConsentMethod method);

  /** Every consent of the victim, newest first, withdrawn ones included. */
  List<ConsentView> consents(UUID victimId);
}
