package eu.pharos.helpline.cases.web;

import eu.pharos.helpline.ActionStatus;
import eu.pharos.helpline.AssessmentDraft;
import eu.pharos.helpline.AssessmentQuestion;
import eu.pharos.helpline.AssessmentQuestion.Answer;
import eu.pharos.helpline.CaseList;
import eu.pharos.helpline.CaseOutcome;
import eu.pharos.helpline.CaseQuery;
import eu.pharos.helpline.CaseStatus;
import eu.pharos.helpline.CaseView;
import eu.pharos.helpline.Cases;
import eu.pharos.helpline.CrimeDetails;
import eu.pharos.helpline.FollowUpView;
import eu.pharos.helpline.NeedsAssessmentView;
import eu.pharos.helpline.NewCase;
import eu.pharos.helpline.NewFollowUp;
import eu.pharos.helpline.NewPlanAction;
import eu.pharos.helpline.PlanActionView;
import eu.pharos.helpline.ProtectionMeasure;
import eu.pharos.helpline.TimelineEntryView;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.cases.CaseDocuments;
import eu.pharos.network.CrimeType;
import eu.pharos.platform.FileRejected;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.StaffUser;
import eu.pharos.shared.tenancy.TenantContext;
import eu.pharos.shared.web.ApiController;
import eu.pharos.shared.web.FormValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cases of the caller's organisation for its own integrations, with the rules of the pages: a case
 * of another organisation is 404, every read is audited, bad input is a 400 {@code
 * validation-failed} problem naming each field, a stale change a 409 {@code concurrent-change} with
 * the current case, a refused file 413 or 415.
 */
@Tag(name = "Cases", description = "Case work of the caller's organisation")
@ApiController
@RequestMapping("/api/v1/cases")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class CasesApiController {

  private final Cases cases;
  private final CaseDocuments documents;

  CasesApiController(Cases cases, CaseDocuments documents) {
    this.cases = cases;
    this.documents = documents;
  }

  @Operation(summary = "Cases, newest activity first; the caller's own unless advisor=all")
  @GetMapping
  CaseList list(
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) CrimeType crimeType,
      @Parameter(description = "mine (default), all, or an advisor's id")
          @RequestParam(required = false)
          String advisor,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return cases.list(new CaseQuery(null, status, crimeType, advisorId(advisor), page, size));
  }

  /** A POST, so that a victim's name or phone stays out of addresses and access logs. */
  @Operation(summary = "Search by case or victim reference, or a victim's exact name or phone")
  @PostMapping("/search")
  CaseList search(@RequestBody SearchRequest request) {
    return cases.list(
        new CaseQuery(
            request.text(),
            request.status(),
            request.crimeType(),
            advisorId(request.advisor()),
            request.page() == null ? 0 : request.page(),
            request.size() == null ? 25 : request.size()));
  }

  @Operation(summary = "Open a case, for an existing victim, new details, or an unnamed victim")
  @PostMapping
  ResponseEntity<CaseView> open(@RequestBody OpenRequest request) {
    CaseView opened =
        cases.open(
            new NewCase(
                request.victimId(),
                request.newVictim(),
                request.crime(),
                request.leadAdvisorId(),
                withoutNulls(request.team())));
    return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(opened);
  }

  @Operation(summary = "A case with its plan, follow-ups and timeline (an audited read)")
  @GetMapping("/{id}")
  CaseView get(@PathVariable UUID id) {
    return cases.get(id);
  }

  @Operation(summary = "Change the crime details, from the version read")
  @PutMapping("/{id}/crime")
  CaseView changeCrime(@PathVariable UUID id, @RequestBody CrimeRequest request) {
    return cases.changeDetails(id, request.crime(), version(request.version()));
  }

  @Operation(summary = "Change the lead advisor and the team, from the version read")
  @PutMapping("/{id}/team")
  CaseView changeTeam(@PathVariable UUID id, @RequestBody TeamRequest request) {
    return cases.changeTeam(
        id, request.leadAdvisorId(), withoutNulls(request.team()), version(request.version()));
  }

  @Operation(summary = "Close the case with its outcome, from the version read")
  @PostMapping("/{id}/close")
  CaseView close(@PathVariable UUID id, @RequestBody CloseRequest request) {
    return cases.close(id, request.outcome(), request.closingNote(), version(request.version()));
  }

  @Operation(summary = "Reopen a closed case, with the reason")
  @PostMapping("/{id}/reopen")
  CaseView reopen(@PathVariable UUID id, @RequestBody ReopenRequest request) {
    return cases.reopen(id, request.reason());
  }

  @Operation(summary = "The case's needs assessments, newest first, the draft included")
  @GetMapping("/{id}/assessment")
  List<NeedsAssessmentView> assessments(@PathVariable UUID id) {
    return cases.assessments(id);
  }

  @Operation(summary = "Save the draft assessment (starting one when there is none)")
  @PutMapping("/{id}/assessment")
  NeedsAssessmentView saveAssessment(
      @PathVariable UUID id, @RequestBody AssessmentRequest request) {
    return cases.saveAssessment(id, request.draft());
  }

  @Operation(
      summary =
          "Save and submit the assessment; refused, naming each unanswered question, with"
              + " the answers kept in the draft")
  @PostMapping("/{id}/assessment")
  NeedsAssessmentView submitAssessment(
      @PathVariable UUID id, @RequestBody AssessmentRequest request) {
    return cases.submitAssessment(id, request.draft());
  }

  @Operation(summary = "Add an action to the support plan")
  @PostMapping("/{id}/actions")
  @ResponseStatus(HttpStatus.CREATED)
  PlanActionView addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
    return cases.addAction(
        id, new NewPlanAction(request.description(), request.ownerId(), request.dueOn()));
  }

  @Operation(summary = "Mark a plan action open, done or cancelled")
  @PatchMapping("/{id}/actions/{actionId}")
  PlanActionView patchAction(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody StatusRequest request) {
    return cases.setActionStatus(id, actionId, request.status());
  }

  @Operation(summary = "Mark a plan action open, done or cancelled (for clients without PATCH)")
  @PostMapping("/{id}/actions/{actionId}/status")
  PlanActionView setActionStatus(
      @PathVariable UUID id, @PathVariable UUID actionId, @RequestBody StatusRequest request) {
    return cases.setActionStatus(id, actionId, request.status());
  }

  @Operation(summary = "Schedule a follow-up; its assignee is reminded when it falls due")
  @PostMapping("/{id}/follow-ups")
  @ResponseStatus(HttpStatus.CREATED)
  FollowUpView scheduleFollowUp(@PathVariable UUID id, @RequestBody FollowUpRequest request) {
    return cases.scheduleFollowUp(
        id, new NewFollowUp(request.dueAt(), request.assigneeId(), request.note()));
  }

  @Operation(summary = "Mark a follow-up done")
  @PostMapping("/{id}/follow-ups/{followUpId}/completion")
  FollowUpView completeFollowUp(@PathVariable UUID id, @PathVariable UUID followUpId) {
    return cases.completeFollowUp(id, followUpId);
  }

  @Operation(summary = "Add a note to the timeline")
  @PostMapping("/{id}/notes")
  @ResponseStatus(HttpStatus.CREATED)
  TimelineEntryView addNote(@PathVariable UUID id, @RequestBody NoteRequest request) {
    return cases.addNote(id, request.text());
  }

  @Operation(
      summary = "Attach a document (multipart field \"file\"); its type and size are checked")
  @PostMapping(value = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  TimelineEntryView attachDocument(
      @PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw FileRejected.empty();
    }
    return cases.attachDocument(id, file.getOriginalFilename(), file.getInputStream());
  }

  @Operation(summary = "Download a document of the timeline (an audited read)")
  @GetMapping("/{id}/documents/{entryId}")
  ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable UUID entryId) {
    CaseDocuments.Download download = documents.open(id, entryId);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.size())
        .body(new InputStreamResource(download.content()));
  }

  private static UUID advisorId(String advisor) {
    if (advisor == null || advisor.isBlank() || "mine".equals(advisor.strip())) {
      return TenantContext.currentUser().map(StaffUser::userId).orElseThrow();
    }
    if ("all".equals(advisor.strip())) {
      return null;
    }
    UUID id = FormValues.id(advisor);
    if (id == null) {
      throw InvalidInput.of("advisor", "helpline.cases.error.advisor.filter");
    }
    return id;
  }

  private static <T> Set<T> withoutNulls(Set<T> values) {
    if (values == null) {
      return Set.of();
    }
    Set<T> kept = new java.util.LinkedHashSet<>(values);
    kept.remove(null);
    return kept;
  }

  private static long version(Long version) {
    if (version == null) {
      throw InvalidInput.of("version", "helpline.cases.error.version.required");
    }
    return version;
  }

  /**
   * @param advisor mine (default), all, or an advisor's id
   */
  record SearchRequest(
      String text,
      CaseStatus status,
      CrimeType crimeType,
      String advisor,
      Integer page,
      Integer size) {}

  record OpenRequest(
      UUID victimId,
      VictimDetails newVictim,
      CrimeType crimeType,
      LocalDate crimeDate,
      String place,
      String crimeCountry,
      String residenceCountry,
      String summary,
      UUID leadAdvisorId,
      Set<UUID> team) {

    CrimeDetails crime() {
      return new CrimeDetails(crimeType, crimeDate, place, crimeCountry, residenceCountry, summary);
    }
  }

  /**
   * @param version the case's version the change starts from
   */
  record CrimeRequest(
      CrimeType crimeType,
      LocalDate crimeDate,
      String place,
      String crimeCountry,
      String residenceCountry,
      String summary,
      Long version) {

    CrimeDetails crime() {
      return new CrimeDetails(crimeType, crimeDate, place, crimeCountry, residenceCountry, summary);
    }
  }

  record TeamRequest(UUID leadAdvisorId, Set<UUID> team, Long version) {}

  record CloseRequest(CaseOutcome outcome, String closingNote, Long version) {}

  record ReopenRequest(String reason) {}

  /**
   * @param version the draft's version the change starts from; 0 for a new draft
   */
  record AssessmentRequest(
      Map<AssessmentQuestion, Answer> answers,
      Set<ProtectionMeasure> measures,
      String summary,
      Long version) {

    /** A question answered with null is unanswered. */
    AssessmentDraft draft() {
      Map<AssessmentQuestion, Answer> given = new java.util.EnumMap<>(AssessmentQuestion.class);
      if (answers != null) {
        answers.forEach(
            (question, answer) -> {
              if (question != null && answer != null) {
                given.put(question, answer);
              }
            });
      }
      return new AssessmentDraft(
          given, withoutNulls(measures), summary, version == null ? 0 : version);
    }
  }

  record ActionRequest(String description, UUID ownerId, LocalDate dueOn) {}

  record StatusRequest(ActionStatus status) {}

  record FollowUpRequest(Instant dueAt, UUID assigneeId, String note) {}

  record NoteRequest(String text) {}
}
