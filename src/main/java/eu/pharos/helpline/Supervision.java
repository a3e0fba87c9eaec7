package eu.pharos.helpline;

import eu.pharos.helpline.ReviewCriterion.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a supervisor of the caller's organisation watches over: load, overdue work, quality. */
public interface Supervision {

  /** The most overdue items {@link #overdue()} returns. */
  int OVERDUE_LIMIT = 500;

  /** How many of the unlinked contacts {@link #unlinkedContacts()} lists. */
  int UNLINKED_SHOWN = 10;

  /** The smallest and the largest sample {@link #drawSample} takes. */
  int SAMPLE_MIN = 1;

  int SAMPLE_MAX = 50;

  /** The longest comment a review takes, in characters. */
  int COMMENT_MAX = 4000;

  /** Every advisor of the organisation with their load, the busiest first. */
  List<CaseloadView> caseloads();

  /**
   * Open plan actions (due before today in the organisation's time zone) and open follow-ups (due
   * before now) of open cases, oldest first; at most {@link #OVERDUE_LIMIT}.
   */
  List<OverdueItem> overdue();

  /** How many contacts are not linked to a case, and the latest {@link #UNLINKED_SHOWN} of them. */
  UnlinkedContacts unlinkedContacts();

  /**
   * Draws closed cases at random for quality review; cases already drawn are not drawn again.
   *
   * @param size 1 to 50
   * @param closedFrom first day of closing, inclusive
   * @param closedTo last day of closing, inclusive
   * @throws eu.pharos.shared.InvalidInput for a size out of range or a period that ends before it
   *     starts
   */
  List<QualityReviewView> drawSample(int size, LocalDate closedFrom, LocalDate closedTo);

  /**
   * Reviews drawn, undone first, newest draw first. Comments are left out (null): they are read one
   * review at a time with {@link #review(UUID)}, which is audited.
   */
  List<QualityReviewView> reviews();

  /**
   * One review with its comment; the read is audited.
   *
   * @throws QualityReviewNotFound for an unknown id or a review of another organisation
   */
  QualityReviewView review(UUID reviewId);

  /**
   * Records a review.
   *
   * @param expectedVersion the version the reviewer started from
   * @throws eu.pharos.shared.InvalidInput when a criterion is unrated or the comment too long
   * @throws eu.pharos.shared.ConcurrentChange when a colleague reviewed it since; carries the
   *     review as now stored
   * @throws QualityReviewNotFound for an unknown id or a review of another organisation
   */
  QualityReviewView submitReview(
      UUID reviewId, Map<ReviewCriterion, Rating> ratings, String comment, long expectedVersion);
}
