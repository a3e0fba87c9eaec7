package eu.pharos.helpline.privacy;

import eu.pharos.helpline.CaseAnonymised;
import eu.pharos.platform.FileStore;
import eu.pharos.platform.StoredFileNotFound;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that knows which columns of the helpline's schema hold personal data or free text,
 * and removes them: every {@code *_sealed} column, the documents of a case's timeline (deleted from
 * the file store), a victim's blind indexes, and a consent's purpose. What statistics need stays:
 * crime type, countries, dates, outcome, channel, statuses, the answers of needs assessments and
 * the references, which name a record without naming a person.
 *
 * <p>Every statement is filtered by the organisation, and runs in the caller's transaction, which
 * must be scoped to that organisation (the file store deletes only the current organisation's
 * files).
 */
@Component
class Anonymiser {

  private static final Logger log = LoggerFactory.getLogger(Anonymiser.class);

  /** What anonymising one case removed. */
  record CaseResult(UUID caseId, UUID victimId, int contacts, int documents) {}

  private final JdbcTemplate jdbc;
  private final FileStore files;
  private final ApplicationEventPublisher events;

  Anonymiser(JdbcTemplate jdbc, FileStore files, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.files = files;
    this.events = events;
  }

  /**
   * Removes a case's free text, documents, its contacts' notes and transcripts, the comments of its
   * quality reviews and its link to the victim; sets {@code anonymised_at} and publishes {@link
   * CaseAnonymised}. A case anonymised already is left as it is.
   *
   * @return what was removed; null for a case of another organisation or anonymised already
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public CaseResult anonymiseCase(UUID organisationId, UUID caseId, Instant now) {
    List<UUID> victim =
        jdbc.query(
            "select victim_id from helpline_case"
                + " where id = ? and organisation_id = ? and anonymised_at is null for update",
            (rs, n) -> rs.getObject(1, UUID.class),
            caseId,
            organisationId);
    if (victim.isEmpty()) {
      return null;
    }
    Timestamp at = Timestamp.from(now);
    int documents = deleteDocuments(organisationId, caseId);
    jdbc.update(
        "update helpline_timeline_entry set text_sealed = null, file_id = null,"
            + " file_name_sealed = null, key_id = null"
            + " where case_id = ? and organisation_id = ?",
        caseId,
        organisationId);
    jdbc.update(
        "update helpline_assessment set summary_sealed = null, key_id = null"
            + " where case_id = ? and organisation_id = ?",
        caseId,
        organisationId);
    jdbc.update(
        "update helpline_plan_action set description_sealed = null, key_id = null"
            + " where case_id = ? and organisation_id = ?",
        caseId,
        organisationId);
    jdbc.update(
        "update helpline_follow_up set note_sealed = null, key_id = null"
            + " where case_id = ? and organisation_id = ?",
        caseId,
        organisationId);
    jdbc.update(
        "update helpline_quality_review set comment_sealed = null, key_id = null"
            + " where case_id = ? and organisation_id = ?",
        caseId,
        organisationId);
    int contacts =
        jdbc.update(
            "update helpline_contact set note_sealed = null, transcript_sealed = null,"
                + " key_id = null, anonymised_at = ?, version = version + 1"
                + " where case_id = ? and organisation_id = ? and anonymised_at is null",
            at,
            caseId,
            organisationId);
    jdbc.update(
        "update helpline_case set victim_id = null, crime_place_sealed = null,"
            + " summary_sealed = null, closing_note_sealed = null, key_id = null,"
            + " anonymised_at = ?, version = version + 1"
            + " where id = ? and organisation_id = ?",
        at,
        caseId,
        organisationId);
    events.publishEvent(new CaseAnonymised(caseId, organisationId, now));
    return new CaseResult(caseId, victim.get(0), contacts, documents);
  }

  /**
   * Removes the note and transcript of a contact that belongs to no case.
   *
   * @return whether the contact was anonymised now
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean anonymiseContact(UUID organisationId, UUID contactId, Instant now) {
    return jdbc.update(
            "update helpline_contact set note_sealed = null, transcript_sealed = null,"
                + " key_id = null, anonymised_at = ?, version = version + 1"
                + " where id = ? and organisation_id = ? and anonymised_at is null",
            Timestamp.from(now),
            contactId,
            organisationId)
        == 1;
  }

  /**
   * Erases a victim: anonymises every case of theirs, then removes their identifying details, blind
   * indexes and the purposes written on their consents, and records who erased them, when and why.
   * The consents themselves stay, as the record of what was agreed.
   *
   * @param erasedBy null when retention erases
   * @return the cases anonymised
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<CaseResult> eraseVictim(
      UUID organisationId, UUID victimId, UUID erasedBy, String reason, Instant now) {
    List<UUID> caseIds =
        jdbc.queryForList(
            "select id from helpline_case where victim_id = ? and organisation_id = ?"
                + " and anonymised_at is null order by opened_at",
            UUID.class,
            victimId,
            organisationId);
    List<CaseResult> results =
        caseIds.stream().map(id -> anonymiseCase(organisationId, id, now)).toList();
    jdbc.update(
        "update helpline_consent set purpose_sealed = null where victim_id = ? and organisation_id = ?",
        victimId,
        organisationId);
    Timestamp at = Timestamp.from(now);
    jdbc.update(
        "update helpline_victim set full_name_sealed = null, phone_sealed = null,"
            + " email_sealed = null, address_sealed = null, date_of_birth_sealed = null,"
            + " name_index = null, phone_index = null, key_id = null, index_key_id = null,"
            + " erased_at = ?, erased_by = ?, erasure_reason = ?, updated_at = ?, updated_by = ?,"
            + " version = version + 1"
            + " where id = ? and organisation_id = ?",
        at,
        erasedBy,
        reason,
        at,
        erasedBy,
        victimId,
        organisationId);
    return results;
  }

  private int deleteDocuments(UUID organisationId, UUID caseId) {
    List<UUID> fileIds =
        jdbc.queryForList(
            "select file_id from helpline_timeline_entry"
                + " where case_id = ? and organisation_id = ? and file_id is not null",
            UUID.class,
            caseId,
            organisationId);
    for (UUID fileId : fileIds) {
      try {
        files.delete(fileId);
      } catch (StoredFileNotFound gone) {
        log.debug("Document {} of case {} was deleted already", fileId, caseId);
      }
    }
    return fileIds.size();
  }
}
