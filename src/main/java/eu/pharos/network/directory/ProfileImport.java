package eu.pharos.network.directory;

import eu.pharos.identity.NewOrganisation;
import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.HelplineDetails;
import eu.pharos.network.ImportResult;
import eu.pharos.network.InvalidMemberProfile;
import eu.pharos.network.MemberProfileImport;
import eu.pharos.network.OpeningHours;
import eu.pharos.network.OpeningHoursUpdate;
import eu.pharos.network.ProfileProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or replaces many complete profiles in the caller's transaction, all or nothing: every
 * profile is checked before the first one is stored. Imported contact details are unconfirmed.
 */
@Component
class ProfileImport {

  private final MemberProfileRepository profiles;
  private final OfficeRepository offices;
  private final HelplineRepository helplines;
  private final Organisations organisations;
  private final MemberHistory history;
  private final KnownCountries countries;

  ProfileImport(
      MemberProfileRepository profiles,
      OfficeRepository offices,
      HelplineRepository helplines,
      Organisations organisations,
      MemberHistory history,
      KnownCountries countries) {
    this.countries = countries;
    this.profiles = profiles;
    this.offices = offices;
    this.helplines = helplines;
    this.organisations = organisations;
    this.history = history;
  }

  @Transactional
  ImportResult run(List<MemberProfileImport> batch) {
    List<ProfileProblem> problems = check(batch);
    if (!problems.isEmpty()) {
      throw new InvalidMemberProfile(problems);
    }
    int created = 0;
    int updated = 0;
    for (MemberProfileImport row : batch) {
      OrganisationView organisation = organisation(row).orElse(null);
      if (organisation == null) {
        organisation =
            organisations.create(
                new NewOrganisation(
                    row.name().strip(),
                    row.shortName().strip(),
                    OrganisationKind.MEMBER,
                    row.countryCode().strip().toUpperCase(Locale.ROOT)));
      }
      Optional<MemberProfile> existing = profiles.findById(organisation.id());
      Map<String, Object> before = Map.of();
      MemberProfile profile;
      if (existing.isPresent()) {
        profile = existing.get();
        before = stateOf(profile);
        updated++;
      } else {
        profile =
            new MemberProfile(
                organisation.id(),
                row.membershipType(),
                row.details().timeZone().strip(),
                history.now());
        created++;
      }
      apply(profile, row);
      history.recordInBatch(organisation.id(), "profile.imported", before, stateOf(profile));
    }
    history.audit("profile.imported", "created=" + created + ",updated=" + updated);
    history.published(null);
    return new ImportResult(created, updated);
  }

  private void apply(MemberProfile profile, MemberProfileImport row) {
    var now = history.now();
    profile.update(row.details(), now);
    profile.changeMembershipType(row.membershipType(), now);
    profile.setStatus(row.status(), now);
    OpeningHoursUpdate hours =
        row.hours() == null ? new OpeningHoursUpdate(false, List.of(), List.of()) : row.hours();
    profile.setHours(hours.hours(), hours.holidays(), now);
    profile.setChatInPharos(row.chatInPharos(), now);
    profile.markUnverified();
    profiles.saveAndFlush(profile);
    offices.deleteAll(offices.findByOrganisationIdOrderByPosition(profile.organisationId()));
    helplines.deleteAll(helplines.findByOrganisationIdOrderByPosition(profile.organisationId()));
    offices.flush();
    helplines.flush();
    for (int i = 0; i < row.offices().size(); i++) {
      offices.save(new Office(profile.organisationId(), i, row.offices().get(i)));
    }
    for (int i = 0; i < row.helplines().size(); i++) {
      HelplineDetails helpline = row.helplines().get(i);
      OpeningHours helplineHours =
          helpline.alwaysOpen() ? OpeningHours.alwaysOpen() : OpeningHours.of(helpline.periods());
      helplines.save(new Helpline(profile.organisationId(), i, helpline, helplineHours));
    }
    offices.flush();
    helplines.flush();
  }

  private Map<String, Object> stateOf(MemberProfile profile) {
    Map<String, Object> state = new java.util.LinkedHashMap<>(profile.snapshot());
    state.put(
        "offices",
        offices.findByOrganisationIdOrderByPosition(profile.organisationId()).stream()
            .map(Office::label)
            .toList());
    state.put(
        "helplines",
        helplines.findByOrganisationIdOrderByPosition(profile.organisationId()).stream()
            .map(Helpline::label)
            .toList());
    return state;
  }

  private Optional<OrganisationView> organisation(MemberProfileImport row) {
    if (row.organisationId() != null) {
      return organisations.find(row.organisationId());
    }
    return row.shortName() == null
        ? Optional.empty()
        : organisations.findByShortName(row.shortName().strip());
  }

  List<ProfileProblem> check(List<MemberProfileImport> batch) {
    List<ProfileProblem> problems = new ArrayList<>();
    Set<String> shortNames = new HashSet<>();
    for (int i = 0; i < batch.size(); i++) {
      MemberProfileImport row = batch.get(i);
      ProfileChecks checks = new ProfileChecks(i, countries);
      if (row.organisationId() != null && organisations.find(row.organisationId()).isEmpty()) {
        checks.reject("organisationId", "network.error.unknownOrganisation", null);
      }
      if (row.organisationId() == null) {
        if (row.shortName() == null || row.shortName().isBlank()) {
          checks.reject("shortName", "network.error.required", null);
        } else if (!shortNames.add(row.shortName().strip().toLowerCase(Locale.ROOT))) {
          checks.reject("shortName", "network.error.duplicate", row.shortName());
        }
        if (organisation(row).isEmpty()) {
          if (row.name() == null || row.name().isBlank()) {
            checks.reject("name", "network.error.required", null);
          }
          checks.country("countryCode", row.countryCode());
        }
      }
      if (row.membershipType() == null) {
        checks.reject("membershipType", "network.error.required", null);
      }
      if (row.status() == null) {
        checks.reject("status", "network.error.required", null);
      }
      checks.details("details.", row.details());
      checks.hours("hours.", row.hours());
      for (int j = 0; j < row.offices().size(); j++) {
        checks.office("offices[" + j + "].", row.offices().get(j));
      }
      for (int j = 0; j < row.helplines().size(); j++) {
        checks.helpline("helplines[" + j + "].", row.helplines().get(j));
      }
      problems.addAll(checks.problems());
    }
    return problems;
  }
}
