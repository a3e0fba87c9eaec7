package eu.pharos.helpline.cases;

import static eu.pharos.helpline.cases.CaseWork.me;

import eu.pharos.helpline.CaseClosed;
import eu.pharos.helpline.CaseOpened;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseReopened;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.TimelineKind;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.helpline.internal.References;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A case's life: opened (with its victim, registered if new), closed with its outcome, reopened
 * with a reason. Each step is on the timeline, audited and published as an event.
 */
@Component
class CaseLifecycle {

  private final CaseRules rules;
  private final CaseCalendar calendar;
  private final References references;
  private final Victims victims;
  private final PersonalDataCipher cipher;
  private final ApplicationEventPublisher events;
  private final EntityManager entityManager;
  private final CaseWork work;
  private final CaseViews views;

  CaseLifecycle(
      CaseRules rules,
      CaseCalendar calendar,
      References references,
      Victims victims,
      PersonalDataCipher cipher,
      ApplicationEventPublisher events,
      EntityManager entityManager,
      CaseWork work,
      CaseViews views) {
    this.rules = rules;
    this.calendar = calendar;
    this.references = references;
    this.victims = victims;
    this.cipher = cipher;
    this.events = events;
    this.entityManager = entityManager;
    this.work = work;
    this.views = views;
  }

  CaseView open(NewCase newCase) {
    Objects.requireNonNull(newCase, "newCase");
    UUID me = me();
    Instant now = calendar.now();
    LocalDate today = calendar.today();
    List<Problem> problems = new ArrayList<>();
    CrimeDetails crime = rules.crime(newCase.crime(), today, today, problems);
    UUID lead = newCase.leadAdvisorId() == null ? me : newCase.leadAdvisorId();
    rules.advisors(List.of(lead), "leadAdvisorId", problems);
    Set<UUID> team = new LinkedHashSet<>(newCase.team());
    team.remove(lead);
    rules.advisors(team, "team", problems);

    VictimView victim;
    if (newCase.victimId() != null) {
      victim = victims.get(newCase.victimId());
      if (victim.erased()) {
        problems.add(Problem.of("victimId", "helpline.cases.error.victim.erased"));
      }
    } else if (!problems.isEmpty()) {
      // The victim is registered only with a case to open: first the case's own problems.
      throw new InvalidInput(problems);
    } else {
      VictimDetails details =
          newCase.newVictim() == null ? VictimDetails.unnamed() : newCase.newVictim();
      try {
        victim = victims.register(details);
      } catch (InvalidInput invalid) {
        throw prefixed(invalid, "newVictim.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (crime.residenceCountry() == null && victim.details().residenceCountry() != null) {
      crime =
          new CrimeDetails(
              crime.crimeType(),
              crime.crimeDate(),
              crime.place(),
              crime.crimeCountry(),
              victim.details().residenceCountry().toUpperCase(Locale.ROOT),
              crime.summary());
    }

    UUID id = UUID.randomUUID();
    String reference = references.nextCaseReference();
    CaseRecord record = new CaseRecord(id, reference, victim.id(), lead, crime, me, now, cipher);
    entityManager.persist(record);
    for (UUID advisor : team) {
      entityManager.persist(new TeamMember(id, advisor, now));
    }
    work.write(id, TimelineKind.OPENED, null, null, null, me, now);
    entityManager.flush();
    events.publishEvent(
        new CaseOpened(
            id,
            TenantContext.current(),
            crime.crimeType(),
            crime.crossBorder(),
            record.openedAt()));
    work.audited("helpline.case.opened", id, reference);
    return views.view(record);
  }

  CaseView close(UUID id, CaseOutcome outcome, String closingNote, long expectedVersion) {
    CaseRecord record = work.find(id);
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (!record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.already-closed");
    }
    work.requireVersion(record, expectedVersion);
    List<Problem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(Problem.of("outcome", "helpline.cases.error.outcome.required"));
    }
    String note = rules.text(closingNote, CaseRules.TEXT_MAX, "closingNote", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    UUID me = me();
    record.close(outcome, note, me, now, cipher);
    work.write(id, TimelineKind.CLOSED, note, null, null, me, now);
    entityManager.flush();
    events.publishEvent(
        new CaseClosed(
            id,
            TenantContext.current(),
            record.crimeType(),
            record.crossBorder(),
            outcome,
            record.openedAt(),
            now));
    work.audited("helpline.case.closed", id, "outcome " + outcome);
    return views.view(record);
  }

  CaseView reopen(UUID id, String reason) {
    CaseRecord record = work.find(id);
    if (record.isAnonymised()) {
      throw InvalidInput.of(null, "helpline.cases.error.anonymised");
    }
    if (record.isOpen()) {
      throw InvalidInput.of(null, "helpline.cases.error.reopen.not-closed");
    }
    List<Problem> problems = new ArrayList<>();
    String why =
        rules.required(
            reason,
            CaseRules.REASON_MAX,
            "reason",
            "helpline.cases.error.reason.required",
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = calendar.now();
    record.reopen(now);
    work.write(id, TimelineKind.REOPENED, why, null, null, me(), now);
    entityManager.flush();
    events.publishEvent(new CaseReopened(id, TenantContext.current(), now));
    work.audited("helpline.case.reopened", id, "reopened " + record.reopenedCount() + " times");
    return views.view(record);
  }

  private static InvalidInput prefixed(InvalidInput invalid, String prefix) {
    return new InvalidInput(
        invalid.problems().stream()
            .map(
                p ->
                    new Problem(
                        p.field() == null
                            ? prefix.substring(0, prefix.length() - 1)
                            : prefix + p.field(),
                        p.messageKey(),
                        p.arguments()))
            .toList());
  }
}
