package eu.pharos.helpline;

import eu.pharos.helpline.AssessmentQuestion.Answer;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An individual needs assessment of a case.
 *
 * @param specificProtectionNeeds whether the answers show specific protection needs: the victim is
 *     a child, or a risk indicator, or one of the crimes of Article 22(3) (bias motive, terrorism,
 *     trafficking, sexual violence or exploitation, violence in a close relationship) is answered
 *     yes; null for a draft
 */
public record NeedsAssessmentView(
    UUID id,
    UUID caseId,
    AssessmentStatus status,
    Map<AssessmentQuestion, Answer> answers,
    Set<ProtectionMeasure> measures,
    String summary,
    Boolean specificProtectionNeeds,
    Instant startedAt,
    UUID startedBy,
    Instant submittedAt,
    UUID submittedBy,
    long version) {}
