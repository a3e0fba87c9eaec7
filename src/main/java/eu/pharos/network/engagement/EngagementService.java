package eu.pharos.network.engagement;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditOutcome;
import eu.pharos.audit.AuditRecord;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.EngagementDetails;
import eu.pharos.network.EngagementKind;
import eu.pharos.network.EngagementNotFound;
import eu.pharos.network.EngagementView;
import eu.pharos.network.Engagements;
import eu.pharos.network.FollowUpActionView;
import eu.pharos.network.FollowUpStatus;
import eu.pharos.network.NewFollowUpAction;
import eu.pharos.network.PublicEngagementView;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The capacity-building log. Every change is audited. */
@Service
@Transactional(readOnly = true)
class EngagementService implements Engagements {

  static final String SECRETARIAT = "hasAnyRole('SECRETARIAT', 'NETWORK_ADMIN')";

  private final EngagementRepository engagements;
  private final EngagementRules rules;
  private final Organisations organisations;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId secretariatZone;
  private final org.springframework.context.ApplicationEventPublisher events;

  EngagementService(
      EngagementRepository engagements,
      EngagementRules rules,
      Organisations organisations,
      AuditLog audit,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId secretariatZone,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.engagements = engagements;
    this.rules = rules;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
    this.secretariatZone = secretariatZone;
  }

  @Override
  @PreAuthorize(SECRETARIAT)
  public List<EngagementView> list(String countryCode, EngagementKind kind) {
    List<Engagement> found =
        countryCode == null || countryCode.isBlank()
            ? engagements.findAllByOrderByStartsOnDescTitleAsc()
            : engagements.findByCountryCodeOrderByStartsOnDescTitleAsc(
                countryCode.strip().toUpperCase(Locale.ROOT));
    Map<UUID, String> names = organisationNames();
    return found.stream()
        .filter(e -> kind == null || e.kind() == kind)
        .map(e -> view(e, names))
        .toList();
  }

  @Override
  @PreAuthorize(SECRETARIAT)
  public EngagementView get(UUID id) {
    return view(find(id), organisationNames());
  }

  @Override
  @Transactional
  @PreAuthorize(SECRETARIAT)
  public EngagementView record(EngagementDetails details) {
    EngagementDetails checked = rules.check(details);
    Engagement engagement = new Engagement(checked, actor(), Instant.now(clock));
    engagements.save(engagement);
    events.publishEvent(new eu.pharos.network.EngagementsChanged(checked.countryCode()));
    audit(
        "network.engagement.created",
        engagement.id(),
        checked.kind() + " " + checked.countryCode());
    return view(engagement, organisationNames());
  }

  @Override
  @Transactional
  @PreAuthorize(SECRETARIAT)
  public EngagementView change(UUID id, EngagementDetails details) {
    Engagement engagement = find(id);
    EngagementDetails checked = rules.check(details);
    String before = engagement.countryCode();
    engagement.change(checked, actor(), Instant.now(clock));
    events.publishEvent(new eu.pharos.network.EngagementsChanged(before));
    if (!before.equals(checked.countryCode())) {
      events.publishEvent(new eu.pharos.network.EngagementsChanged(checked.countryCode()));
    }
    audit("network.engagement.changed", id, checked.kind() + " " + checked.countryCode());
    return view(engagement, organisationNames());
  }

  @Override
  @Transactional
  @PreAuthorize(SECRETARIAT)
  public FollowUpActionView addAction(UUID engagementId, NewFollowUpAction action) {
    Engagement engagement = find(engagementId);
    NewFollowUpAction checked = rules.check(action);
    FollowUpAction added = engagement.addAction(checked, actor(), Instant.now(clock));
    engagements.flush();
    audit("network.engagement.action-added", engagementId, "action " + added.id());
    return actionView(engagement, added, organisationNames());
  }

  @Override
  @Transactional
  @PreAuthorize(SECRETARIAT)
  public FollowUpActionView setActionStatus(
      UUID engagementId, UUID actionId, FollowUpStatus status) {
    Engagement engagement = find(engagementId);
    FollowUpAction action =
        engagement.action(actionId).orElseThrow(() -> EngagementNotFound.forId(engagementId));
    engagement.setActionStatus(action, Objects.requireNonNull(status), actor(), Instant.now(clock));
    audit(
        "network.engagement.action-" + status.name().toLowerCase(Locale.ROOT),
        engagementId,
        "action " + actionId);
    return actionView(engagement, action, organisationNames());
  }

  @Override
  @PreAuthorize(SECRETARIAT)
  public List<FollowUpActionView> overdueActions() {
    LocalDate today = today();
    Map<UUID, String> names = organisationNames();
    return engagements.withActionsDueBefore(FollowUpStatus.OPEN, today).stream()
        .flatMap(
            e ->
                e.actions().stream()
                    .filter(a -> a.isOverdueOn(today))
                    .map(a -> actionView(e, a, names)))
        .sorted(Comparator.comparing(FollowUpActionView::dueOn))
        .toList();
  }

  @Override
  public List<PublicEngagementView> publicTimeline(String countryCode) {
    if (countryCode == null || countryCode.isBlank()) {
      return List.of();
    }
    Map<UUID, String> names = organisationNames();
    return engagements
        .findByCountryCodeOrderByStartsOnDescTitleAsc(countryCode.strip().toUpperCase(Locale.ROOT))
        .stream()
        .map(
            e ->
                new PublicEngagementView(
                    e.kind(), e.title(), host(e, names), e.startsOn(), e.endsOn()))
        .toList();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(secretariatZone));
  }

  private Engagement find(UUID id) {
    return engagements.findById(id).orElseThrow(() -> EngagementNotFound.forId(id));
  }

  private EngagementView view(Engagement e, Map<UUID, String> names) {
    List<FollowUpActionView> actions =
        e.actions().stream().map(a -> actionView(e, a, names)).toList();
    return new EngagementView(
        e.id(),
        e.kind(),
        e.countryCode(),
        e.title(),
        e.hostOrganisationId(),
        e.hostName(),
        host(e, names),
        e.participants().stream().sorted().toList(),
        e.participants().stream()
            .map(id -> names.getOrDefault(id, id.toString()))
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList(),
        e.otherParticipants(),
        e.startsOn(),
        e.endsOn(),
        e.notes(),
        e.outcomes(),
        actions,
        e.updatedAt());
  }

  private FollowUpActionView actionView(Engagement e, FollowUpAction a, Map<UUID, String> names) {
    String organisation =
        a.ownerOrganisationId() == null ? null : names.get(a.ownerOrganisationId());
    String owner;
    if (a.ownerName() != null && organisation != null) {
      owner = a.ownerName() + " (" + organisation + ")";
    } else {
      owner = a.ownerName() != null ? a.ownerName() : organisation;
    }
    return new FollowUpActionView(
        a.id(),
        e.id(),
        e.title(),
        a.description(),
        a.ownerName(),
        a.ownerOrganisationId(),
        owner,
        a.dueOn(),
        a.status(),
        a.closedAt(),
        a.isOverdueOn(today()));
  }

  private static String host(Engagement e, Map<UUID, String> names) {
    String organisation = e.hostOrganisationId() == null ? null : names.get(e.hostOrganisationId());
    if (organisation != null && e.hostName() != null) {
      return organisation + ", " + e.hostName();
    }
    return organisation != null ? organisation : e.hostName();
  }

  private Map<UUID, String> organisationNames() {
    return organisations.all().stream()
        .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
  }

  private static UUID actor() {
    return TenantContext.currentUser().map(StaffUser::userId).orElse(null);
  }

  private void audit(String action, UUID engagementId, String detail) {
    audit.record(
        AuditRecord.of(action, AuditOutcome.SUCCESS)
            .target("network.engagement", engagementId)
            .detail(detail));
  }
}
