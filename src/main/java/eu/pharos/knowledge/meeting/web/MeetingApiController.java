package eu.pharos.knowledge.meeting.web;

import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.meeting.AttendanceMode;
import eu.pharos.knowledge.meeting.MeetingDetails;
import eu.pharos.knowledge.meeting.MeetingKind;
import eu.pharos.knowledge.meeting.MeetingView;
import eu.pharos.knowledge.meeting.Meetings;
import eu.pharos.knowledge.meeting.Meetings.MeetingListing;
import eu.pharos.knowledge.meeting.NewAction;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
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
 * A centre's meetings for API clients, with the rules of the pages: a meeting the caller may not
 * see is 404, bad input a 400 {@code validation-failed} problem naming each field, a change from a
 * stale version a 409 {@code concurrent-change}.
 */
@Tag(name = "Centres of Excellence: meetings")
@ApiController
@RequestMapping("/api/v1/centres/{slug}/meetings")
class MeetingApiController {

  private final Meetings meetings;
  private final CentreAccess access;

  MeetingApiController(Meetings meetings, CentreAccess access) {
    this.meetings = meetings;
    this.access = access;
  }

  /** A meeting as a client writes it; times are ISO 8601 instants with an offset. */
  record MeetingRequest(
      MeetingKind kind,
      String title,
      String description,
      Instant startsAt,
      Instant endsAt,
      String place,
      String address,
      String city,
      String onlineLink,
      UUID hostOrganisationId,
      Visibility visibility,
      Long version) {

    MeetingDetails details() {
      return new MeetingDetails(
          kind,
          title,
          description,
          startsAt,
          endsAt,
          place,
          address,
          city,
          onlineLink,
          hostOrganisationId,
          visibility);
    }
  }

  record RegistrationRequest(AttendanceMode mode) {}

  record MinutesRequest(
      String minutes,
      Boolean makeFinal,
      Long version,
      List<String> decisions,
      List<NewAction> actions) {}

  @Operation(summary = "The centre's meetings the caller may see: upcoming and past")
  @GetMapping
  MeetingListing list(@PathVariable String slug) {
    return meetings.list(access.read(slug));
  }

  @Operation(summary = "Plan a meeting or workshop (members of the centre)")
  @PostMapping
  ResponseEntity<MeetingView> create(
      @PathVariable String slug, @RequestBody MeetingRequest request) {
    MeetingView created = meetings.create(slug, request.details());
    return ResponseEntity.created(
            URI.create("/api/v1/centres/" + slug + "/meetings/" + created.id()))
        .body(created);
  }

  @Operation(summary = "One meeting: agenda, participants, workgroups, minutes, decisions, actions")
  @GetMapping("/{id}")
  MeetingView detail(@PathVariable String slug, @PathVariable UUID id) {
    return meetings.view(slug, id);
  }

  @Operation(summary = "Change a meeting as of its version (its organiser or a moderator)")
  @PutMapping("/{id}")
  MeetingView change(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody MeetingRequest request) {
    return meetings.change(
        slug, id, request.details(), request.version() == null ? -1 : request.version());
  }

  @Operation(summary = "Register the caller for the meeting, in person or online")
  @PostMapping("/{id}/registration")
  MeetingView register(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody RegistrationRequest request) {
    return meetings.register(slug, id, request.mode());
  }

  @Operation(
      summary = "Write the minutes as of the meeting's version, with new decisions and actions",
      description =
          "Only after the meeting started, by its organiser or a moderator, and not once final."
              + " Decisions are numbered in order; an action's owner is a person of the centre"
              + " (ownerUserId, told of it) or a name (ownerName).")
  @PutMapping("/{id}/minutes")
  MeetingView minutes(
      @PathVariable String slug, @PathVariable UUID id, @RequestBody MinutesRequest request) {
    return meetings.recordMinutes(
        slug,
        id,
        request.minutes(),
        Boolean.TRUE.equals(request.makeFinal()),
        request.version() == null ? -1 : request.version(),
        request.decisions() == null ? List.of() : request.decisions(),
        request.actions() == null ? List.of() : request.actions());
  }
}
