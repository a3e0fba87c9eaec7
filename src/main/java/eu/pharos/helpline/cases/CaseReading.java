package eu.pharos.helpline.cases;

import eu.pharos.audit.AuditLog;
import eu.pharos.audit.AuditRecord;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseSummary;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.Victims;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.tenancy.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reading cases: one case, the organisation's list (in plain SQL, naming the organisation) and a
 * victim's cases. Every case shown is an audited read.
 */
@Component
class CaseReading {

  private static final int AUDITED_IDS_PER_RECORD = 25;

  private final CaseRepository cases;
  private final CaseSearch search;
  private final CaseCalendar calendar;
  private final Victims victims;
  private final AuditLog audit;
  private final CaseWork work;
  private final CaseViews views;

  CaseReading(
      CaseRepository cases,
      CaseSearch search,
      CaseCalendar calendar,
      Victims victims,
      AuditLog audit,
      CaseWork work,
      CaseViews views) {
    this.cases = cases;
    this.search = search;
    this.calendar = calendar;
    this.victims = victims;
    this.audit = audit;
    this.work = work;
    this.views = views;
  }

  CaseView get(UUID id) {
    CaseRecord record = work.find(id);
    audit.record(AuditRecord.access(CaseService.AUDIT_TYPE, id));
    return views.view(record);
  }

  CaseList list(CaseQuery query) {
    // The victims found by the text, the victims named and the cases listed: one audit commit.
    try (var gathering = audit.gather()) {
      return listAudited(query);
    }
  }

  private CaseList listAudited(CaseQuery query) {
    List<Problem> problems = new ArrayList<>();
    if (query.page() < 0) {
      problems.add(Problem.of("page", "helpline.cases.error.page"));
    }
    if (query.size() < 1 || query.size() > 100) {
      problems.add(Problem.of("size", "helpline.cases.error.size", 1, 100));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID organisation = TenantContext.current();
    String text = CaseRules.blankToNull(query.text());
    String reference = null;
    Set<UUID> victimIds = new LinkedHashSet<>();
    // Victims the text found, already read (and audited) by the search: not read again to name
    // them.
    Map<UUID, VictimSummary> found = new HashMap<>();
    if (text != null) {
      if (text.length() > 200) {
        throw InvalidInput.of("text", "helpline.cases.error.too-long", 200);
      }
      reference = CaseSearch.normalisedReference(text);
      if (reference != null) {
        victimIds.addAll(search.victimsWithReference(organisation, reference));
      } else {
        for (VictimSummary victim : victims.find(text)) {
          victimIds.add(victim.id());
          found.put(victim.id(), victim);
        }
      }
    }
    CaseSearch.Page page = search.search(organisation, query, reference, victimIds, text != null);
    List<CaseSearch.Row> rows = page.rows();
    Map<UUID, VictimSummary> named = new HashMap<>(found);
    named.putAll(
        views.victimSummaries(
            rows.stream()
                .map(CaseSearch.Row::victimId)
                .filter(id -> id != null && !found.containsKey(id))
                .toList()));
    Map<UUID, LocalDate> nextDue =
        search.nextDue(
            organisation, rows.stream().map(CaseSearch.Row::id).toList(), calendar.zone());
    List<CaseSummary> items =
        rows.stream()
            .map(
                row ->
                    new CaseSummary(
                        row.id(),
                        row.reference(),
                        row.victimId() == null ? null : named.get(row.victimId()),
                        row.status(),
                        row.crimeType(),
                        row.crossBorder(),
                        row.leadAdvisorId(),
                        row.openedAt(),
                        row.closedAt(),
                        row.lastActivityAt(),
                        nextDue.get(row.id())))
            .toList();
    auditList(items.stream().map(CaseSummary::id).toList());
    return new CaseList(items, page.total(), query.page(), query.size());
  }

  List<CaseSummary> ofVictim(UUID victimId) {
    try (var gathering = audit.gather()) {
      return ofVictimAudited(victimId);
    }
  }

  private List<CaseSummary> ofVictimAudited(UUID victimId) {
    List<CaseRecord> found = cases.findByVictimIdOrderByOpenedAtDesc(victimId);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, VictimSummary> named = views.victimSummaries(List.of(victimId));
    Map<UUID, LocalDate> nextDue =
        search.nextDue(
            TenantContext.current(), found.stream().map(CaseRecord::id).toList(), calendar.zone());
    List<CaseSummary> summaries =
        found.stream()
            .map(c -> CaseViews.summary(c, named.get(victimId), nextDue.get(c.id())))
            .toList();
    auditList(summaries.stream().map(CaseSummary::id).toList());
    return summaries;
  }

  /** A list is one read per batch of cases shown, naming them by id. */
  private void auditList(List<UUID> ids) {
    for (int from = 0; from < ids.size(); from += AUDITED_IDS_PER_RECORD) {
      List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + AUDITED_IDS_PER_RECORD));
      audit.record(
          AuditRecord.access(CaseService.AUDIT_TYPE, "list")
              .detail(batch.stream().map(UUID::toString).collect(Collectors.joining(" "))));
    }
  }
}
