package eu.pharos.referral.web.api;

import eu.pharos.helpline.ConsentMethod;
import eu.pharos.referral.NewReferral;
import eu.pharos.referral.ReferralList;
import eu.pharos.referral.ReferralQuery;
import eu.pharos.referral.ReferralSide;
import eu.pharos.referral.ReferralStatus;
import eu.pharos.referral.ReferralView;
import eu.pharos.referral.Referrals;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Referrals sent or received by the caller's organisation, for members' own case systems, with the
 * rules of the pages: a referral the organisation is not part of is 404, reading a package is
 * audited, bad input is a 400 {@code validation-failed} problem naming each field, a change from a
 * stale version a 409 {@code concurrent-change} with the current referral. Status changes reach the
 * organisation's webhooks (see {@code /api/v1/referral-webhooks}).
 */
@Tag(name = "Referrals", description = "Referrals sent and received by the caller's organisation")
@ApiController("referralApiController")
@RequestMapping("/api/v1/referrals")
@PreAuthorize("hasAnyRole('ADVISOR', 'SUPERVISOR')")
class ReferralApiController {

  private final Referrals referrals;

  ReferralApiController(Referrals referrals) {
    this.referrals = referrals;
  }

  @Operation(
      summary = "Send a referral with the victim's consent and the data package",
      description =
          "From a member's own case system give pkg, holding only items of consent.items; to the"
              + " caller's own organisation, without consent, or with a package item outside the"
              + " consent it is a 400 problem naming the field.")
  @PostMapping
  ResponseEntity<ReferralView> send(@RequestBody NewReferral referral) {
    ReferralView sent = referrals.send(referral);
    return ResponseEntity.created(URI.create("/api/v1/referrals/" + sent.id())).body(sent);
  }

  @Operation(summary = "The inbox (received) or outbox (sent), newest first; no personal data")
  @GetMapping
  ReferralList list(
      @Parameter(description = "inbox (default) or outbox") @RequestParam(defaultValue = "inbox")
          String box,
      @Parameter(description = "Only these statuses; repeat for several")
          @RequestParam(required = false)
          Set<ReferralStatus> status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return referrals.list(new ReferralQuery(side(box), status, page, size));
  }

  @Operation(
      summary = "A referral as the caller's side sees it (reading the package is audited)",
      description = "The receiving side's first read moves it from SENT to RECEIVED.")
  @GetMapping("/{id}")
  ReferralView get(@PathVariable UUID id) {
    return referrals.get(id);
  }

  @Operation(summary = "Accept (receiver): a case opens, led by advisorId, holding the package")
  @PostMapping("/{id}/accept")
  ReferralView accept(@PathVariable UUID id, @RequestBody AcceptRequest request) {
    return referrals.accept(id, request.advisorId(), version(request.version()));
  }

  @Operation(summary = "Decline (receiver) with a reason; the referral returns to the sender")
  @PostMapping("/{id}/decline")
  ReferralView decline(@PathVariable UUID id, @RequestBody ReasonRequest request) {
    return referrals.decline(id, request.reason(), version(request.version()));
  }

  @Operation(summary = "Record that the receiver reached the victim")
  @PostMapping("/{id}/first-contact")
  ReferralView firstContact(@PathVariable UUID id, @RequestBody VersionRequest request) {
    return referrals.recordFirstContact(id, version(request.version()));
  }

  @Operation(summary = "Close (receiver), with optional feedback to the sender")
  @PostMapping("/{id}/close")
  ReferralView close(@PathVariable UUID id, @RequestBody CloseRequest request) {
    return referrals.close(id, request.feedback(), version(request.version()));
  }

  @Operation(summary = "Withdraw (sender) a referral not yet accepted, with a reason")
  @PostMapping("/{id}/withdraw")
  ReferralView withdraw(@PathVariable UUID id, @RequestBody ReasonRequest request) {
    return referrals.withdraw(id, request.reason(), version(request.version()));
  }

  @Operation(
      summary = "Record that the victim withdrew consent (either side)",
      description =
          "Erases the package and the data it brought to the receiving case; a referral not yet"
              + " accepted is withdrawn.")
  @PostMapping("/{id}/consent-withdrawal")
  ReferralView withdrawConsent(
      @PathVariable UUID id, @RequestBody ConsentWithdrawalRequest request) {
    if (request.method() == null) {
      throw InvalidInput.of("method", "referral.api.error.method.required");
    }
    return referrals.withdrawConsent(id, request.method());
  }

  private static ReferralSide side(String box) {
    return switch (box == null ? "" : box.strip().toLowerCase(Locale.ROOT)) {
      case "inbox" -> ReferralSide.RECEIVER;
      case "outbox" -> ReferralSide.SENDER;
      default -> throw InvalidInput.of("box", "referral.api.error.box");
    };
  }

  private static long version(Long version) {
    if (version == null) {
      throw InvalidInput.of("version", "referral.api.error.version.required");
    }
    return version;
  }

  /**
   * @param advisorId the receiving advisor who leads the case that opens
   * @param version the referral's version the change starts from
   */
  record AcceptRequest(UUID advisorId, Long version) {}

  /**
   * @param version the referral's version the change starts from
   */
  record ReasonRequest(String reason, Long version) {}

  /**
   * @param version the referral's version the change starts from
   */
  record VersionRequest(Long version) {}

  /**
   * @param feedback what the receiver tells the sender; optional
   * @param version the referral's version the change starts from
   */
  record CloseRequest(String feedback, Long version) {}

  record ConsentWithdrawalRequest(ConsentMethod method) {}
}
