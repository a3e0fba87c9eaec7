package eu.pharos.helpline.victim.web;

import eu.pharos.helpline.ConsentKind;
import eu.pharos.helpline.ConsentMethod;
import eu.pharos.helpline.ConsentView;
import eu.pharos.helpline.NewConsent;
import eu.pharos.helpline.VictimDetails;
import eu.pharos.helpline.VictimSummary;
import eu.pharos.helpline.VictimView;
import eu.pharos.helpline.Victims;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Victims of the caller's organisation and their consents, for advisors and supervisors. A victim
 * of another organisation is a 404; every read is audited. Searching is a POST so that a name or a
 * number never appears in an address or an access log.
 */
@Tag(
    name = "Victims",
    description =
        "Victims supported by the caller's organisation and their consents; advisors and"
            + " supervisors only, every read audited")
@ApiController
@RequestMapping("/api/v1/victims")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class VictimsApiController {

  private final Victims victims;

  VictimsApiController(Victims victims) {
    this.victims = victims;
  }

  @Operation(
      summary = "Register a victim",
      description =
          "Every field may be left out: a person may stay unnamed. Name, phone, e-mail, address and"
              + " date of birth are stored encrypted. A birth date in the future, an unknown"
              + " country or language code, a malformed e-mail or phone number are refused with a"
              + " 400 problem.")
  @ApiResponse(responseCode = "201", description = "Registered; Location names the new victim")
  @PostMapping
  ResponseEntity<VictimResource> register(@RequestBody VictimRequest request) {
    VictimView registered = victims.register(request.details());
    return ResponseEntity.created(URI.create("/api/v1/victims/" + registered.id()))
        .body(VictimResource.of(registered));
  }

  @Operation(summary = "A victim; 404 for an unknown one or one of another organisation")
  @GetMapping("/{id}")
  VictimResource get(@PathVariable UUID id) {
    return VictimResource.of(victims.get(id));
  }

  @Operation(
      summary = "Correct a victim's details (right to rectification)",
      description =
          "Replaces every detail. Send the version the correction starts from: when the victim"
              + " changed since, nothing is stored and a 409 problem carries the current version"
              + " as \"current\".")
  @ApiResponse(responseCode = "409", description = "The victim changed since that version")
  @PutMapping("/{id}")
  VictimResource rectify(@PathVariable UUID id, @RequestBody VictimRequest request) {
    if (request.version() == null) {
      throw InvalidInput.of("version", "helpline.victim.error.version-required");
    }
    try {
      return VictimResource.of(victims.rectify(id, request.details(), request.version()));
    } catch (ConcurrentChange stale) {
      throw new ConcurrentChange(
          stale.currentVersion(), VictimResource.of((VictimView) stale.current()));
    }
  }

  @Operation(
      summary = "Find victims by full name or phone number",
      description =
          "Exact matches once case, accents, spacing and phone punctuation are set aside; part of"
              + " a name finds nothing. The query is not stored, logged or audited.")
  @PostMapping("/search")
  List<VictimSummary> search(@RequestBody SearchRequest request) {
    if (request == null || request.query() == null || request.query().isBlank()) {
      throw InvalidInput.of("query", "helpline.victims.search.error.empty");
    }
    return victims.find(request.query());
  }

  @Operation(summary = "Every consent of a victim, newest first, withdrawn ones included")
  @GetMapping("/{id}/consents")
  List<ConsentView> consents(@PathVariable UUID id) {
    return victims.consents(id);
  }

  @Operation(
      summary = "Record a consent",
      description =
          "A consent to share needs the id of a member of the network or the name of another"
              + " service; a consent given in the future is refused with a 400 problem.")
  @PostMapping("/{id}/consents")
  @ResponseStatus(HttpStatus.CREATED)
  ConsentView recordConsent(@PathVariable UUID id, @RequestBody ConsentRequest request) {
    return victims.recordConsent(id, request.consent());
  }

  @Operation(
      summary = "Withdraw a consent",
      description = "A consent already withdrawn is refused with a 400 problem.")
  @PostMapping("/{id}/consents/{consentId}/withdrawal")
  ConsentView withdraw(
      @PathVariable UUID id, @PathVariable UUID consentId, @RequestBody WithdrawalRequest request) {
    if (request == null || request.method() == null) {
      throw InvalidInput.of("method", "helpline.consent.error.withdrawal-method-missing");
    }
    return victims.withdrawConsent(id, consentId, request.method());
  }

  /**
   * @param version for a correction: the version it starts from
   */
  record VictimRequest(
      String fullName,
      @Schema(example = "+351 912 345 678") String phone,
      String email,
      String address,
      LocalDate dateOfBirth,
      @Schema(description = "ISO 639-1 code", example = "pt") String preferredLanguage,
      @Schema(description = "ISO 3166-1 alpha-2 code", example = "PT") String residenceCountry,
      Long version) {

    VictimDetails details() {
      return new VictimDetails(
          fullName, phone, email, address, dateOfBirth, preferredLanguage, residenceCountry);
    }
  }

  record SearchRequest(@Schema(description = "A full name or a phone number") String query) {}

  record ConsentRequest(
      ConsentKind kind,
      UUID sharedWithOrganisationId,
      String sharedWithName,
      String purpose,
      ConsentMethod method,
      Instant givenAt,
      LocalDate validUntil) {

    NewConsent consent() {
      return new NewConsent(
          kind, sharedWithOrganisationId, sharedWithName, purpose, method, givenAt, validUntil);
    }
  }

  record WithdrawalRequest(ConsentMethod method) {}

  /**
   * A victim as the API shows them.
   *
   * @param displayName the name, or the reference for an unnamed or erased victim
   */
  record VictimResource(
      UUID id,
      String reference,
      String displayName,
      String fullName,
      String phone,
      String email,
      String address,
      LocalDate dateOfBirth,
      String preferredLanguage,
      String residenceCountry,
      String legalHoldReason,
      boolean erased,
      Instant createdAt,
      Instant updatedAt,
      long version) {

    static VictimResource of(VictimView victim) {
      VictimDetails details = victim.details();
      return new VictimResource(
          victim.id(),
          victim.reference(),
          victim.displayName(),
          details.fullName(),
          details.phone(),
          details.email(),
          details.address(),
          details.dateOfBirth(),
          details.preferredLanguage(),
          details.residenceCountry(),
          victim.legalHoldReason(),
          victim.erased(),
          victim.createdAt(),
          victim.updatedAt(),
          victim.version());
    }
  }
}
