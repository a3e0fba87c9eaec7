package eu.pharos.helpline.cases;

import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.AssessmentStatus;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.platform.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * An individual needs assessment. The answers are categories, stored plain as {@code
 * QUESTION=ANSWER} lines so that statistics can count them; the summary is free text and sealed. A
 * submitted assessment is never changed again.
 */
@Entity
@Table(name = "helpline_assessment")
class Assessment {

  static final String TABLE = "helpline_assessment";

  @Id private UUID id;

  @TenantId
  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AssessmentStatus status;

  private String answers;
  private String protectionMeasures;
  private Boolean specificProtectionNeeds;
  private String summarySealed;
  private String keyId;

  @Column(nullable = false, updatable = false)
  private Instant startedAt;

  @Column(updatable = false)
  private UUID startedBy;

  private Instant submittedAt;
  private UUID submittedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;

  @Version private long version;

  protected Assessment() {}

  Assessment(UUID caseId, UUID by, Instant now) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.status = AssessmentStatus.DRAFT;
    this.startedAt = now;
    this.startedBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void saveDraft(
      Map<AssessmentQuestion, Answer> answers,
      Set<ProtectionMeasure> measures,
      String summary,
      UUID by,
      Instant now,
      PersonalDataCipher cipher) {
    if (status != AssessmentStatus.DRAFT) {
      throw new IllegalStateException("a submitted assessment is never changed");
    }
    this.answers = encodeAnswers(answers);
    this.protectionMeasures =
        measures.isEmpty()
            ? null
            : measures.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    Sealer sealer = new Sealer(cipher, TABLE, id);
    this.summarySealed = sealer.seal("summary_sealed", summary);
    this.keyId = sealer.currentKeyId();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void submit(boolean specificProtectionNeeds, UUID by, Instant now) {
    if (status != AssessmentStatus.DRAFT) {
      throw new IllegalStateException("an assessment is submitted once");
    }
    this.status = AssessmentStatus.SUBMITTED;
    this.specificProtectionNeeds = specificProtectionNeeds;
    this.submittedAt = now;
    this.submittedBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  static String encodeAnswers(Map<AssessmentQuestion, Answer> answers) {
    if (answers.isEmpty()) {
      return null;
    }
    return Arrays.stream(AssessmentQuestion.values())
        .filter(answers::containsKey)
        .map(q -> q.name() + "=" + answers.get(q).name())
        .collect(Collectors.joining("\n"));
  }

  /** Lines of questions or answers that Pharos no longer knows are left out. */
  static Map<AssessmentQuestion, Answer> decodeAnswers(String lines) {
    Map<AssessmentQuestion, Answer> decoded = new EnumMap<>(AssessmentQuestion.class);
    if (lines == null || lines.isBlank()) {
      return decoded;
    }
    for (String line : lines.split("\n")) {
      int equals = line.indexOf('=');
      if (equals < 0) {
        continue;
      }
      try {
        decoded.put(
            AssessmentQuestion.valueOf(line.substring(0, equals).strip()),
            Answer.valueOf(line.substring(equals + 1).strip()));
      } catch (IllegalArgumentException unknown) {
        // A retired question or answer: not shown, kept in the row.
      }
    }
    return decoded;
  }

  Map<AssessmentQuestion, Answer> answers() {
    return decodeAnswers(answers);
  }

  Set<ProtectionMeasure> measures() {
    Set<ProtectionMeasure> measures = EnumSet.noneOf(ProtectionMeasure.class);
    if (protectionMeasures == null || protectionMeasures.isBlank()) {
      return measures;
    }
    for (String name : protectionMeasures.split(",")) {
      try {
        measures.add(ProtectionMeasure.valueOf(name.strip()));
      } catch (IllegalArgumentException unknown) {
        // A retired measure.
      }
    }
    return measures;
  }

  String summary(PersonalDataCipher cipher) {
    return new Sealer(cipher, TABLE, id).open("summary_sealed", summarySealed);
  }

  boolean isDraft() {
    return status == AssessmentStatus.DRAFT;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  AssessmentStatus status() {
    return status;
  }

  Boolean specificProtectionNeeds() {
    return specificProtectionNeeds;
  }

  Instant startedAt() {
    return startedAt;
  }

  UUID startedBy() {
    return startedBy;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  UUID submittedBy() {
    return submittedBy;
  }

  long version() {
    return version;
  }
}
