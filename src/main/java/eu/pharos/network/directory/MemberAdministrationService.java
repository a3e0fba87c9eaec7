package eu.pharos.network.directory;

import static eu.pharos.network.directory.DirectoryAccess.EDITOR_ROLES;
import static eu.pharos.network.directory.DirectoryAccess.SECRETARIAT_ROLES;

import eu.pharos.identity.NewOrganisation;
import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.AddMember;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberAdministration;
import eu.pharos.network.MemberChangeRefused;
import eu.pharos.network.MemberChangeView;
import eu.pharos.network.MemberDetails;
import eu.pharos.network.MemberNotFound;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MembershipChangeRequest;
import eu.pharos.network.MembershipChangeView;
import eu.pharos.network.OfficeDetails;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningHoursUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MemberAdministrationService implements MemberAdministration {

  private final MemberProfileRepository profiles;
  private final OfficeRepository offices;
  private final HelplineRepository helplines;
  private final MembershipRequestRepository requests;
  private final MemberChangeRepository changes;
  private final Organisations organisations;
  private final MemberViews views;
  private final MemberHistory history;
  private final DirectoryAccess access;
  private final ProfileImport imports;

  private final KnownCountries countries;

  MemberAdministrationService(
      MemberProfileRepository profiles,
      OfficeRepository offices,
      HelplineRepository helplines,
      MembershipRequestRepository requests,
      MemberChangeRepository changes,
      Organisations organisations,
      MemberViews views,
      MemberHistory history,
      DirectoryAccess access,
      ProfileImport imports,
      KnownCountries countries) {
    this.countries = countries;
    this.profiles = profiles;
    this.offices = offices;
    this.helplines = helplines;
    this.requests = requests;
    this.changes = changes;
    this.organisations = organisations;
    this.views = views;
    this.history = history;
    this.access = access;
    this.imports = imports;
  }

  private ProfileChecks checks() {
    return new ProfileChecks(0, countries);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SECRETARIAT_ROLES)
  public List<MemberRecord> members(MemberStatus status) {
    return views.records(status);
  }

  @Override
  @PreAuthorize(SECRETARIAT_ROLES)
  public MemberRecord add(AddMember command) {
    ProfileChecks checks = checks().newMember(command);
    if (checks.ok() && organisations.findByShortName(command.shortName().strip()).isPresent()) {
      checks.reject("shortName", "network.error.shortNameTaken", command.shortName());
    }
    if (!checks.ok()) {
      throw new InvalidMemberProfile(checks.problems());
    }
    OrganisationView organisation =
        organisations.create(
            new NewOrganisation(
                command.name().strip(),
                command.shortName().strip(),
                OrganisationKind.MEMBER,
                command.countryCode().strip().toUpperCase(Locale.ROOT)));
    MemberProfile profile =
        new MemberProfile(
            organisation.id(), command.membershipType(), command.timeZone().strip(), history.now());
    profile.update(
        new MemberDetails(
            command.website(),
            command.email(),
            null,
            null,
            command.timeZone(),
            List.of(),
            null,
            null,
            List.of()),
        history.now());
    profiles.save(profile);
    history.record(organisation.id(), "member.added", Map.of(), state(profile));
    return views.record(profile);
  }

  @Override
  @PreAuthorize(SECRETARIAT_ROLES)
  public void approve(UUID organisationId) {
    change(organisationId, "member.approved", p -> p.approve(history.now()));
  }

  @Override
  @PreAuthorize(SECRETARIAT_ROLES)
  public void end(UUID organisationId) {
    change(organisationId, "member.ended", p -> p.end(history.now()));
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(SECRETARIAT_ROLES)
  public List<MembershipChangeView> openMembershipChanges() {
    return requests.findByStatusOrderByRequestedAt(MembershipRequest.Status.OPEN).stream()
        .map(r -> r.view(organisationName(r.organisationId())))
        .toList();
  }

  @Override
  @PreAuthorize(SECRETARIAT_ROLES)
  public void decideMembershipChange(UUID requestId, boolean approved) {
    MembershipRequest request =
        requests.findById(requestId).orElseThrow(() -> MemberNotFound.forId(requestId));
    request.decide(approved, access.actor().label(), history.now());
    if (approved) {
      change(
          request.organisationId(),
          "membership.approved",
          p -> p.changeMembershipType(request.requestedType(), history.now()));
    } else {
      MemberProfile profile = load(request.organisationId());
      Map<String, Object> before = state(profile);
      Map<String, Object> after = new LinkedHashMap<>(before);
      after.put("membershipRequest", "REJECTED " + request.requestedType());
      history.record(profile.organisationId(), "membership.rejected", before, after);
    }
  }

  @Override
  @PreAuthorize(SECRETARIAT_ROLES)
  public eu.pharos.network.ImportResult importProfiles(
      List<eu.pharos.network.MemberProfileImport> batch) {
    return imports.run(batch);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(EDITOR_ROLES)
  public MemberRecord profile(UUID organisationId) {
    access.checkMayEdit(organisationId);
    return views.record(load(organisationId));
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(EDITOR_ROLES)
  public List<MemberChangeView> history(UUID organisationId) {
    access.checkMayEdit(organisationId);
    load(organisationId);
    return changes.findByOrganisationIdOrderByChangedAtDesc(organisationId).stream()
        .map(MemberChange::view)
        .toList();
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void updateDetails(UUID organisationId, MemberDetails details) {
    access.checkMayEdit(organisationId);
    ProfileChecks checks = checks().details("", details);
    if (!checks.ok()) {
      throw new InvalidMemberProfile(checks.problems());
    }
    change(organisationId, "profile.details", p -> p.update(details, history.now()));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void updateHours(UUID organisationId, OpeningHoursUpdate update) {
    access.checkMayEdit(organisationId);
    ProfileChecks checks = checks().hours("", update);
    if (!checks.ok()) {
      throw new InvalidMemberProfile(checks.problems());
    }
    OpeningHours hours = update.hours();
    change(
        organisationId, "profile.hours", p -> p.setHours(hours, update.holidays(), history.now()));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void addOffice(UUID organisationId, OfficeDetails office) {
    access.checkMayEdit(organisationId);
    ProfileChecks checks = checks().office("", office);
    if (!checks.ok()) {
      throw new InvalidMemberProfile(checks.problems());
    }
    change(
        organisationId,
        "profile.office.added",
        p -> offices.save(new Office(organisationId, nextOfficePosition(organisationId), office)));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void removeOffice(UUID organisationId, UUID officeId) {
    access.checkMayEdit(organisationId);
    Office office =
        offices
            .findById(officeId)
            .filter(o -> o.organisationId().equals(organisationId))
            .orElseThrow(() -> MemberNotFound.forId(officeId));
    change(organisationId, "profile.office.removed", p -> offices.delete(office));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void addHelpline(UUID organisationId, HelplineDetails helpline) {
    access.checkMayEdit(organisationId);
    ProfileChecks checks = checks().helpline("", helpline);
    if (!checks.ok()) {
      throw new InvalidMemberProfile(checks.problems());
    }
    OpeningHours hours =
        helpline.alwaysOpen() ? OpeningHours.alwaysOpen() : OpeningHours.of(helpline.periods());
    change(
        organisationId,
        "profile.helpline.added",
        p ->
            helplines.save(
                new Helpline(
                    organisationId, nextHelplinePosition(organisationId), helpline, hours)));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void removeHelpline(UUID organisationId, UUID helplineId) {
    access.checkMayEdit(organisationId);
    Helpline helpline =
        helplines
            .findById(helplineId)
            .filter(h -> h.organisationId().equals(organisationId))
            .orElseThrow(() -> MemberNotFound.forId(helplineId));
    change(organisationId, "profile.helpline.removed", p -> helplines.delete(helpline));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void requestMembershipChange(UUID organisationId, MembershipChangeRequest request) {
    access.checkMayEdit(organisationId);
    MemberProfile profile = load(organisationId);
    if (request.requestedType() == null) {
      throw new InvalidMemberProfile(
          List.of(
              new eu.pharos.network.ProfileProblem(
                  0, "requestedType", "network.error.required", null)));
    }
    if (request.requestedType() == profile.membershipType()) {
      throw new MemberChangeRefused("network.members.error.sameType");
    }
    if (requests
        .findFirstByOrganisationIdAndStatus(organisationId, MembershipRequest.Status.OPEN)
        .isPresent()) {
      throw new MemberChangeRefused("network.members.error.requestWaiting");
    }
    if (request.reason() != null && request.reason().length() > 1000) {
      throw new InvalidMemberProfile(
          List.of(
              new eu.pharos.network.ProfileProblem(0, "reason", "network.error.tooLong", "1000")));
    }
    requests.save(
        new MembershipRequest(
            organisationId,
            profile.membershipType(),
            request.requestedType(),
            request.reason(),
            access.actor().label(),
            history.now()));
    Map<String, Object> before = state(profile);
    Map<String, Object> after = new LinkedHashMap<>(before);
    after.put("membershipRequest", "OPEN " + request.requestedType());
    history.record(organisationId, "membership.requested", before, after);
  }

  @Override
  @Transactional(readOnly = true)
  @PreAuthorize(EDITOR_ROLES)
  public Optional<MembershipChangeView> openMembershipChange(UUID organisationId) {
    access.checkMayEdit(organisationId);
    return requests
        .findFirstByOrganisationIdAndStatus(organisationId, MembershipRequest.Status.OPEN)
        .map(r -> r.view(organisationName(organisationId)));
  }

  @Override
  @PreAuthorize(EDITOR_ROLES)
  public void confirmContactDetails(UUID organisationId) {
    access.checkMayEdit(organisationId);
    change(
        organisationId,
        "profile.contact.confirmed",
        p -> {
          p.confirmContactDetails(access.actor().label(), history.now());
          helplines.findByOrganisationIdOrderByPosition(organisationId).forEach(Helpline::confirm);
        });
  }

  private void change(
      UUID organisationId, String action, java.util.function.Consumer<MemberProfile> work) {
    MemberProfile profile = load(organisationId);
    Map<String, Object> before = state(profile);
    work.accept(profile);
    profiles.flush();
    history.record(organisationId, action, before, state(profile));
  }

  MemberProfile load(UUID organisationId) {
    return profiles
        .findById(organisationId)
        .orElseThrow(() -> MemberNotFound.forId(organisationId));
  }

  /** The profile with its offices and helplines, as the history compares them. */
  Map<String, Object> state(MemberProfile profile) {
    Map<String, Object> state = new LinkedHashMap<>(profile.snapshot());
    List<String> officeLabels = new ArrayList<>();
    offices
        .findByOrganisationIdOrderByPosition(profile.organisationId())
        .forEach(o -> officeLabels.add(o.label()));
    List<String> helplineLabels = new ArrayList<>();
    helplines
        .findByOrganisationIdOrderByPosition(profile.organisationId())
        .forEach(h -> helplineLabels.add(h.label()));
    state.put("offices", officeLabels);
    state.put("helplines", helplineLabels);
    return state;
  }

  private int nextOfficePosition(UUID organisationId) {
    return offices.findByOrganisationIdOrderByPosition(organisationId).stream()
            .mapToInt(Office::position)
            .max()
            .orElse(-1)
        + 1;
  }

  private int nextHelplinePosition(UUID organisationId) {
    return helplines.findByOrganisationIdOrderByPosition(organisationId).stream()
            .mapToInt(Helpline::position)
            .max()
            .orElse(-1)
        + 1;
  }

  private String organisationName(UUID organisationId) {
    return organisations.find(organisationId).map(OrganisationView::name).orElse("?");
  }
}
