package eu.pharos.knowledge.meeting;

import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.knowledge.centre.CentreAccess;
import eu.pharos.knowledge.centre.CentreActivity;
import eu.pharos.knowledge.centre.CentreRef;
import eu.pharos.knowledge.centre.Centres;
import eu.pharos.knowledge.centre.Centres.Person;
import eu.pharos.knowledge.centre.Standing;
import eu.pharos.knowledge.centre.Visibility;
import eu.pharos.knowledge.meeting.MeetingView.ActionView;
import eu.pharos.knowledge.meeting.MeetingView.AgendaItemView;
import eu.pharos.knowledge.meeting.MeetingView.DecisionView;
import eu.pharos.knowledge.meeting.MeetingView.ParticipantView;
import eu.pharos.knowledge.meeting.MeetingView.WorkgroupView;
import eu.pharos.knowledge.search.IndexedItem;
import eu.pharos.knowledge.search.KnowledgeIndex;
import eu.pharos.platform.Notifications;
import eu.pharos.shared.ConcurrentChange;
import eu.pharos.shared.InvalidInput;
import eu.pharos.shared.InvalidInput.Problem;
import eu.pharos.shared.StaffUser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and workshops of a centre: members plan them (agenda, place or link, host), invite the
 * centre's people or register themselves, in person or online, and add guests from outside the
 * network; workshops split into workgroups with their own notes. After the meeting its organiser or
 * a moderator writes the minutes with numbered decisions and actions, each with an owner who is
 * told, and marks them final. Who may see a meeting follows its visibility ({@link CentreAccess});
 * its creator and the centre's moderators change it.
 */
@Service
@Transactional
public class Meetings {

  static final int TITLE_MAX = 300;
  static final int TEXT_MAX = 20_000;
  static final int SHORT_MAX = 200;
  static final int LINE_MAX = 2000;
  static final String KIND = "meeting";

  private final MeetingRepository meetings;
  private final MeetingAgendaItemRepository agenda;
  private final MeetingParticipantRepository participants;
  private final MeetingWorkgroupRepository workgroups;
  private final MeetingDecisionRepository decisions;
  private final MeetingActionRepository actions;
  private final CentreAccess access;
  private final Centres centres;
  private final CentreActivity activity;
  private final KnowledgeIndex index;
  private final Organisations organisations;
  private final Notifications notifications;
  private final Clock clock;
  private final ZoneId zone;

  Meetings(
      MeetingRepository meetings,
      MeetingAgendaItemRepository agenda,
      MeetingParticipantRepository participants,
      MeetingWorkgroupRepository workgroups,
      MeetingDecisionRepository decisions,
      MeetingActionRepository actions,
      CentreAccess access,
      Centres centres,
      CentreActivity activity,
      KnowledgeIndex index,
      Organisations organisations,
      Notifications notifications,
      Clock clock,
      @Value("${pharos.network.secretariat-time-zone:Europe/Brussels}") ZoneId zone) {
    this.meetings = meetings;
    this.agenda = agenda;
    this.participants = participants;
    this.workgroups = workgroups;
    this.decisions = decisions;
    this.actions = actions;
    this.access = access;
    this.centres = centres;
    this.activity = activity;
    this.index = index;
    this.organisations = organisations;
    this.notifications = notifications;
    this.clock = clock;
    this.zone = zone;
  }

  /** A centre's meetings the caller may see: those still to come (or going on), and past ones. */
  public record MeetingListing(List<MeetingSummary> upcoming, List<MeetingSummary> past) {}

  @Transactional(readOnly = true)
  public MeetingListing list(CentreRef centre) {
    Instant now = clock.instant();
    Map<UUID, String> hosts = hostNames();
    List<MeetingSummary> visible =
        meetings.findByCentreIdOrderByStartsAtAsc(centre.id()).stream()
            .filter(m -> centre.maySee(m.visibility()))
            .map(m -> summary(centre, m, hosts))
            .toList();
    List<MeetingSummary> upcoming =
        visible.stream().filter(m -> !m.endsAt().isBefore(now)).toList();
    List<MeetingSummary> past =
        visible.stream()
            .filter(m -> m.endsAt().isBefore(now))
            .sorted(Comparator.comparing(MeetingSummary::startsAt).reversed())
            .toList();
    return new MeetingListing(upcoming, past);
  }

  /** The next meetings of a centre the caller may see, soonest first (for the centre's home). */
  @Transactional(readOnly = true)
  public List<MeetingSummary> upcoming(CentreRef centre, int limit) {
    List<Visibility> visible = Arrays.stream(Visibility.values()).filter(centre::maySee).toList();
    Map<UUID, String> hosts = hostNames();
    return meetings
        .findByCentreIdAndVisibilityInAndEndsAtAfterOrderByStartsAtAsc(
            centre.id(), visible, clock.instant(), Limit.of(limit))
        .stream()
        .map(m -> summary(centre, m, hosts))
        .toList();
  }

  /**
   * A meeting as the caller may see it.
   *
   * @throws MeetingNotFound for an unknown meeting or one the caller may not see
   */
  @Transactional(readOnly = true)
  public MeetingView view(String centreKey, UUID meetingId) {
    CentreRef centre = access.read(centreKey);
    return view(centre, visible(centre, meetingId));
  }

  /**
   * A public meeting as anyone reads it without signing in: never its participants or workgroups,
   * whoever asks.
   */
  @Transactional(readOnly = true)
  public MeetingView publicView(String centreKey, UUID meetingId) {
    CentreRef centre = access.read(centreKey);
    CentreRef asPublic =
        new CentreRef(
            centre.id(), centre.slug(), centre.name(), centre.languages(), Standing.PUBLIC);
    return view(asPublic, visible(asPublic, meetingId));
  }

  /** The people of the centre, whom the organiser may invite and actions may name as owners. */
  @Transactional(readOnly = true)
  public List<Person> people(CentreRef centre) {
    return centre.isMember() ? centres.people(centre.id()) : List.of();
  }

  public MeetingView create(String centreKey, MeetingDetails details) {
    CentreRef centre = access.requireMember(centreKey);
    MeetingDetails clean = validate(details);
    Meeting meeting =
        meetings.save(new Meeting(centre.id(), clean, clock.instant(), access.currentUserId()));
    indexMeeting(centre, meeting);
    record(centre, meeting, "created");
    return view(centre, meeting);
  }

  public MeetingView change(
      String centreKey, UUID meetingId, MeetingDetails details, long version) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    requireVersion(centre, meeting, version);
    MeetingDetails clean = validate(details);
    meeting.change(clean, clock.instant(), access.currentUserId());
    meetings.flush();
    indexMeeting(centre, meeting);
    indexMinutes(centre, meeting);
    record(centre, meeting, "changed");
    return view(centre, meeting);
  }

  // --- agenda

  public MeetingView addAgendaItem(
      String centreKey, UUID meetingId, String title, Instant startsAt, String presenter) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<Problem> problems = new ArrayList<>();
    String cleanTitle =
        required(
            title, "title", TITLE_MAX, "knowledge.meeting.error.agenda-title-required", problems);
    String cleanPresenter = optional(presenter, "presenter", SHORT_MAX, problems);
    throwIf(problems);
    int next = agenda.findByMeetingIdOrderByPositionAsc(meetingId).size() + 1;
    agenda.save(new MeetingAgendaItem(meetingId, next, cleanTitle, startsAt, cleanPresenter));
    meeting.touch(clock.instant(), access.currentUserId());
    indexMeeting(centre, meeting);
    record(centre, meeting, "agenda");
    return view(centre, meeting);
  }

  /** Moves an agenda item one place up (towards the start). */
  public MeetingView moveAgendaItemUp(String centreKey, UUID meetingId, UUID itemId) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPositionAsc(meetingId);
    int at = indexOf(items, itemId, MeetingAgendaItem::id);
    if (at > 0) {
      MeetingAgendaItem item = items.get(at);
      MeetingAgendaItem before = items.get(at - 1);
      int position = item.position();
      item.moveTo(before.position());
      before.moveTo(position);
    }
    record(centre, meeting, "agenda");
    return view(centre, meeting);
  }

  public MeetingView removeAgendaItem(String centreKey, UUID meetingId, UUID itemId) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPositionAsc(meetingId);
    MeetingAgendaItem item = items.get(indexOf(items, itemId, MeetingAgendaItem::id));
    agenda.delete(item);
    int position = 1;
    for (MeetingAgendaItem other : items) {
      if (other != item) {
        other.moveTo(position++);
      }
    }
    indexMeeting(centre, meeting);
    record(centre, meeting, "agenda");
    return view(centre, meeting);
  }

  // --- participants

  /** The organiser invites a person of the centre, who is told. */
  public MeetingView invite(String centreKey, UUID meetingId, UUID userId, AttendanceMode mode) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<Problem> problems = new ArrayList<>();
    Person person =
        userId == null
            ? null
            : centres.people(centre.id()).stream()
                .filter(p -> p.userId().equals(userId))
                .findFirst()
                .orElse(null);
    if (person == null) {
      problems.add(Problem.of("userId", "knowledge.meeting.error.not-in-centre"));
    }
    requireMode(mode, problems);
    throwIf(problems);
    attend(meeting, person, mode, ParticipantStatus.INVITED, "userId");
    notifications.notify(
        userId,
        "knowledge.meeting.notification.invited",
        List.of(meeting.title(), centre.name()),
        link(centre, meeting));
    record(centre, meeting, "invited");
    return view(centre, meeting);
  }

  /** A member of the centre registers to take part. */
  public MeetingView register(String centreKey, UUID meetingId, AttendanceMode mode) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = visible(centre, meetingId);
    if (!centre.isMember()) {
      throw new AccessDeniedException("Only members of the centre register for its meetings");
    }
    List<Problem> problems = new ArrayList<>();
    requireMode(mode, problems);
    throwIf(problems);
    StaffUser user = access.currentUser().orElseThrow();
    Person person =
        centres.people(centre.id()).stream()
            .filter(p -> p.userId().equals(user.userId()))
            .findFirst()
            .orElseGet(
                () ->
                    new Person(
                        user.userId(),
                        user.organisationId(),
                        user.displayName(),
                        organisations
                            .find(user.organisationId())
                            .map(OrganisationView::name)
                            .orElse(null)));
    attend(meeting, person, mode, ParticipantStatus.REGISTERED, "mode");
    record(centre, meeting, "registered");
    return view(centre, meeting);
  }

  /** The organiser adds someone from outside the network by name. */
  public MeetingView addGuest(
      String centreKey, UUID meetingId, String name, String organisation, AttendanceMode mode) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<Problem> problems = new ArrayList<>();
    String cleanName =
        required(name, "name", SHORT_MAX, "knowledge.meeting.error.guest-name-required", problems);
    String cleanOrganisation = optional(organisation, "organisation", SHORT_MAX, problems);
    requireMode(mode, problems);
    throwIf(problems);
    boolean twice =
        participants.findByMeetingIdOrderByNameAsc(meetingId).stream()
            .anyMatch(
                p ->
                    p.isActive()
                        && p.userId() == null
                        && p.name().equalsIgnoreCase(cleanName)
                        && Objects.equals(lower(p.organisation()), lower(cleanOrganisation)));
    if (twice) {
      throw InvalidInput.of("name", "knowledge.meeting.error.participant-twice", cleanName);
    }
    participants.save(
        new MeetingParticipant(
            meetingId,
            null,
            cleanName,
            cleanOrganisation,
            mode,
            ParticipantStatus.REGISTERED,
            clock.instant(),
            access.currentUserId()));
    record(centre, meeting, "guest");
    return view(centre, meeting);
  }

  /** The participant (or the organiser) changes how they take part. */
  public MeetingView changeMode(
      String centreKey, UUID meetingId, UUID participantId, AttendanceMode mode) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = visible(centre, meetingId);
    MeetingParticipant participant = ownParticipation(centre, meeting, participantId);
    List<Problem> problems = new ArrayList<>();
    requireMode(mode, problems);
    throwIf(problems);
    participant.changeMode(mode);
    record(centre, meeting, "mode");
    return view(centre, meeting);
  }

  /** The participant (or the organiser) cancels their participation. */
  public MeetingView cancel(String centreKey, UUID meetingId, UUID participantId) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = visible(centre, meetingId);
    MeetingParticipant participant = ownParticipation(centre, meeting, participantId);
    participant.cancel();
    record(centre, meeting, "cancelled");
    return view(centre, meeting);
  }

  // --- workgroups

  public MeetingView addWorkgroup(
      String centreKey, UUID meetingId, String name, String topic, Collection<UUID> members) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    List<Problem> problems = new ArrayList<>();
    String cleanName =
        required(
            name, "name", SHORT_MAX, "knowledge.meeting.error.workgroup-name-required", problems);
    String cleanTopic = optional(topic, "topic", 500, problems);
    Set<UUID> active =
        participants.findByMeetingIdOrderByNameAsc(meetingId).stream()
            .filter(MeetingParticipant::isActive)
            .map(MeetingParticipant::id)
            .collect(Collectors.toSet());
    Set<UUID> chosen = new LinkedHashSet<>();
    if (members != null) {
      for (UUID member : members) {
        if (member == null || !active.contains(member)) {
          problems.add(Problem.of("members", "knowledge.meeting.error.workgroup-member"));
          break;
        }
        chosen.add(member);
      }
    }
    throwIf(problems);
    int next = workgroups.findByMeetingIdOrderByPositionAsc(meetingId).size() + 1;
    workgroups.save(
        new MeetingWorkgroup(
            meetingId,
            next,
            cleanName,
            cleanTopic,
            chosen,
            clock.instant(),
            access.currentUserId()));
    record(centre, meeting, "workgroup");
    return view(centre, meeting);
  }

  /** The organiser or a member of the workgroup writes its notes. */
  public MeetingView writeWorkgroupNotes(
      String centreKey, UUID meetingId, UUID workgroupId, String notes, long version) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = visible(centre, meetingId);
    MeetingWorkgroup workgroup =
        workgroups
            .findById(workgroupId)
            .filter(w -> w.meetingId().equals(meetingId))
            .orElseThrow(() -> new MeetingNotFound(workgroupId));
    if (!mayEdit(centre, meeting) && !inWorkgroup(workgroup)) {
      throw new AccessDeniedException("Only the organiser and the workgroup write its notes");
    }
    if (workgroup.rowVersion() != version) {
      throw new ConcurrentChange(workgroup.rowVersion(), view(centre, meeting));
    }
    List<Problem> problems = new ArrayList<>();
    String clean = optional(notes, "notes", TEXT_MAX, problems);
    throwIf(problems);
    workgroup.writeNotes(clean, clock.instant(), access.currentUserId());
    workgroups.flush();
    record(centre, meeting, "workgroup-notes");
    return view(centre, meeting);
  }

  // --- minutes, decisions, actions

  /**
   * Writes the minutes after the meeting started; {@code makeFinal} closes them to further change.
   */
  public MeetingView writeMinutes(
      String centreKey, UUID meetingId, String text, boolean makeFinal, long version) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    requireVersion(centre, meeting, version);
    requireMinutesOpen(meeting, "minutes");
    List<Problem> problems = new ArrayList<>();
    String clean =
        required(text, "minutes", TEXT_MAX, "knowledge.meeting.error.minutes-required", problems);
    throwIf(problems);
    meeting.writeMinutes(clean, makeFinal, clock.instant(), access.currentUserId());
    meetings.flush();
    indexMinutes(centre, meeting);
    record(centre, meeting, makeFinal ? "minutes-final" : "minutes");
    return view(centre, meeting);
  }

  /**
   * Writes the minutes with new decisions and actions at once: all of it is stored, or none.
   *
   * @param makeFinal closes the minutes once the decisions and actions are in
   */
  public MeetingView recordMinutes(
      String centreKey,
      UUID meetingId,
      String text,
      boolean makeFinal,
      long version,
      List<String> newDecisions,
      List<NewAction> newActions) {
    MeetingView view = writeMinutes(centreKey, meetingId, text, false, version);
    for (String decision : newDecisions) {
      view = addDecision(centreKey, meetingId, decision);
    }
    for (NewAction action : newActions) {
      view = addAction(centreKey, meetingId, action);
    }
    if (makeFinal) {
      view = writeMinutes(centreKey, meetingId, text, true, view.version());
    }
    return view;
  }

  public MeetingView addDecision(String centreKey, UUID meetingId, String text) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    requireMinutesOpen(meeting, "decision");
    List<Problem> problems = new ArrayList<>();
    String clean =
        required(text, "decision", LINE_MAX, "knowledge.meeting.error.decision-required", problems);
    throwIf(problems);
    int next = decisions.findByMeetingIdOrderByNumberAsc(meetingId).size() + 1;
    decisions.save(
        new MeetingDecision(meetingId, next, clean, clock.instant(), access.currentUserId()));
    decisions.flush();
    indexMinutes(centre, meeting);
    record(centre, meeting, "decision");
    return view(centre, meeting);
  }

  /** Records an action; a centre person who owns it is told. */
  public MeetingView addAction(String centreKey, UUID meetingId, NewAction input) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = editable(centre, meetingId);
    requireMinutesOpen(meeting, "text");
    List<Problem> problems = new ArrayList<>();
    String text =
        required(
            input.text(), "text", LINE_MAX, "knowledge.meeting.error.action-required", problems);
    String ownerName = null;
    if (input.ownerUserId() != null) {
      ownerName =
          centres.people(centre.id()).stream()
              .filter(p -> p.userId().equals(input.ownerUserId()))
              .map(Person::displayName)
              .findFirst()
              .orElse(null);
      if (ownerName == null) {
        problems.add(Problem.of("ownerUserId", "knowledge.meeting.error.owner-outside"));
      }
    } else {
      ownerName =
          required(
              input.ownerName(),
              "ownerUserId",
              SHORT_MAX,
              "knowledge.meeting.error.owner-required",
              problems);
    }
    if (input.dueOn() != null
        && input.dueOn().isBefore(meeting.startsAt().atZone(zone).toLocalDate())) {
      problems.add(Problem.of("dueOn", "knowledge.meeting.error.due-before-meeting"));
    }
    throwIf(problems);
    actions.save(
        new MeetingAction(
            meetingId,
            text,
            input.ownerUserId(),
            ownerName,
            input.dueOn(),
            clock.instant(),
            access.currentUserId()));
    if (input.ownerUserId() != null) {
      notifications.notify(
          input.ownerUserId(),
          "knowledge.meeting.notification.action",
          List.of(text, meeting.title()),
          link(centre, meeting));
    }
    record(centre, meeting, "action");
    return view(centre, meeting);
  }

  /**
   * The owner (or the organiser) reports an action done with a short outcome; this stays possible
   * after the minutes are final, as actions are carried out afterwards.
   */
  public MeetingView completeAction(
      String centreKey, UUID meetingId, UUID actionId, String outcome, long version) {
    CentreRef centre = access.read(centreKey);
    Meeting meeting = visible(centre, meetingId);
    MeetingAction action =
        actions
            .findById(actionId)
            .filter(a -> a.meetingId().equals(meetingId))
            .orElseThrow(() -> new MeetingNotFound(actionId));
    boolean owner =
        action.ownerUserId() != null && action.ownerUserId().equals(access.currentUserId());
    if (!owner && !mayEdit(centre, meeting)) {
      throw new AccessDeniedException("Only the action's owner and the organiser report it done");
    }
    if (action.rowVersion() != version) {
      throw new ConcurrentChange(action.rowVersion(), view(centre, meeting));
    }
    if (action.status() == ActionStatus.DONE) {
      throw InvalidInput.of("outcome", "knowledge.meeting.error.action-done");
    }
    List<Problem> problems = new ArrayList<>();
    String clean =
        required(
            outcome, "outcome", LINE_MAX, "knowledge.meeting.error.outcome-required", problems);
    throwIf(problems);
    action.done(clean, clock.instant(), access.currentUserId());
    actions.flush();
    record(centre, meeting, "action-done");
    return view(centre, meeting);
  }

  // --- search

  /** Every meeting and its minutes as the index describes them, for the rebuild. */
  @Transactional(readOnly = true)
  public void describeAll(java.util.function.Consumer<IndexedItem> sink) {
    Map<UUID, OrganisationView> hosts = hosts();
    for (Meeting meeting : meetings.findAll()) {
      CentreRef centre = access.read(meeting.centreId());
      sink.accept(meetingItem(centre, meeting, hosts));
      minutesItem(centre, meeting, hosts).ifPresent(sink);
    }
  }

  // --- internals

  private Meeting visible(CentreRef centre, UUID meetingId) {
    return (meetingId == null
            ? Optional.<Meeting>empty()
            : meetings.findByIdAndCentreId(meetingId, centre.id()))
        .filter(m -> centre.maySee(m.visibility()))
        .orElseThrow(() -> new MeetingNotFound(meetingId));
  }

  private Meeting editable(CentreRef centre, UUID meetingId) {
    Meeting meeting = visible(centre, meetingId);
    if (!mayEdit(centre, meeting)) {
      throw new AccessDeniedException("Only the organiser and the moderators change a meeting");
    }
    return meeting;
  }

  private boolean mayEdit(CentreRef centre, Meeting meeting) {
    if (centre.isModerator()) {
      return true;
    }
    UUID me = access.currentUserId();
    return centre.isMember() && me != null && me.equals(meeting.createdBy());
  }

  private boolean inWorkgroup(MeetingWorkgroup workgroup) {
    UUID me = access.currentUserId();
    return me != null
        && participants.findAllById(workgroup.participantIds()).stream()
            .anyMatch(p -> me.equals(p.userId()) && p.isActive());
  }

  private MeetingParticipant ownParticipation(
      CentreRef centre, Meeting meeting, UUID participantId) {
    MeetingParticipant participant =
        (participantId == null
                ? Optional.<MeetingParticipant>empty()
                : participants.findById(participantId))
            .filter(p -> p.meetingId().equals(meeting.id()))
            .orElseThrow(() -> new MeetingNotFound(participantId));
    UUID me = access.currentUserId();
    boolean self = me != null && me.equals(participant.userId());
    if (!self && !mayEdit(centre, meeting)) {
      throw new AccessDeniedException("Only the participant and the organiser change this");
    }
    return participant;
  }

  private void attend(
      Meeting meeting, Person person, AttendanceMode mode, ParticipantStatus status, String field) {
    Optional<MeetingParticipant> existing =
        participants.findByMeetingIdAndUserId(meeting.id(), person.userId());
    if (existing.isPresent()) {
      if (existing.get().isActive()) {
        throw InvalidInput.of(
            field, "knowledge.meeting.error.participant-twice", person.displayName());
      }
      existing.get().attend(mode, status);
      return;
    }
    participants.save(
        new MeetingParticipant(
            meeting.id(),
            person.userId(),
            person.displayName(),
            person.organisation(),
            mode,
            status,
            clock.instant(),
            access.currentUserId()));
  }

  private void requireMinutesOpen(Meeting meeting, String field) {
    if (meeting.minutesFinal()) {
      throw InvalidInput.of(field, "knowledge.meeting.error.minutes-final");
    }
    if (clock.instant().isBefore(meeting.startsAt())) {
      throw InvalidInput.of(field, "knowledge.meeting.error.minutes-early");
    }
  }

  private void requireVersion(CentreRef centre, Meeting meeting, long version) {
    if (meeting.rowVersion() != version) {
      throw new ConcurrentChange(meeting.rowVersion(), view(centre, meeting));
    }
  }

  private static void requireMode(AttendanceMode mode, List<Problem> problems) {
    if (mode == null) {
      problems.add(Problem.of("mode", "knowledge.meeting.error.mode-required"));
    }
  }

  private MeetingDetails validate(MeetingDetails d) {
    List<Problem> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(Problem.of("kind", "knowledge.meeting.error.kind-required"));
    }
    String title =
        required(d.title(), "title", TITLE_MAX, "knowledge.meeting.error.title-required", problems);
    String description = optional(d.description(), "description", TEXT_MAX, problems);
    if (d.startsAt() == null) {
      problems.add(Problem.of("startsAt", "knowledge.meeting.error.starts-required"));
    }
    if (d.endsAt() == null) {
      problems.add(Problem.of("endsAt", "knowledge.meeting.error.ends-required"));
    } else if (d.startsAt() != null && d.endsAt().isBefore(d.startsAt())) {
      problems.add(Problem.of("endsAt", "knowledge.meeting.error.end-before-start"));
    }
    String place = optional(d.place(), "place", SHORT_MAX, problems);
    String address = optional(d.address(), "address", 300, problems);
    String city = optional(d.city(), "city", 100, problems);
    String link = optional(d.onlineLink(), "onlineLink", 500, problems);
    if (link != null && !isWebLink(link)) {
      problems.add(Problem.of("onlineLink", "knowledge.meeting.error.link"));
    }
    if (place == null && address == null && city == null && link == null) {
      problems.add(Problem.of("place", "knowledge.meeting.error.where-required"));
    }
    if (d.hostOrganisationId() != null && organisations.find(d.hostOrganisationId()).isEmpty()) {
      problems.add(Problem.of("hostOrganisationId", "knowledge.meeting.error.host-unknown"));
    }
    throwIf(problems);
    return new MeetingDetails(
        d.kind(),
        title,
        description,
        d.startsAt(),
        d.endsAt(),
        place,
        address,
        city,
        link,
        d.hostOrganisationId(),
        d.visibility() == null ? Visibility.CENTRE : d.visibility());
  }

  static boolean isWebLink(String link) {
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String required(
      String value, String field, int max, String missingKey, List<Problem> problems) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty()) {
      problems.add(Problem.of(field, missingKey));
      return null;
    }
    if (clean.length() > max) {
      problems.add(Problem.of(field, "knowledge.meeting.error.too-long", max));
    }
    return clean;
  }

  private static String optional(String value, String field, int max, List<Problem> problems) {
    String clean = value == null ? "" : value.strip();
    if (clean.length() > max) {
      problems.add(Problem.of(field, "knowledge.meeting.error.too-long", max));
    }
    return clean.isEmpty() ? null : clean;
  }

  private static void throwIf(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static <T> int indexOf(List<T> items, UUID id, Function<T, UUID> idOf) {
    for (int i = 0; i < items.size(); i++) {
      if (idOf.apply(items.get(i)).equals(id)) {
        return i;
      }
    }
    throw new MeetingNotFound(id);
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  static String link(CentreRef centre, Meeting meeting) {
    return "/app/centres/" + centre.slug() + "/meetings/" + meeting.id();
  }

  private void record(CentreRef centre, Meeting meeting, String action) {
    activity.record(
        centre.id(), KIND, action, meeting.title(), link(centre, meeting), meeting.visibility());
  }

  private void indexMeeting(CentreRef centre, Meeting meeting) {
    index.put(meetingItem(centre, meeting, hosts()));
  }

  private void indexMinutes(CentreRef centre, Meeting meeting) {
    Optional<IndexedItem> item = minutesItem(centre, meeting, hosts());
    if (item.isPresent()) {
      index.put(item.get());
    } else {
      index.remove(KnowledgeIndex.KIND_MINUTES, meeting.id());
    }
  }

  private IndexedItem meetingItem(CentreRef centre, Meeting m, Map<UUID, OrganisationView> hosts) {
    StringBuilder body = new StringBuilder();
    append(body, m.description());
    append(body, m.place());
    append(body, m.city());
    agenda.findByMeetingIdOrderByPositionAsc(m.id()).forEach(a -> append(body, a.title()));
    OrganisationView host =
        m.hostOrganisationId() == null ? null : hosts.get(m.hostOrganisationId());
    return new IndexedItem(
        KnowledgeIndex.KIND_MEETING,
        m.id(),
        m.centreId(),
        m.visibility(),
        false,
        m.title(),
        body.toString(),
        null,
        host == null ? null : host.countryCode(),
        m.hostOrganisationId(),
        link(centre, m),
        m.updatedAt() == null ? clock.instant() : m.updatedAt());
  }

  private Optional<IndexedItem> minutesItem(
      CentreRef centre, Meeting m, Map<UUID, OrganisationView> hosts) {
    List<MeetingDecision> taken = decisions.findByMeetingIdOrderByNumberAsc(m.id());
    if (m.minutes() == null && taken.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder body = new StringBuilder();
    append(body, m.minutes());
    taken.forEach(d -> append(body, d.number() + ". " + d.text()));
    OrganisationView host =
        m.hostOrganisationId() == null ? null : hosts.get(m.hostOrganisationId());
    return Optional.of(
        new IndexedItem(
            KnowledgeIndex.KIND_MINUTES,
            m.id(),
            m.centreId(),
            m.visibility(),
            false,
            m.title(),
            body.toString(),
            null,
            host == null ? null : host.countryCode(),
            m.hostOrganisationId(),
            link(centre, m) + "#minutes",
            m.minutesAt() == null ? clock.instant() : m.minutesAt()));
  }

  private static void append(StringBuilder body, String text) {
    if (text != null && !text.isBlank()) {
      if (!body.isEmpty()) {
        body.append('\n');
      }
      body.append(text);
    }
  }

  private Map<UUID, OrganisationView> hosts() {
    return organisations.all().stream()
        .collect(Collectors.toMap(OrganisationView::id, o -> o, (a, b) -> a));
  }

  private Map<UUID, String> hostNames() {
    return organisations.all().stream()
        .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
  }

  private MeetingSummary summary(CentreRef centre, Meeting m, Map<UUID, String> hosts) {
    return new MeetingSummary(
        m.id(),
        centre.slug(),
        m.kind(),
        m.title(),
        m.startsAt(),
        m.endsAt(),
        m.city(),
        m.place() != null || m.address() != null || m.city() != null,
        m.onlineLink() != null,
        m.hostOrganisationId() == null ? null : hosts.get(m.hostOrganisationId()),
        m.visibility(),
        m.minutes() != null);
  }

  private MeetingView view(CentreRef centre, Meeting m) {
    boolean signedIn = centre.standing() != Standing.PUBLIC;
    List<ParticipantView> people =
        signedIn
            ? participants.findByMeetingIdOrderByNameAsc(m.id()).stream()
                .map(
                    p ->
                        new ParticipantView(
                            p.id(),
                            p.userId(),
                            p.name(),
                            p.organisation(),
                            p.mode(),
                            p.status(),
                            0))
                .toList()
            : List.of();
    Map<UUID, ParticipantView> byId =
        people.stream().collect(Collectors.toMap(ParticipantView::id, p -> p));
    List<WorkgroupView> groups =
        signedIn
            ? workgroups.findByMeetingIdOrderByPositionAsc(m.id()).stream()
                .map(
                    w ->
                        new WorkgroupView(
                            w.id(),
                            w.name(),
                            w.topic(),
                            w.notes(),
                            w.participantIds().stream()
                                .map(byId::get)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparing(ParticipantView::name))
                                .toList(),
                            w.rowVersion()))
                .toList()
            : List.of();
    UUID me = access.currentUserId();
    ParticipantView mine =
        me == null
            ? null
            : people.stream().filter(p -> me.equals(p.userId())).findFirst().orElse(null);
    String hostName =
        m.hostOrganisationId() == null
            ? null
            : organisations.find(m.hostOrganisationId()).map(OrganisationView::name).orElse(null);
    return new MeetingView(
        m.id(),
        m.centreId(),
        centre.slug(),
        m.kind(),
        m.title(),
        m.description(),
        m.startsAt(),
        m.endsAt(),
        m.place(),
        m.address(),
        m.city(),
        m.onlineLink(),
        m.hostOrganisationId(),
        hostName,
        m.visibility(),
        m.rowVersion(),
        agenda.findByMeetingIdOrderByPositionAsc(m.id()).stream()
            .map(
                a ->
                    new AgendaItemView(
                        a.id(), a.position(), a.title(), a.startsAt(), a.presenter()))
            .toList(),
        people,
        groups,
        m.minutes(),
        m.minutesFinal(),
        m.minutesAt(),
        decisions.findByMeetingIdOrderByNumberAsc(m.id()).stream()
            .map(d -> new DecisionView(d.id(), d.number(), d.text()))
            .toList(),
        actions.findByMeetingIdOrderByCreatedAtAsc(m.id()).stream()
            .map(
                a ->
                    new ActionView(
                        a.id(),
                        a.text(),
                        a.ownerUserId(),
                        a.ownerName(),
                        a.dueOn(),
                        a.status(),
                        a.outcome(),
                        a.rowVersion()))
            .toList(),
        mine != null && mine.active() ? mine : null,
        mayEdit(centre, m),
        centre.isMember() && (mine == null || !mine.active()),
        !clock.instant().isBefore(m.startsAt()));
  }
}
