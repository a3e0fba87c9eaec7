package eu.pharos.knowledge.practice;

import java.util.Collection;

/** How many organisations asked to adopt a practice, and where they stand. */
public record AdoptionCounts(
    long asked, long planned, long inProgress, long adopted, long abandoned) {

  static final AdoptionCounts NONE = new AdoptionCounts(0, 0, 0, 0, 0);

  static AdoptionCounts of(Collection<AdoptionStatus> statuses) {
    long planned = statuses.stream().filter(s -> s == AdoptionStatus.PLANNED).count();
    long inProgress = statuses.stream().filter(s -> s == AdoptionStatus.IN_PROGRESS).count();
    long adopted = statuses.stream().filter(s -> s == AdoptionStatus.ADOPTED).count();
    long abandoned = statuses.stream().filter(s -> s == AdoptionStatus.ABANDONED).count();
    return new AdoptionCounts(statuses.size(), planned, inProgress, adopted, abandoned);
  }
}
