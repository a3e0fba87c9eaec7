package eu.pharos.helpline;

import eu.pharos.helpline.ReviewCriterion.Rating;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A closed case drawn for quality review, and the review once done. */
public record QualityReviewView(
    UUID id,
    UUID sampleId,
    UUID caseId,
    String caseReference,
    UUID reviewerId,
    boolean done,
    Map<ReviewCriterion, Rating> ratings,
    String comment,
    Instant drawnAt,
    Instant reviewedAt,
    long version) {}
