package eu.pharos.referral;

import eu.pharos.network.SupportService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Incidents with many victims (mass victimisation), network-wide: every member organisation's staff
 * and the secretariat see them. The persons registered to an incident belong to the organisation
 * that registered them: the others see their country, kind and status, never who they are.
 */
public interface Incidents {

  /**
   * Declares an incident; the secretariat and network admins, or a member's organisation admins and
   * supervisors.
   *
   * @throws eu.pharos.shared.InvalidInput for a missing title, summary or place, an unknown country
   *     or language, a moment in the future, or a lead organisation that is not an approved member
   */
  IncidentView declare(NewIncident incident);

  /**
   * @throws IncidentNotFound for an unknown id
   */
  IncidentView get(UUID id);

  /** Every incident, open ones first, newest first within each. */
  List<IncidentView> list();

  /**
   * Closes an incident: no more persons are registered or referred. The secretariat, network
   * admins, or an organisation admin or supervisor of the declaring or the lead organisation.
   *
   * @throws eu.pharos.shared.ConcurrentChange when the incident changed since {@code
   *     expectedVersion}
   */
  IncidentView close(UUID id, long expectedVersion);

  /**
   * Registers a victim or affected person of the caller's organisation to an incident (advisors and
   * supervisors of a member organisation): an existing victim, or a new one registered in the
   * helpline, with their consent to be referred to support in their country when they gave it.
   * Publishes {@link IncidentPersonRegistered}.
   *
   * @throws eu.pharos.shared.InvalidInput for a closed incident, an unknown victim, a person
   *     already registered, a missing kind, an unknown country or language, or a consent that could
   *     not be sent (no item, given in the future, expired or more than a year ahead)
   */
  IncidentPersonView registerPerson(UUID incidentId, NewIncidentPerson person);

  /**
   * Counts by country of residence and status, and every registered person; who a person is (the
   * victim's reference and name) shows only to their own organisation, and reading it is audited.
   */
  IncidentBoard board(UUID incidentId);

  /**
   * Refers every person of the caller's organisation living in {@code countryCode} to one member
   * there, each by a referral of their own under their own consent, holding only the consented
   * items. Persons without a valid consent, or already referred, are skipped and reported.
   *
   * @throws eu.pharos.shared.InvalidInput for a closed incident, a receiver that is not an approved
   *     member in that country offering the service, the caller's own organisation, or no urgency
   */
  IncidentBatchResult referCountry(
      UUID incidentId,
      String countryCode,
      UUID receiverOrganisationId,
      SupportService service,
      ReferralUrgency urgency,
      String message);

  /**
   * Adds a decision or message to the incident's coordination log, which every organisation that
   * sees the incident reads: it must hold no victim's personal data.
   *
   * @throws eu.pharos.shared.InvalidInput for an empty or too long text
   */
  IncidentLogEntryView addLogEntry(UUID incidentId, String text);

  /** The coordination log, oldest first. */
  List<IncidentLogEntryView> log(UUID incidentId);

  /** The public side of an incident, for anyone: no personal data. */
  Optional<PublicIncidentView> publicIncident(String slug);
}
