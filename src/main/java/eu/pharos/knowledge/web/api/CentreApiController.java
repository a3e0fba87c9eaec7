package eu.pharos.knowledge.web.api;

import eu.pharos.knowledge.centre.ActivityView;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreDetails;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.CentreView;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.JoinPolicy;
import eu.pharos.knowledge.centre.MemberView;
import eu.pharos.knowledge.centre.Standing;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Centres of Excellence for API clients, with the rules of the pages: an unknown centre is 404, bad
 * input a 400 {@code validation-failed} problem naming each field, a change from a stale version a
 * 409, what the caller may not do a 403.
 */
@Tag(name = "Centres of Excellence")
@ApiController("knowledgeCentreApiController")
@RequestMapping("/api/v1/centres")
class CentreApiController {

  private final Centres centres;
  private final CentreAccess access;
  private final CentreActivity activity;

  CentreApiController(Centres centres, CentreAccess access, CentreActivity activity) {
    this.centres = centres;
    this.access = access;
    this.activity = activity;
  }

  /** A centre with how the caller stands to it. */
  record CentreAnswer(CentreView centre, Standing standing) {}

  record CentreRequest(
      String name,
      String topic,
      String purpose,
      List<String> languages,
      UUID leadOrganisationId,
      JoinPolicy joinPolicy,
      Long version) {

    CentreDetails details() {
      return new CentreDetails(name, topic, purpose, languages, leadOrganisationId, joinPolicy);
    }
  }

  record JoinRequest(String note, Boolean wholeOrganisation) {}

  @Operation(summary = "Every centre, with the caller's standing and its number of members")
  @GetMapping
  List<Centres.CentreListing> list() {
    return centres.list();
  }

  @Operation(summary = "Open a centre (the secretariat)")
  @PostMapping
  ResponseEntity<CentreAnswer> open(@RequestBody CentreRequest request) {
    CentreView opened = centres.open(request.details());
    return ResponseEntity.created(URI.create("/api/v1/centres/" + opened.slug()))
        .body(new CentreAnswer(opened, access.standingIn(opened.id())));
  }

  @Operation(summary = "A centre by its short name or id")
  @GetMapping("/{key}")
  CentreAnswer centre(@PathVariable String key) {
    CentreRef centre = access.read(key);
    return new CentreAnswer(centres.view(centre), centre.standing());
  }

  @Operation(summary = "Change a centre's description (its moderators or the secretariat)")
  @PutMapping("/{key}")
  CentreAnswer change(@PathVariable String key, @RequestBody CentreRequest request) {
    CentreView changed =
        centres.change(key, request.details(), request.version() == null ? -1 : request.version());
    return new CentreAnswer(changed, access.standingIn(changed.id()));
  }

  @Operation(summary = "What is new in a centre, as the caller may see it")
  @GetMapping("/{key}/activity")
  List<ActivityView> activity(@PathVariable String key) {
    return activity.latest(access.read(key), 50);
  }

  @Operation(
      summary = "A centre's members",
      description = "Requests and invitations only for its moderators; empty for visitors.")
  @GetMapping("/{key}/members")
  List<MemberView> members(@PathVariable String key) {
    return centres.members(access.read(key));
  }

  @Operation(
      summary = "Join a centre, or ask to",
      description =
          "In person, or with the whole organisation for an organisation admin. An open centre"
              + " answers with an active membership, one on request with a request.")
  @PostMapping("/{key}/members")
  ResponseEntity<MemberView> join(
      @PathVariable String key, @RequestBody(required = false) JoinRequest request) {
    String note = request == null ? null : request.note();
    MemberView joined =
        request != null && Boolean.TRUE.equals(request.wholeOrganisation())
            ? centres.joinOrganisation(key, note)
            : centres.join(key, note);
    return ResponseEntity.status(201).body(joined);
  }
}
