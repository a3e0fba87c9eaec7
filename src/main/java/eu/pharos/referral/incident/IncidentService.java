package eu.pharos.referral.incident;

import eu.pharos.helpline.VictimNotFound;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.Victims;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.Countries;
import eu.pharos.network.CountryView;
import eu.pharos.network.SupportService;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.referral.IncidentBatchResult;
import eu.pharos.referral.IncidentBoard;
import eu.pharos.referral.IncidentLogEntryView;
import eu.pharos.referral.IncidentNotFound;
import eu.pharos.referral.IncidentPersonRegistered;
import eu.pharos.referral.IncidentPersonStatus;
import eu.pharos.referral.IncidentPersonView;
import eu.pharos.referral.IncidentStatus;
import eu.pharos.referral.IncidentView;
import eu.pharos.referral.Incidents;
import eu.pharos.referral.NewIncident;
import eu.pharos.referral.NewIncidentPerson;
import eu.pharos.referral.PublicIncidentView;
import eu.pharos.referral.ReferralConsent;
import eu.pharos.referral.ReferralUrgency;
import eu.pharos.referral.incident.IncidentStore.IncidentRow;
import eu.pharos.referral.incident.IncidentStore.LogRow;
import eu.pharos.referral.incident.IncidentStore.PersonRow;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class IncidentService implements Incidents {

  static final String SIGNED_IN = "hasAuthority('SIGNED_IN')";
  static final String DECLARE =
      "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN', 'ORG_ADMIN', 'SUPERVISOR')";
  static final String CASE_WORK = "hasAnyRole('ADVISOR', 'SUPERVISOR')";
  static final String PURPOSE_CONTEXT = "referral_incident_person.consent_purpose_sealed:";

  private final IncidentStore store;
  private final IncidentRules rules;
  private final IncidentAccess access;
  private final IncidentBatch batch;
  private final Organisations organisations;
  private final Countries countries;
  private final Victims victims;
  private final PersonalDataCipher cipher;
  private final ApplicationEventPublisher events;

  IncidentService(
      IncidentStore store,
      IncidentRules rules,
      IncidentAccess access,
      IncidentBatch batch,
      Organisations organisations,
      Countries countries,
      Victims victims,
      PersonalDataCipher cipher,
      ApplicationEventPublisher events) {
    this.store = store;
    this.rules = rules;
    this.access = access;
    this.batch = batch;
    this.organisations = organisations;
    this.countries = countries;
    this.victims = victims;
    this.cipher = cipher;
    this.events = events;
  }

  @Override
  @PreAuthorize(DECLARE)
  public IncidentView declare(NewIncident incident) {
    StaffUser user = access.staff();
    List<Problem> problems = rules.check(incident);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    String title = incident.title().strip();
    IncidentRow row =
        new IncidentRow(
            UUID.randomUUID(),
            slug(title),
            title,
            incident.summary().strip(),
            incident.place().strip(),
            incident.countryCode().strip().toUpperCase(Locale.ROOT),
            incident.occurredAt(),
            incident.leadOrganisationId(),
            incident.languages().stream()
                .map(l -> l.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList(),
            IncidentRules.tidy(incident.publicMessage()),
            IncidentStatus.OPEN,
            user.userId(),
            user.displayName(),
            user.organisationId(),
            rules.now(),
            null,
            0);
    store.insert(row);
    return view(row, new HashMap<>());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SIGNED_IN)
  public IncidentView get(UUID id) {
    access.staff();
    return view(incident(id), new HashMap<>());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SIGNED_IN)
  public List<IncidentView> list() {
    access.staff();
    Map<UUID, String> names = new HashMap<>();
    return store.all().stream().map(row -> view(row, names)).toList();
  }

  @Override
  @PreAuthorize(DECLARE)
  public IncidentView close(UUID id, long expectedVersion) {
    access.staff();
    IncidentRow row = incident(id);
    if (!access.mayClose(row.declaringOrganisationId(), row.leadOrganisationId())) {
      throw new AccessDeniedException("only the declaring or lead organisation closes");
    }
    if (row.status() == IncidentStatus.CLOSED || !store.close(id, expectedVersion, rules.now())) {
      IncidentView current = view(row, new HashMap<>());
      throw new ConcurrentChange(current.version(), current);
    }
    return view(incident(id), new HashMap<>());
  }

  @Override
  @PreAuthorize(CASE_WORK)
  public IncidentPersonView registerPerson(UUID incidentId, NewIncidentPerson person) {
    StaffUser user = access.memberStaff();
    IncidentRow incident = incident(incidentId);
    List<Problem> problems = new ArrayList<>();
    if (incident.status() != IncidentStatus.OPEN) {
      problems.add(Problem.of(null, "incident.error.closed"));
    }
    problems.addAll(rules.check(person));
    UUID victimId = person.victimId();
    if (victimId != null) {
      try {
        victims.get(victimId);
        if (store.registered(incidentId, user.organisationId(), victimId)) {
          problems.add(Problem.of("victimId", "incident.error.person.already"));
        }
      } catch (VictimNotFound unknown) {
        problems.add(Problem.of("victimId", "incident.error.victim.unknown"));
      }
    } else if (problems.isEmpty()) {
      // Registered last, so that a refused person leaves no victim behind (the whole call rolls
      // back in any case); the helpline's own problems name the details' fields.
      try {
        victimId =
            victims
                .register(
                    person.details() == null
                        ? eu.pharos.helpline.VictimDetails.unnamed()
                        : person.details())
                .id();
      } catch (InvalidInput invalid) {
        problems.addAll(invalid.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID id = UUID.randomUUID();
    ReferralConsent consent = person.consent();
    String purpose =
        consent == null ? null : cipher.seal(consent.purpose().strip(), PURPOSE_CONTEXT + id);
    PersonRow row =
        new PersonRow(
            id,
            incidentId,
            user.organisationId(),
            victimId,
            person.kind(),
            person.residenceCountry().strip().toUpperCase(Locale.ROOT),
            person.language().strip().toLowerCase(Locale.ROOT),
            consent == null ? Set.of() : consent.items(),
            purpose,
            consent == null ? null : consent.method(),
            consent == null ? null : consent.givenAt(),
            consent == null ? null : consent.validUntil(),
            null,
            IncidentPersonStatus.REGISTERED,
            rules.now());
    store.insert(row, user.userId(), purpose == null ? null : cipher.keyIdOf(purpose));
    events.publishEvent(
        new IncidentPersonRegistered(
            incidentId, row.residenceCountry(), row.kind(), row.registeredAt()));
    return new IncidentPersonView(
        id,
        incidentId,
        victimId,
        row.kind(),
        row.residenceCountry(),
        row.language(),
        row.consented(),
        row.status(),
        null,
        row.registeredAt());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SIGNED_IN)
  public IncidentBoard board(UUID incidentId) {
    StaffUser user = access.staff();
    incident(incidentId);
    List<PersonRow> persons = store.persons(incidentId);
    List<UUID> own =
        persons.stream()
            .filter(p -> p.organisationId().equals(user.organisationId()))
            .map(PersonRow::victimId)
            .toList();
    // Only the holding organisation learns who its persons are; one audited read of their names.
    Map<UUID, VictimSummary> summaries =
        own.isEmpty() || !IncidentAccess.roles().stream().anyMatch(CASE_WORK_ROLES::contains)
            ? Map.of()
            : victims.summaries(own).stream()
                .collect(Collectors.toMap(VictimSummary::id, Function.identity(), (a, b) -> a));
    Map<UUID, String> names = new HashMap<>();
    List<IncidentBoard.Row> rows =
        persons.stream()
            .map(
                p -> {
                  boolean mine = p.organisationId().equals(user.organisationId());
                  VictimSummary victim = mine ? summaries.get(p.victimId()) : null;
                  return new IncidentBoard.Row(
                      p.id(),
                      p.organisationId(),
                      organisationName(p.organisationId(), names),
                      p.residenceCountry(),
                      p.language(),
                      p.kind(),
                      p.status(),
                      p.consented(),
                      mine,
                      mine ? p.victimId() : null,
                      victim == null ? null : victim.reference(),
                      victim == null ? null : victim.displayName(),
                      p.registeredAt());
                })
            .toList();
    Map<String, Map<IncidentPersonStatus, Long>> byCountry = new TreeMap<>();
    for (PersonRow p : persons) {
      byCountry
          .computeIfAbsent(
              p.residenceCountry(), c -> new java.util.EnumMap<>(IncidentPersonStatus.class))
          .merge(p.status(), 1L, Long::sum);
    }
    List<IncidentBoard.Count> counts = new ArrayList<>();
    byCountry.forEach(
        (country, statuses) ->
            statuses.forEach(
                (status, count) -> counts.add(new IncidentBoard.Count(country, status, count))));
    return new IncidentBoard(incidentId, counts, rows);
  }

  private static final Set<String> CASE_WORK_ROLES = Set.of("ADVISOR", "SUPERVISOR");

  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  @PreAuthorize(CASE_WORK)
  public IncidentBatchResult referCountry(
      UUID incidentId,
      String countryCode,
      UUID receiverOrganisationId,
      SupportService service,
      ReferralUrgency urgency,
      String message) {
    StaffUser user = access.memberStaff();
    IncidentRow incident = incident(incidentId);
    return batch.refer(
        user, incident, countryCode, receiverOrganisationId, service, urgency, message);
  }

  @Override
  @PreAuthorize(SIGNED_IN)
  public IncidentLogEntryView addLogEntry(UUID incidentId, String text) {
    StaffUser user = access.staff();
    incident(incidentId);
    List<Problem> problems = new ArrayList<>();
    rules.text(problems, "text", text, IncidentRules.LOG_MAX, true);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    LogRow row =
        new LogRow(
            UUID.randomUUID(),
            user.organisationId(),
            user.displayName(),
            text.strip(),
            rules.now());
    store.insert(incidentId, row, user.userId());
    return entry(row, new HashMap<>());
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SIGNED_IN)
  public List<IncidentLogEntryView> log(UUID incidentId) {
    access.staff();
    incident(incidentId);
    Map<UUID, String> names = new HashMap<>();
    return store.log(incidentId).stream().map(row -> entry(row, names)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PublicIncidentView> publicIncident(String slug) {
    if (slug == null || slug.length() > 120) {
      return Optional.empty();
    }
    return store
        .findBySlug(slug)
        .map(
            row -> {
              Set<String> where = new LinkedHashSet<>();
              where.add(row.countryCode());
              where.addAll(store.residenceCountries(row.id()));
              return new PublicIncidentView(
                  row.slug(),
                  row.title(),
                  row.place(),
                  row.countryCode(),
                  row.occurredAt()
                      .atZone(
                          countries
                              .find(row.countryCode())
                              .map(CountryView::timeZone)
                              .orElse(ZoneOffset.UTC))
                      .toLocalDate(),
                  row.publicMessage(),
                  row.status(),
                  row.languages(),
                  List.copyOf(where));
            });
  }

  private IncidentRow incident(UUID id) {
    return store.find(id).orElseThrow(() -> new IncidentNotFound(id));
  }

  private IncidentView view(IncidentRow row, Map<UUID, String> names) {
    return new IncidentView(
        row.id(),
        row.slug(),
        row.title(),
        row.summary(),
        row.place(),
        row.countryCode(),
        row.occurredAt(),
        row.leadOrganisationId(),
        organisationName(row.leadOrganisationId(), names),
        row.languages(),
        row.publicMessage(),
        row.status(),
        row.declaredByName(),
        row.declaringOrganisationId(),
        organisationName(row.declaringOrganisationId(), names),
        row.declaredAt(),
        row.closedAt(),
        row.version());
  }

  private IncidentLogEntryView entry(LogRow row, Map<UUID, String> names) {
    return new IncidentLogEntryView(
        row.id(),
        row.organisationId(),
        organisationName(row.organisationId(), names),
        row.authorName(),
        row.writtenAt(),
        row.body());
  }

  private String organisationName(UUID id, Map<UUID, String> names) {
    return names.computeIfAbsent(
        id, key -> organisations.find(key).map(OrganisationView::name).orElse(""));
  }

  /** A readable address from the title; a number added when another incident has it. */
  private String slug(String title) {
    String base =
        Normalizer.normalize(title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.length() > 80) {
      base = base.substring(0, 80).replaceAll("-+$", "");
    }
    if (base.isEmpty()) {
      base = "incident";
    }
    String slug = base;
    for (int n = 2; store.slugTaken(slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
