package eu.pharos.helpline.victim;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentNotFound;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.ConsentWithdrawn;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.helpline.internal.References;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victims of the caller's organisation. Details are sealed before they reach the entity and
 * opened only for the view; every read is audited by id, never with a name or a query.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(VictimService.CASE_WORK)
class VictimService implements Victims {

  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String AUDIT_TYPE = "helpline.victim";

  /** Never a blind index: searching for it finds nothing. */
  private static final String NO_INDEX = "-";

  private final VictimRepository victims;
  private final VictimNames names;
  private final ConsentRepository consents;
  private final VictimRules rules;
  private final VictimSeal seal;
  private final References references;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  VictimService(
      VictimRepository victims,
      VictimNames names,
      ConsentRepository consents,
      VictimRules rules,
      VictimSeal seal,
      References references,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.victims = victims;
    this.names = names;
    this.consents = consents;
    this.rules = rules;
    this.seal = seal;
    this.references = references;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  @Override
  @Transactional
  public VictimView register(VictimDetails details) {
    VictimDetails checked = rules.check(details);
    UUID id = UUID.randomUUID();
    Victim victim = new Victim(id, references.nextVictimReference(), actor(), Instant.now(clock));
    victim.store(seal.seal(id, checked), checked.preferredLanguage(), checked.residenceCountry());
    victims.saveAndFlush(victim);
    audit.record(
        AuditRecord.of("helpline.victim.registered", AuditOutcome.SUCCESS).target(AUDIT_TYPE, id));
    return view(victim);
  }

  @Override
  public VictimView get(UUID id) {
    Victim victim = find(id);
    audit.record(AuditRecord.access(AUDIT_TYPE, id));
    return view(victim);
  }

  /** In plain SQL outside any transaction: every case list names its victims. */
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public List<VictimSummary> summaries(List<UUID> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<UUID, VictimNames.Row> found =
        names.byIds(TenantContext.current(), distinct).stream()
            .collect(Collectors.toMap(VictimNames.Row::id, Function.identity()));
    List<VictimSummary> summaries =
        distinct.stream().filter(found::containsKey).map(id -> summary(found.get(id))).toList();
    if (!summaries.isEmpty()) {
      auditList(summaries, "summaries");
    }
    return summaries;
  }

  /** In plain SQL outside any transaction: every case search looks its text up here. */
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public List<VictimSummary> find(String nameOrPhone) {
    String nameIndex = seal.nameIndex(nameOrPhone);
    String phoneIndex = seal.phoneIndex(nameOrPhone);
    if (nameIndex == null && phoneIndex == null) {
      return List.of();
    }
    List<VictimSummary> found =
        names
            .byIndex(
                TenantContext.current(),
                nameIndex == null ? NO_INDEX : nameIndex,
                phoneIndex == null ? NO_INDEX : phoneIndex)
            .stream()
            .map(this::summary)
            .toList();
    auditList(found, "search");
    return found;
  }

  @Override
  @Transactional
  public VictimView rectify(UUID id, VictimDetails details, long expectedVersion) {
    Victim victim = find(id);
    if (victim.version() != expectedVersion) {
      audit.record(AuditRecord.access(AUDIT_TYPE, id).detail("stale edit"));
      throw new ConcurrentChange(victim.version(), view(victim));
    }
    if (victim.erased()) {
      throw InvalidInput.of(null, "helpline.victim.error.erased");
    }
    if (victim.legalHoldReason() != null) {
      throw InvalidInput.of(null, "helpline.victim.error.legal-hold", victim.legalHoldReason());
    }
    VictimDetails checked = rules.check(details);
    victim.store(seal.seal(id, checked), checked.preferredLanguage(), checked.residenceCountry());
    victim.touched(actor(), Instant.now(clock));
    victims.saveAndFlush(victim);
    audit.record(
        AuditRecord.of("helpline.victim.rectified", AuditOutcome.SUCCESS).target(AUDIT_TYPE, id));
    return view(victim);
  }

  @Override
  @Transactional
  public ConsentView recordConsent(UUID victimId, NewConsent consent) {
    Victim victim = find(victimId);
    if (victim.erased()) {
      throw InvalidInput.of(null, "helpline.victim.error.erased");
    }
    NewConsent checked = rules.check(consent);
    Consent recorded = new Consent(victimId, checked, actor(), Instant.now(clock), seal);
    consents.saveAndFlush(recorded);
    audit.record(
        AuditRecord.of("helpline.consent.recorded", AuditOutcome.SUCCESS)
            .target(AUDIT_TYPE, victimId)
            .detail(checked.kind() + " " + recorded.view(seal).id()));
    return recorded.view(seal);
  }

  @Override
  @Transactional
  public ConsentView withdrawConsent(UUID victimId, UUID consentId, ConsentMethod method) {
    find(victimId);
    Consent consent =
        consents
            .findById(consentId)
            .filter(c -> c.victimId().equals(victimId))
            .orElseThrow(() -> new ConsentNotFound(consentId));
    if (consent.withdrawn()) {
      throw InvalidInput.of(null, "helpline.consent.error.already-withdrawn");
    }
    if (method == null) {
      throw InvalidInput.of("method", "helpline.consent.error.method-missing");
    }
    Instant now = Instant.now(clock);
    consent.withdraw(method, actor(), now);
    consents.saveAndFlush(consent);
    events.publishEvent(
        new ConsentWithdrawn(consentId, victimId, TenantContext.current(), now, method, false));
    audit.record(
        AuditRecord.of("helpline.consent.withdrawn", AuditOutcome.SUCCESS)
            .target(AUDIT_TYPE, victimId)
            .detail("consent " + consentId));
    return consent.view(seal);
  }

  @Override
  public List<ConsentView> consents(UUID victimId) {
    find(victimId);
    audit.record(AuditRecord.access(AUDIT_TYPE, victimId).detail("consents"));
    return consents.findByVictimIdOrderByGivenAtDescRecordedAtDesc(victimId).stream()
        .map(consent -> consent.view(seal))
        .toList();
  }

  private Victim find(UUID id) {
    if (id == null) {
      throw new VictimNotFound(null);
    }
    return victims.findById(id).orElseThrow(() -> new VictimNotFound(id));
  }

  /** Victims named in one audit record of a list; their ids fill most of its 1 000 characters. */
  private static final int AUDITED_IDS_PER_RECORD = 25;

  /**
   * One audit entry for a single victim, with the victim as target; for a list, one entry per 25
   * victims with their ids in the detail, all committed together.
   */
  private void auditList(List<VictimSummary> listed, String what) {
    if (listed.size() == 1) {
      audit.record(AuditRecord.access(AUDIT_TYPE, listed.get(0).id()).detail(what));
      return;
    }
    List<AuditRecord> records = new ArrayList<>();
    for (int from = 0; from < listed.size(); from += AUDITED_IDS_PER_RECORD) {
      List<VictimSummary> batch =
          listed.subList(from, Math.min(listed.size(), from + AUDITED_IDS_PER_RECORD));
      records.add(
          new AuditRecord(
              "data.read",
              AUDIT_TYPE,
              null,
              AuditOutcome.SUCCESS,
              what
                  + " of "
                  + listed.size()
                  + ": "
                  + batch.stream().map(s -> s.id().toString()).collect(Collectors.joining(" ")),
              null,
              null,
              null));
    }
    audit.recordAll(records);
  }

  private VictimSummary summary(VictimNames.Row victim) {
    String name = seal.name(victim.id(), victim.fullNameSealed());
    return new VictimSummary(
        victim.id(),
        victim.reference(),
        name == null || name.isBlank() ? victim.reference() : name);
  }

  private VictimView view(Victim victim) {
    return new VictimView(
        victim.id(),
        victim.reference(),
        seal.open(victim),
        victim.legalHoldReason(),
        victim.erased(),
        victim.createdAt(),
        victim.updatedAt(),
        victim.version());
  }

  private static UUID actor() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }
}
