package eu.pharos.network.directory;

import eu.pharos.network.Directory;
import eu.pharos.network.HelplineView;
import eu.pharos.network.MemberFilter;
import eu.pharos.network.MemberRecord;
import eu.pharos.network.MemberStatus;
import eu.pharos.network.MemberView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The public directory, built whole in memory from the approved members and kept until the
 * directory's revision changes: a handful of queries per change, none per public request.
 */
@Service
class PublicDirectory implements Directory {

  private final MemberViews views;
  private final DirectoryRevision revision;
  private volatile Snapshot snapshot;

  private record Snapshot(long revision, List<MemberView> members, Map<UUID, MemberView> byId) {}

  PublicDirectory(MemberViews views, DirectoryRevision revision) {
    this.views = views;
    this.revision = revision;
  }

  @Override
  public List<MemberView> members(MemberFilter filter) {
    MemberFilter f = filter == null ? MemberFilter.all() : filter;
    return snapshot().members().stream().filter(m -> matches(m, f)).toList();
  }

  @Override
  public Optional<MemberView> member(UUID organisationId) {
    return Optional.ofNullable(snapshot().byId().get(organisationId));
  }

  @Override
  public List<HelplineView> helplines(String countryCode) {
    return snapshot().members().stream()
        .filter(m -> countryCode == null || m.countryCode().equalsIgnoreCase(countryCode.strip()))
        .flatMap(m -> m.helplines().stream())
        .toList();
  }

  @Override
  public Map<String, Long> memberCountByCountry() {
    return snapshot().members().stream()
        .collect(
            Collectors.groupingBy(MemberView::countryCode, TreeMap::new, Collectors.counting()));
  }

  @Override
  public long revision() {
    return revision.current();
  }

  private Snapshot snapshot() {
    long current = revision.current();
    Snapshot held = snapshot;
    if (held == null || held.revision() != current) {
      held = build(current);
      snapshot = held;
    }
    return held;
  }

  private synchronized Snapshot build(long current) {
    Snapshot held = snapshot;
    if (held != null && held.revision() == current) {
      return held;
    }
    List<MemberView> members =
        views.records(MemberStatus.APPROVED).stream().map(MemberRecord::member).toList();
    return new Snapshot(
        current,
        members,
        members.stream()
            .collect(Collectors.toMap(MemberView::organisationId, Function.identity())));
  }

  static boolean matches(MemberView member, MemberFilter filter) {
    if (filter.countryCode() != null
        && !member.countryCode().equalsIgnoreCase(filter.countryCode().strip())) {
      return false;
    }
    if (filter.language() != null && !speaks(member, filter.language())) {
      return false;
    }
    if (filter.service() != null && !member.services().contains(filter.service())) {
      return false;
    }
    if (filter.crimeType() != null && !member.crimeTypes().contains(filter.crimeType())) {
      return false;
    }
    return filter.openAt() == null || openAt(member, filter.openAt());
  }

  private static boolean speaks(MemberView member, String language) {
    String code = language.strip().toLowerCase(Locale.ROOT);
    return member.languages().contains(code)
        || member.helplines().stream().anyMatch(h -> h.languages().contains(code));
  }

  /** The member, or one of its helplines (which answer on public holidays too), is open. */
  static boolean openAt(MemberView member, Instant at) {
    if (member.openStateAt(at).open()) {
      return true;
    }
    return member.helplines().stream()
        .anyMatch(h -> h.hours().stateAt(at, member.timeZone(), Set.of()).open());
  }
}
