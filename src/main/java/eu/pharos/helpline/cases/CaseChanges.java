package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseWork.me;

import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.platform.PersonalDataCipher;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Changes of an open case itself, its crime details and its team, each from the version the advisor
 * saw. A change that changes nothing is neither on the timeline nor audited.
 */
@Component
class CaseChanges {

  private final TeamRepository teams;
  private final CaseSearch search;
  private final CaseRules rules;
  private final CaseCalendar calendar;
  private final PersonalDataCipher cipher;
  private final EntityManager entityManager;
  private final CaseWork work;
  private final CaseViews views;

  CaseChanges(
      TeamRepository teams,
      CaseSearch search,
      CaseRules rules,
      CaseCalendar calendar,
      PersonalDataCipher cipher,
      EntityManager entityManager,
      CaseWork work,
      CaseViews views) {
    this.teams = teams;
    this.search = search;
    this.rules = rules;
    this.calendar = calendar;
    this.cipher = cipher;
    this.entityManager = entityManager;
    this.work = work;
    this.views = views;
  }

  CaseView changeDetails(UUID id, CrimeDetails crime, long expectedVersion) {
    CaseRecord record = work.find(id);
    work.requireOpen(record);
    work.requireVersion(record, expectedVersion);
    List<Problem> problems = new ArrayList<>();
    CrimeDetails checked = rules.crime(crime, latestCrimeDay(record), calendar.today(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    CrimeDetails before = record.crime(cipher);
    if (before.equals(checked)) {
      return views.view(record);
    }
    Instant now = calendar.now();
    record.changeCrime(checked, now, cipher);
    work.write(id, TimelineKind.DETAILS_CHANGED, null, null, null, me(), now);
    entityManager.flush();
    work.audited("helpline.case.details-changed", id, "fields " + changedFields(before, checked));
    return views.view(record);
  }

  CaseView changeTeam(UUID id, UUID leadAdvisorId, Set<UUID> team, long expectedVersion) {
    CaseRecord record = work.find(id);
    work.requireOpen(record);
    work.requireVersion(record, expectedVersion);
    UUID lead = leadAdvisorId == null ? record.leadAdvisorId() : leadAdvisorId;
    Set<UUID> wanted = new LinkedHashSet<>(team == null ? Set.of() : team);
    wanted.remove(lead);
    List<Problem> problems = new ArrayList<>();
    if (lead == null) {
      problems.add(Problem.of("leadAdvisorId", "helpline.cases.error.lead.required"));
    } else if (!lead.equals(record.leadAdvisorId())) {
      rules.advisors(List.of(lead), "leadAdvisorId", problems);
    }
    List<TeamMember> current = teams.findByCaseId(id);
    Set<UUID> currentIds = current.stream().map(TeamMember::advisorId).collect(Collectors.toSet());
    Set<UUID> added = new LinkedHashSet<>(wanted);
    added.removeAll(currentIds);
    rules.advisors(added, "team", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    boolean leadChanged = !Objects.equals(lead, record.leadAdvisorId());
    if (!leadChanged && added.isEmpty() && wanted.containsAll(currentIds)) {
      return views.view(record);
    }
    Instant now = calendar.now();
    for (TeamMember member : current) {
      if (!wanted.contains(member.advisorId())) {
        teams.delete(member);
      }
    }
    for (UUID advisor : added) {
      entityManager.persist(new TeamMember(id, advisor, now));
    }
    if (leadChanged) {
      record.changeLead(lead, now);
    } else {
      record.teamChanged(now);
    }
    work.write(id, TimelineKind.TEAM_CHANGED, null, null, null, me(), now);
    entityManager.flush();
    work.audited("helpline.case.team-changed", id, "lead " + lead + ", team of " + wanted.size());
    return views.view(record);
  }

  /** The last day the crime may have happened: the case's first contact or opening. */
  private LocalDate latestCrimeDay(CaseRecord record) {
    Instant first = record.openedAt();
    Instant contact = search.firstContact(TenantContext.current(), record.id());
    if (contact != null && contact.isBefore(first)) {
      first = contact;
    }
    return calendar.dayOf(first);
  }

  private static List<String> changedFields(CrimeDetails before, CrimeDetails after) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(before.crimeType(), after.crimeType())) {
      changed.add("crimeType");
    }
    if (!Objects.equals(before.crimeDate(), after.crimeDate())) {
      changed.add("crimeDate");
    }
    if (!Objects.equals(before.place(), after.place())) {
      changed.add("place");
    }
    if (!Objects.equals(before.crimeCountry(), after.crimeCountry())) {
      changed.add("crimeCountry");
    }
    if (!Objects.equals(before.residenceCountry(), after.residenceCountry())) {
      changed.add("residenceCountry");
    }
    if (!Objects.equals(before.summary(), after.summary())) {
      changed.add("summary");
    }
    return changed;
  }
}
