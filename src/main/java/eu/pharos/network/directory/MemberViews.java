package eu.pharos.network.directory;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import eu.pharos.network.OfficeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds member views from profiles in a fixed number of queries, whatever the number of members:
 * the organisations, the profiles, their offices, their helplines.
 */
@Component
class MemberViews {

  static final Comparator<MemberView> ORDER =
      Comparator.comparing(MemberView::countryCode)
          .thenComparing(MemberView::name, String.CASE_INSENSITIVE_ORDER);

  private final MemberProfileRepository profiles;
  private final OfficeRepository offices;
  private final HelplineRepository helplines;
  private final Organisations organisations;

  MemberViews(
      MemberProfileRepository profiles,
      OfficeRepository offices,
      HelplineRepository helplines,
      Organisations organisations) {
    this.profiles = profiles;
    this.offices = offices;
    this.helplines = helplines;
    this.organisations = organisations;
  }

  /** Members in a status, or all (null), by country and name. */
  @Transactional(readOnly = true)
  List<MemberRecord> records(MemberStatus status) {
    List<MemberProfile> found = status == null ? profiles.findAll() : profiles.findByStatus(status);
    List<UUID> ids = found.stream().map(MemberProfile::organisationId).toList();
    List<Office> officeRows =
        status == null ? offices.findAll() : offices.findByOrganisationIdInOrderByPosition(ids);
    List<Helpline> helplineRows =
        status == null ? helplines.findAll() : helplines.findByOrganisationIdInOrderByPosition(ids);
    return build(found, officeRows, helplineRows);
  }

  @Transactional(readOnly = true)
  MemberRecord record(MemberProfile profile) {
    UUID id = profile.organisationId();
    return build(
            List.of(profile),
            offices.findByOrganisationIdOrderByPosition(id),
            helplines.findByOrganisationIdOrderByPosition(id))
        .get(0);
  }

  private List<MemberRecord> build(
      List<MemberProfile> found, Collection<Office> officeRows, Collection<Helpline> helplineRows) {
    Map<UUID, OrganisationView> orgs =
        organisations.all().stream()
            .collect(Collectors.toMap(OrganisationView::id, Function.identity()));
    Map<UUID, List<Office>> officesBy =
        officeRows.stream()
            .sorted(Comparator.comparingInt(Office::position))
            .collect(Collectors.groupingBy(Office::organisationId));
    Map<UUID, List<Helpline>> helplinesBy =
        helplineRows.stream()
            .sorted(Comparator.comparingInt(Helpline::position))
            .collect(Collectors.groupingBy(Helpline::organisationId));
    List<MemberRecord> records = new ArrayList<>();
    for (MemberProfile profile : found) {
      OrganisationView org = orgs.get(profile.organisationId());
      if (org == null) {
        continue;
      }
      records.add(
          new MemberRecord(
              view(
                  profile,
                  org,
                  officesBy.getOrDefault(profile.organisationId(), List.of()),
                  helplinesBy.getOrDefault(profile.organisationId(), List.of())),
              profile.verifiedBy(),
              profile.verifiedAt()));
    }
    records.sort(Comparator.comparing(MemberRecord::member, ORDER));
    return records;
  }

  private static MemberView view(
      MemberProfile profile, OrganisationView org, List<Office> offices, List<Helpline> helplines) {
    List<OfficeView> officeViews = offices.stream().map(o -> o.view(org.countryCode())).toList();
    List<HelplineView> helplineViews =
        helplines.stream().map(h -> h.view(org.name(), org.countryCode())).toList();
    return new MemberView(
        profile.organisationId(),
        org.name(),
        org.shortName(),
        org.countryCode(),
        profile.membershipType(),
        profile.status(),
        profile.website(),
        profile.email(),
        profile.phone(),
        profile.summary(),
        profile.zone(),
        profile.languages(),
        profile.services(),
        profile.crimeTypes(),
        profile.regions(),
        officeViews,
        profile.hours(),
        profile.holidays(),
        helplineViews,
        profile.chatInPharos(),
        profile.contactVerified(),
        profile.updatedAt());
  }
}
