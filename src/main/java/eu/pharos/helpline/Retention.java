package eu.pharos.helpline;

import java.util.List;

/**
 * Retention of closed cases. A scheduled job (once per cluster) anonymises every closed case kept
 * longer than its organisation's policy: free text, documents and transcripts go, the victim's
 * personal data too once none of their cases is kept; categories stay for statistics. Cases of a
 * victim under legal hold are skipped and counted.
 */
public interface Retention {

  /** The caller's organisation's policy (the default until changed). */
  RetentionPolicy policy();

  /**
   * @throws eu.pharos.shared.InvalidInput for a period outside 30 to 3650 days
   * @throws eu.pharos.shared.ConcurrentChange when the policy changed since
   */
  RetentionPolicy changePolicy(int closedCaseRetentionDays, long expectedVersion);

  /** Runs retention now for every organisation, as the scheduled job does, and reports. */
  RetentionReport run();

  /** The latest runs, newest first. */
  List<RetentionReport> recentRuns(int limit);
}
