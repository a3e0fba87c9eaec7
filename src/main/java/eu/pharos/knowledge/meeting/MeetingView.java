package eu.pharos.knowledge.meeting;

import eu.pharos.knowledge.centre.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting with everything its page shows to the caller. The participants and workgroups are empty
 * for a reader who is not signed in.
 *
 * @param mine the caller's own participation, or null
 * @param mayEdit the caller organised the meeting or moderates the centre
 * @param mayRegister the caller is a member of the centre who is not taking part yet
 * @param started the meeting has begun, so minutes may be written
 */
public record MeetingView(
    UUID id,
    UUID centreId,
    String centreSlug,
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
    String hostName,
    Visibility visibility,
    long version,
    List<AgendaItemView> agenda,
    List<ParticipantView> participants,
    List<WorkgroupView> workgroups,
    String minutes,
    boolean minutesFinal,
    Instant minutesAt,
    List<DecisionView> decisions,
    List<ActionView> actions,
    ParticipantView mine,
    boolean mayEdit,
    boolean mayRegister,
    boolean started) {

  public boolean inPerson() {
    return place != null || address != null || city != null;
  }

  public boolean online() {
    return onlineLink != null;
  }

  public List<ParticipantView> attending(AttendanceMode mode) {
    return participants.stream().filter(p -> p.active() && p.mode() == mode).toList();
  }

  public List<ParticipantView> cancelled() {
    return participants.stream().filter(p -> !p.active()).toList();
  }

  public List<ParticipantView> active() {
    return participants.stream().filter(ParticipantView::active).toList();
  }

  public record AgendaItemView(
      UUID id, int position, String title, Instant startsAt, String presenter) {}

  /**
   * @param userId null for a guest from outside the network
   */
  public record ParticipantView(
      UUID id,
      UUID userId,
      String name,
      String organisation,
      AttendanceMode mode,
      ParticipantStatus status,
      long version) {

    public boolean active() {
      return status != ParticipantStatus.CANCELLED;
    }

    public boolean guest() {
      return userId == null;
    }
  }

  public record WorkgroupView(
      UUID id,
      String name,
      String topic,
      String notes,
      List<ParticipantView> members,
      long version) {}

  public record DecisionView(UUID id, int number, String text) {}

  public record ActionView(
      UUID id,
      String text,
      UUID ownerUserId,
      String ownerName,
      LocalDate dueOn,
      ActionStatus status,
      String outcome,
      long version) {

    public boolean done() {
      return status == ActionStatus.DONE;
    }
  }
}
