package eu.pharos.knowledge.guideline.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.guideline.GuidelineDetails;
import eu.pharos.knowledge.guideline.GuidelineKind;
import eu.pharos.knowledge.guideline.GuidelineLocked;
import eu.pharos.knowledge.guideline.GuidelineSummary;
import eu.pharos.knowledge.guideline.GuidelineView;
import eu.pharos.knowledge.guideline.Guidelines;
import eu.pharos.knowledge.guideline.SectionInput;
import eu.pharos.knowledge.guideline.VersionEntry;
import eu.pharos.knowledge.guideline.VersionView;
import eu.pharos.shared.web.ApiController;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The JSON API of a centre's guidelines: the list and one guideline with its sections for whoever
 * may read them; drafting, review, adoption and publication for members and moderators. A change
 * sent with a version someone changed since is answered 409 with the saved guideline; a change to
 * an adopted guideline is answered 409 {@code guideline-adopted}, saying how to change it.
 */
@ApiController
@RequestMapping("/api/v1/centres/{slug}/guidelines")
class GuidelineApiController {

  private final Guidelines guidelines;
  private final MessageSource messages;

  GuidelineApiController(Guidelines guidelines, MessageSource messages) {
    this.guidelines = guidelines;
    this.messages = messages;
  }

  /** A section as sent: with the id of a section it keeps, or none for a new one. */
  record SectionBody(UUID id, String heading, String text) {}

  /** A draft as sent, whole: its details and its sections in order. */
  record DraftBody(
      GuidelineKind kind,
      String title,
      String summary,
      String language,
      List<SectionBody> sections,
      Long version) {

    GuidelineDetails details() {
      return new GuidelineDetails(kind, title, summary, language);
    }

    List<SectionInput> sectionInputs() {
      return sections == null
          ? List.of()
          : sections.stream()
              .map(s -> s == null ? null : new SectionInput(s.id(), s.heading(), s.text()))
              .toList();
    }
  }

  record ReviewBody(LocalDate reviewEndsOn, Long version) {}

  record AdoptBody(boolean closeEarly, Long version) {}

  record PublishBody(Visibility visibility, Long version) {}

  @GetMapping
  List<GuidelineSummary> list(@PathVariable String slug) {
    return guidelines.list(slug);
  }

  @GetMapping("/{id}")
  GuidelineView detail(@PathVariable String slug, @PathVariable UUID id) {
    return guidelines.find(slug, id);
  }

  @GetMapping("/{id}/versions")
  List<VersionEntry> history(@PathVariable String slug, @PathVariable UUID id) {
    return guidelines.history(slug, id);
  }

  @GetMapping("/{id}/versions/{number}")
  VersionView version(@PathVariable String slug, @PathVariable UUID id, @PathVariable int number) {
    return guidelines.version(slug, id, number);
  }

  @PostMapping
  ResponseEntity<GuidelineView> create(@PathVariable String slug, @RequestBody DraftBody body) {
    GuidelineView created = guidelines.create(slug, body.details(), body.sectionInputs());
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/guidelines/" + created.id()))
        .body(created);
  }

  @PutMapping("/{id}")
  GuidelineView update(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody DraftBody body) {
    return guidelines.replace(
        slug, id, version(body.version()), body.details(), body.sectionInputs());
  }

  @PostMapping("/{id}/review")
  GuidelineView submit(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody ReviewBody body) {
    return guidelines.submit(slug, id, version(body.version()), body.reviewEndsOn());
  }

  @PostMapping("/{id}/adopt")
  GuidelineView adopt(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody AdoptBody body) {
    return guidelines.adopt(slug, id, version(body.version()), body.closeEarly());
  }

  @PostMapping("/{id}/publish")
  GuidelineView publish(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody PublishBody body) {
    return guidelines.publish(slug, id, version(body.version()), body.visibility());
  }

  @PostMapping("/{id}/new-version")
  ResponseEntity<GuidelineView> startNewVersion(@PathVariable String slug, @PathVariable UUID id) {
    GuidelineView draft = guidelines.startNewVersion(slug, id);
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/guidelines/" + draft.id()))
        .body(draft);
  }

  /** An adopted guideline is final: 409, with the message saying when and what to do. */
  @ExceptionHandler(GuidelineLocked.class)
  ResponseEntity<ProblemDetail> locked(GuidelineLocked locked) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setType(URI.create("urn:pharos:problem:guideline-adopted"));
    var first = locked.problems().get(0);
    problem.setTitle(
        messages.getMessage(
            "knowledge.guideline.api.adopted.title",
            null,
            "Adopted",
            LocaleContextHolder.getLocale()));
    problem.setDetail(
        messages.getMessage(
            first.messageKey(),
            first.arguments().toArray(),
            first.messageKey(),
            LocaleContextHolder.getLocale()));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  private static long version(Long version) {
    return version == null ? -1 : version;
  }
}
