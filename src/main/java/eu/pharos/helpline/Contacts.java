package eu.pharos.helpline;

import java.util.List;
import java.util.UUID;

/**
 * Contacts of the caller's organisation on every channel. Each recorded contact publishes {@link
 * ContactRecorded}. A contact of another organisation is "not found", whatever its id.
 */
public interface Contacts {

  /**
   * Records a contact, attaching it to a case or opening one as asked.
   *
   * @throws eu.pharos.shared.InvalidInput for a start in the future, an impossible duration, an
   *     unknown language, a line of another organisation, or a missing channel or direction
   * @throws CaseNotFound for a case id of another organisation
   */
  ContactView record(NewContact contact);

  /**
   * Files a finished conversation from the chat module as a contact, in the organisation of the
   * current scope.
   *
   * @throws eu.pharos.shared.InvalidInput when the conversation was filed already
   */
  ContactView recordConversation(ConversationContact contact);

  /**
   * Reads a contact with its note and transcript, and audits the read.
   *
   * @throws ContactNotFound for an unknown id or a contact of another organisation
   */
  ContactView get(UUID id);

  ContactList list(ContactQuery query);

  /** The case's contacts, oldest first, without notes or transcripts. */
  List<ContactView> ofCase(UUID caseId);

  /**
   * Links a contact to a case of the organisation.
   *
   * @throws eu.pharos.shared.InvalidInput when the contact is already linked to another case
   */
  ContactView linkToCase(UUID contactId, UUID caseId);
}
