package eu.pharos.helpline.contact.web;

import eu.pharos.helpline.ContactChannel;
import eu.pharos.helpline.ContactDirection;
import eu.pharos.helpline.ContactList;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactQuery;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.HeardFrom;
import eu.pharos.helpline.NewContact;
import eu.pharos.network.CrimeType;
import eu.pharos.network.SupportService;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contacts of the caller's organisation for its own integrations, with the tenancy and audit of the
 * pages: a contact of another organisation is a 404, reading one with its note is audited. Query
 * parameters are categories and dates only, never personal data.
 */
@Tag(name = "Contacts", description = "Contacts of the caller's organisation on every channel")
@ApiController
@RequestMapping("/api/v1/contacts")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ContactsApiController {

  private final Contacts contacts;

  ContactsApiController(Contacts contacts) {
    this.contacts = contacts;
  }

  @Operation(
      summary = "Record a contact",
      description =
          "Only channel, direction and startedAt are required. Give caseId to attach the contact"
              + " to a case of the organisation, or openCase to open a new case for it.")
  @PostMapping
  ResponseEntity<ContactView> record(@RequestBody ContactRequest request) {
    ContactView recorded = contacts.record(request.toContact());
    return ResponseEntity.created(URI.create("/api/v1/contacts/" + recorded.id())).body(recorded);
  }

  @Operation(summary = "Contacts, newest first, without notes or transcripts")
  @GetMapping
  ContactList list(
      @Parameter(description = "Only this channel, e.g. PHONE") @RequestParam(required = false)
          ContactChannel channel,
      @Parameter(description = "Only contacts not linked to a case")
          @RequestParam(defaultValue = "false")
          boolean unlinkedOnly,
      @Parameter(description = "Only this advisor's contacts") @RequestParam(required = false)
          UUID advisorId,
      @Parameter(description = "First day, inclusive, e.g. 2026-05-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(description = "Last day, inclusive")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Contacts per page, 1 to 100") @RequestParam(defaultValue = "25")
          int size) {
    return contacts.list(new ContactQuery(channel, unlinkedOnly, advisorId, from, to, page, size));
  }

  @Operation(summary = "One contact with its note and transcript (the read is audited)")
  @GetMapping("/{id}")
  ContactView get(@PathVariable UUID id) {
    return contacts.get(id);
  }

  @Operation(
      summary = "Link a contact to a case of the organisation",
      description = "A contact already linked to another case is refused with a 400 problem.")
  @PostMapping("/{id}/case-link")
  ContactView link(@PathVariable UUID id, @RequestBody CaseLinkRequest request) {
    if (request.caseId() == null) {
      throw InvalidInput.of("caseId", "helpline.contacts.error.case.required");
    }
    return contacts.linkToCase(id, request.caseId());
  }

  /** The case to link a contact to. */
  record CaseLinkRequest(UUID caseId) {}

  /**
   * A contact to record.
   *
   * @param startedAt not in the future
   * @param durationSeconds 0 to 86400
   * @param language ISO 639-1
   * @param advisorId an advisor of the organisation; the caller when left out
   * @param caseId a case of the organisation to attach the contact to
   * @param openCase open a new case for the contact when no caseId is given
   */
  record ContactRequest(
      ContactChannel channel,
      UUID helplineId,
      String lineLabel,
      ContactDirection direction,
      Instant startedAt,
      Integer durationSeconds,
      String language,
      UUID advisorId,
      SupportService topic,
      CrimeType crimeType,
      HeardFrom heardFrom,
      ContactOutcome outcome,
      Boolean anonymous,
      String note,
      UUID caseId,
      Boolean openCase) {

    NewContact toContact() {
      return new NewContact(
          channel,
          helplineId,
          lineLabel,
          direction,
          startedAt,
          durationSeconds,
          language,
          advisorId,
          topic,
          crimeType,
          heardFrom,
          outcome,
          Boolean.TRUE.equals(anonymous),
          note,
          caseId,
          Boolean.TRUE.equals(openCase));
    }
  }
}
