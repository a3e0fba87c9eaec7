package eu.pharos.helpline.contact;

import eu.pharos.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Seals and opens a contact's free texts. The context names table, column and row, so that a value
 * copied elsewhere does not open and key rotation can re-seal any row generically.
 */
@Component
class Sealing {

  static final String NOTE = "helpline_contact.note_sealed:";
  static final String TRANSCRIPT = "helpline_contact.transcript_sealed:";

  private final PersonalDataCipher cipher;

  Sealing(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  /** Seals both texts with the current key and stamps the row with it. */
  void write(ContactRecord contact, String note, String transcript) {
    contact.sealed(
        cipher.seal(note, NOTE + contact.id()),
        cipher.seal(transcript, TRANSCRIPT + contact.id()),
        cipher.currentKeyId());
  }

  /** Seals the row's texts again with the current key, as every write of the row does. */
  void reseal(ContactRecord contact) {
    write(contact, note(contact), transcript(contact));
  }

  String note(ContactRecord contact) {
    return cipher.open(contact.noteSealed(), NOTE + contact.id());
  }

  String transcript(ContactRecord contact) {
    return cipher.open(contact.transcriptSealed(), TRANSCRIPT + contact.id());
  }
}
