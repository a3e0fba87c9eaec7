package eu.pharos.helpline;

import eu.pharos.helpline.ReviewCriterion.Rating;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a supervisor of the caller's organisation watches over: load, overdue work, quality. */
public interface Supervision {

  /** Every advisor of the organisation with their load, the busiest first. */
  List<CaseloadView> caseloads();

  /** Open plan actions and follow-ups past due, oldest first. */
  List<OverdueItem> overdue();

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

  /** Reviews drawn, undone first, newest draw first. */
  List<QualityReviewView> reviews();

  /**
   * Records a review.
   *
   * @throws eu.pharos.shared.InvalidInput when a criterion is unrated
   * @throws eu.pharos.shared.ConcurrentChange when a colleague reviewed it since
   */
  QualityReviewView submitReview(
      UUID reviewId, Map<ReviewCriterion, Rating> ratings, String comment, long expectedVersion);
}
