package eu.pharos.knowledge.practice.web;

import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.practice.PracticeInput;
import eu.pharos.knowledge.practice.PracticeList;
import eu.pharos.knowledge.practice.PracticeView;
import eu.pharos.knowledge.practice.Practices;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import eu.pharos.shared.web.FormValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Good practices of a centre in JSON: what the caller may see (public practices without a sign-in),
 * and sharing and changing them for members. A change starts from a version, given as {@code
 * If-Match} (the {@code ETag} of a read) or as the {@code version} member; a newer save is a 409
 * {@code concurrent-change} problem with the stored practice.
 */
@Tag(name = "Centres: good practices", description = "Good practices of the Centres of Excellence")
@ApiController("knowledgePracticeApiController")
@RequestMapping("/api/v1/centres/{slug}/practices")
class PracticeApiController {

  private final Practices practices;

  PracticeApiController(Practices practices) {
    this.practices = practices;
  }

  /** A practice as a client sends it. */
  record PracticeRequest(
      String title,
      String problem,
      String practice,
      String resources,
      String results,
      String contact,
      String visibility,
      String language,
      Long version) {

    PracticeInput input() {
      return new PracticeInput(
          title,
          problem,
          practice,
          resources,
          results,
          contact,
          FormValues.choice(Visibility.class, visibility),
          language);
    }
  }

  @Operation(summary = "The practices of a centre the caller may see, newest first")
  @GetMapping
  PracticeList list(
      @PathVariable String slug,
      @Parameter(description = "ISO 3166 country code") @RequestParam(required = false)
          String country,
      @Parameter(description = "ISO 639-1 code of a language the practice is available in")
          @RequestParam(required = false)
          String language,
      Locale locale) {
    return practices.list(slug, country, language, locale.getLanguage());
  }

  @Operation(
      summary = "A practice, in the language asked for when it has that version",
      description = "?lang= or else Accept-Language chooses the version; the original otherwise.")
  @GetMapping("/{id}")
  ResponseEntity<PracticeView> get(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestParam(name = "lang", required = false) String lang,
      Locale locale) {
    PracticeView view = practices.get(slug, id, PracticePagesController.wanted(lang, locale));
    return ResponseEntity.ok().eTag(etag(view.version())).body(view);
  }

  @Operation(summary = "Share a practice of the caller's organisation (members of the centre)")
  @PostMapping
  ResponseEntity<PracticeView> create(
      @PathVariable String slug, @RequestBody PracticeRequest request) {
    PracticeView created = practices.create(slug, request.input());
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/practices/" + created.id()))
        .eTag(etag(created.version()))
        .body(created);
  }

  @Operation(
      summary = "Change a practice (its author or a moderator)",
      description =
          "The version to change comes from If-Match or the version member; a newer save is a 409"
              + " concurrent-change problem.")
  @PutMapping("/{id}")
  ResponseEntity<PracticeView> update(
      @PathVariable String slug,
      @PathVariable UUID id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody PracticeRequest request) {
    Long version = fromEtag(ifMatch);
    if (version == null) {
      version = request.version();
    }
    if (version == null) {
      throw InvalidInput.of("version", "knowledge.practice.error.version");
    }
    PracticeView updated = practices.update(slug, id, request.input(), version);
    return ResponseEntity.ok().eTag(etag(updated.version())).body(updated);
  }

  private static String etag(long version) {
    return "\"" + version + "\"";
  }

  private static Long fromEtag(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    if (!value.matches("\\d{1,18}")) {
      throw InvalidInput.of("version", "knowledge.practice.error.version");
    }
    return Long.valueOf(value);
  }
}
