package eu.pharos.helpline;

import java.util.List;

/** One page of cases and how many match in all. */
public record CaseList(List<CaseSummary> items, long total, int page, int size) {}
