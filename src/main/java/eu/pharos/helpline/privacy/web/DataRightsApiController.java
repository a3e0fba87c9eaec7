package eu.pharos.helpline.privacy.web;

import eu.pharos.helpline.VictimDataRights;
import eu.pharos.helpline.VictimView;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A victim's rights over their data: the export (advisors and supervisors), legal holds and erasure
 * (supervisors and organisation admins). Answers about holds and erasure name the victim by id and
 * reference only.
 */
@Tag(
    name = "Victims' data rights",
    description = "Export, legal hold and erasure of a victim's data")
@ApiController
@RequestMapping("/api/v1/victims/{id}")
class DataRightsApiController {

  private final VictimDataRights rights;

  DataRightsApiController(VictimDataRights rights) {
    this.rights = rights;
  }

  @Operation(summary = "Everything held on the victim, as JSON (a download, never cached)")
  @GetMapping("/export")
  ResponseEntity<byte[]> exportJson(@PathVariable UUID id) {
    byte[] json = rights.exportJson(id);
    return Downloads.of(json, Downloads.JSON, id.toString(), "json");
  }

  @Operation(summary = "Everything held on the victim, as a readable PDF in the caller's language")
  @GetMapping("/export.pdf")
  ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
    byte[] pdf = rights.exportPdf(id, locale);
    return Downloads.of(pdf, Downloads.PDF, id.toString(), "pdf");
  }

  @Operation(summary = "Set (or change the reason of) a legal hold, which blocks erasure")
  @PutMapping("/legal-hold")
  DataRightsStatus setLegalHold(@PathVariable UUID id, @RequestBody ReasonRequest request) {
    return DataRightsStatus.of(rights.setLegalHold(id, request == null ? null : request.reason()));
  }

  @Operation(summary = "Clear the legal hold")
  @DeleteMapping("/legal-hold")
  DataRightsStatus clearLegalHold(@PathVariable UUID id) {
    return DataRightsStatus.of(rights.clearLegalHold(id));
  }

  @Operation(
      summary = "Erase the victim's personal data and every free text of their cases and contacts",
      description = "Refused while a legal hold is set (the problem names its reason).")
  @PostMapping("/erasure")
  DataRightsStatus erase(@PathVariable UUID id, @RequestBody ReasonRequest request) {
    return DataRightsStatus.of(rights.erase(id, request == null ? null : request.reason()));
  }

  /**
   * @param reason why: the court order, the claim, the victim's request
   */
  record ReasonRequest(String reason) {}

  record DataRightsStatus(
      UUID id, String reference, String legalHoldReason, boolean erased, long version) {
    static DataRightsStatus of(VictimView v) {
      return new DataRightsStatus(
          v.id(), v.reference(), v.legalHoldReason(), v.erased(), v.version());
    }
  }
}
