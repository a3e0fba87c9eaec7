package eu.pharos.helpline.contact;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.ContactList;
import eu.pharos.helpline.ContactNotFound;
import eu.pharos.helpline.ContactOutcome;
import eu.pharos.helpline.ContactQuery;
import eu.pharos.helpline.ContactRecorded;
import eu.pharos.helpline.ContactView;
import eu.pharos.helpline.Contacts;
import eu.pharos.helpline.ConversationContact;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewContact;
import eu.pharos.helpline.contact.CaseLinks.CaseRef;
import eu.pharos.network.CrimeType;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of the current organisation. Notes and transcripts are sealed at rest; reading them is
 * audited; every recorded contact publishes {@link ContactRecorded}, which names no person.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContactService.CASE_WORK)
class ContactService implements Contacts {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";

  private final ContactRepository contacts;
  private final ContactChecks checks;
  private final Sealing sealing;
  private final CaseLinks caseLinks;
  private final ObjectProvider<Cases> cases;
  private final Lines lines;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ContactService(
      ContactRepository contacts,
      ContactChecks checks,
      Sealing sealing,
      CaseLinks caseLinks,
      ObjectProvider<Cases> cases,
      Lines lines,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.contacts = contacts;
    this.checks = checks;
    this.sealing = sealing;
    this.caseLinks = caseLinks;
    this.cases = cases;
    this.lines = lines;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public ContactView record(NewContact contact) {
    UUID advisorId = contact.advisorId() != null ? contact.advisorId() : currentUserId();
    ContactRecord.Facts facts = checks.check(contact, advisorId);
    CaseRef existing = contact.caseId() == null ? null : linkable(contact.caseId());
    return store(facts, contact.note(), null, existing, contact.openCase());
  }

  @Override
  @Transactional
  public ContactView recordConversation(ConversationContact contact) {
    UUID advisorId = contact.advisorId() != null ? contact.advisorId() : currentUserId();
    ContactRecord.Facts facts = checks.check(contact, advisorId);
    if (contacts.existsBySourceConversationId(contact.conversationId())) {
      throw InvalidInput.of("conversationId", ContactChecks.PREFIX + "conversation.filed");
    }
    CaseRef existing = contact.caseId() == null ? null : linkable(contact.caseId());
    return store(facts, contact.note(), contact.transcript(), existing, contact.openCase());
  }

  private ContactView store(
      ContactRecord.Facts facts,
      String note,
      String transcript,
      CaseRef existing,
      boolean openCase) {
    UUID organisationId = organisation();
    Instant now = Instant.now(clock);
    CaseRef linked = existing;
    if (linked == null && openCase) {
      linked = openCaseFor(facts);
    }
    if (facts.outcome() == null && linked != null) {
      facts =
          withOutcome(
              facts, existing == null ? ContactOutcome.CASE_OPENED : ContactOutcome.ADDED_TO_CASE);
    }
    ContactRecord record = new ContactRecord(UUID.randomUUID(), facts, now, currentUserId());
    sealing.write(record, ContactChecks.blankToNull(note), transcript);
    if (linked != null) {
      record.linkTo(linked.id());
    }
    contacts.saveAndFlush(record);
    if (linked != null) {
      caseLinks.noteLinked(linked.id(), now, currentUserId());
    }
    events.publishEvent(
        new ContactRecorded(
            record.id(),
            organisationId,
            facts.channel(),
            facts.direction(),
            facts.topic(),
            facts.crimeType(),
            facts.language(),
            facts.outcome(),
            facts.anonymous(),
            facts.startedAt(),
            facts.durationSeconds()));
    return view(record, linked == null ? null : linked.reference(), null, null);
  }

  private CaseRef openCaseFor(ContactRecord.Facts facts) {
    Cases caseWork = cases.getIfAvailable();
    if (caseWork == null) {
      throw new IllegalStateException("case work is not available");
    }
    CrimeType crimeType = facts.crimeType();
    CaseView opened =
        caseWork.open(
            new NewCase(
                null,
                null,
                new CrimeDetails(crimeType, null, null, null, null, null),
                facts.advisorId(),
                Set.of()));
    return new CaseRef(opened.id(), opened.reference(), false);
  }

  private static ContactRecord.Facts withOutcome(ContactRecord.Facts f, ContactOutcome outcome) {
    return new ContactRecord.Facts(
        f.channel(),
        f.helplineId(),
        f.lineLabel(),
        f.direction(),
        f.startedAt(),
        f.durationSeconds(),
        f.language(),
        f.advisorId(),
        f.topic(),
        f.crimeType(),
        f.heardFrom(),
        outcome,
        f.anonymous(),
        f.sourceConversationId());
  }

  @Override
  public ContactView get(UUID id) {
    ContactRecord record = find(id);
    audit.record(AuditRecord.access("helpline.contact", id));
    String transcript = null;
    if (record.transcriptSealed() != null) {
      audit.record(AuditRecord.access("helpline.transcript", id));
      transcript = sealing.transcript(record);
    }
    String reference =
        record.caseId() == null
            ? null
            : caseLinks.references(List.of(record.caseId())).get(record.caseId());
    return view(record, reference, sealing.note(record), transcript);
  }

  @Override
  public ContactList list(ContactQuery query) {
    List<Problem> problems = new ArrayList<>();
    if (query.page() < 0) {
      problems.add(Problem.of("page", ContactChecks.PREFIX + "page"));
    }
    if (query.size() < 1 || query.size() > 100) {
      problems.add(Problem.of("size", ContactChecks.PREFIX + "size", 1, 100));
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      problems.add(Problem.of("to", ContactChecks.PREFIX + "range"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    ZoneId zone = lines.zone();
    Specification<ContactRecord> matching =
        (root, q, cb) -> {
          List<Predicate> where = new ArrayList<>();
          if (query.channel() != null) {
            where.add(cb.equal(root.get("channel"), query.channel()));
          }
          if (query.unlinkedOnly()) {
            where.add(cb.isNull(root.get("caseId")));
          }
          if (query.advisorId() != null) {
            where.add(cb.equal(root.get("advisorId"), query.advisorId()));
          }
          if (query.from() != null) {
            where.add(
                cb.greaterThanOrEqualTo(
                    root.get("startedAt"), query.from().atStartOfDay(zone).toInstant()));
          }
          if (query.to() != null) {
            where.add(
                cb.lessThan(
                    root.get("startedAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
          }
          return cb.and(where.toArray(Predicate[]::new));
        };
    Page<ContactRecord> page =
        contacts.findAll(
            matching,
            PageRequest.of(
                query.page(),
                query.size(),
                Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id"))));
    Map<UUID, String> references =
        caseLinks.references(page.getContent().stream().map(ContactRecord::caseId).toList());
    return new ContactList(
        page.getContent().stream()
            .map(c -> view(c, c.caseId() == null ? null : references.get(c.caseId()), null, null))
            .toList(),
        page.getTotalElements(),
        query.page(),
        query.size());
  }

  @Override
  public List<ContactView> ofCase(UUID caseId) {
    CaseRef found = caseLinks.get(caseId);
    return contacts.findByCaseIdOrderByStartedAtAsc(caseId).stream()
        .map(c -> view(c, found.reference(), null, null))
        .toList();
  }

  @Override
  @Transactional
  public ContactView linkToCase(UUID contactId, UUID caseId) {
    ContactRecord record = find(contactId);
    if (caseId == null) {
      throw InvalidInput.of("caseId", ContactChecks.PREFIX + "case.required");
    }
    CaseRef target = linkable(caseId);
    if (record.caseId() != null) {
      if (record.caseId().equals(caseId)) {
        return view(record, target.reference(), null, null);
      }
      throw InvalidInput.of("caseId", ContactChecks.PREFIX + "case.alreadyLinked");
    }
    if (record.anonymisedAt() != null) {
      throw InvalidInput.of("caseId", ContactChecks.PREFIX + "contact.anonymised");
    }
    Instant now = Instant.now(clock);
    record.linkTo(caseId);
    sealing.reseal(record);
    contacts.saveAndFlush(record);
    caseLinks.noteLinked(caseId, now, currentUserId());
    return view(record, target.reference(), null, null);
  }

  /** A case of the organisation a contact may join: not anonymised. */
  private CaseRef linkable(UUID caseId) {
    CaseRef found = caseLinks.get(caseId);
    if (found.anonymised()) {
      throw InvalidInput.of("caseId", ContactChecks.PREFIX + "case.anonymised");
    }
    return found;
  }

  private ContactRecord find(UUID id) {
    if (id == null) {
      throw new ContactNotFound(null);
    }
    return contacts.findById(id).orElseThrow(() -> new ContactNotFound(id));
  }

  private static ContactView view(
      ContactRecord c, String caseReference, String note, String transcript) {
    return new ContactView(
        c.id(),
        c.channel(),
        c.helplineId(),
        c.lineLabel(),
        c.direction(),
        c.startedAt(),
        c.durationSeconds(),
        c.language(),
        c.advisorId(),
        c.topic(),
        c.crimeType(),
        c.heardFrom(),
        c.outcome(),
        c.anonymous(),
        note,
        c.transcriptSealed() != null,
        transcript,
        c.caseId(),
        caseReference,
        c.recordedAt(),
        c.version());
  }

  private static UUID organisation() {
    UUID organisationId = TenantContext.current();
    if (organisationId.equals(TenantContext.NOBODY)
        || organisationId.equals(TenantContext.SYSTEM)) {
      throw new IllegalStateException("contacts are recorded within one organisation");
    }
    return organisationId;
  }

  private static UUID currentUserId() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
